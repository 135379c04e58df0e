import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ShopsService } from '../catalog/shops.service.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import type { DropPointView, FailedDeliveryView, ShippingLabelView } from '../shipping/dto/fulfilment.dto.js';
import type { DropPoint } from '../shipping/drop-points.js';
import { labelCourierView } from '../shipping/fulfilment-views.js';
import { maskPhone } from '../shipping/label.js';
import { type ShipmentRow, ShipmentsService } from '../shipping/shipments.service.js';
import { shippingErrors } from '../shipping/shipping.errors.js';
import { ShippingService } from '../shipping/shipping.service.js';
import { FINAL_STEPS, type PlannedStep, RECEIVER_IN_PERSON } from '../shipping/tracking-plan.js';
import type { OrderDetailView } from './dto/order.dto.js';
import { autoCompleteAt } from './order-deadlines.js';
import { orderErrors, orderTransitionError } from './order.errors.js';
import { checkTransition, type OrderActor, refundsBuyer, stockReturns } from './order-state.js';
import { OrderSettingsService } from './order-settings.service.js';
import { type OrderRow, OrdersRepository } from './orders.repository.js';
import { orderRooms, OrdersService, SHIP_DEADLINE_TASK } from './orders.service.js';

/** Scheduled when an order is delivered: completes it at auto_complete_at unless the buyer confirmed first. */
export const AUTO_COMPLETE_TASK = 'order.auto_complete';

function snapshot(order: OrderRow) {
  return { state: order.state, paymentDueAt: order.payment_due_at, shipByAt: order.ship_by_at, autoCompleteAt: order.auto_complete_at };
}

/** What every order event carries (preamble: the event contract between helpers). */
function basePayload(order: OrderRow) {
  return { orderId: order.id, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * The order's side of fulfilment: "Atur Pengiriman" and the label for a PAID order, the hand-over (PAID → SHIPPED),
 * what the tracking steps do to the order (→ DELIVERED, or → RETURNED after the failed-delivery scenario),
 * "Pesanan Diterima" and the auto-complete (→ COMPLETED). Each change is one transaction that locks the order first.
 * The parcel itself (resi, drop point, tracking plan and steps, Cek Resi) is shipping's: shipping/shipments.service.ts,
 * whose step handler calls back through the hooks registered here. Money is the wallet's: it listens to
 * order.delivered / order.returned / order.completed recorded here.
 */
@Injectable()
export class FulfilmentService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly orders: OrdersRepository,
    private readonly ordersService: OrdersService,
    private readonly shipments: ShipmentsService,
    private readonly shipping: ShippingService,
    private readonly products: ProductsService,
    private readonly shops: ShopsService,
    private readonly scheduler: SchedulerService,
    private readonly clock: ClockService,
    private readonly settings: OrderSettingsService,
  ) {}

  onModuleInit(): void {
    this.shipments.registerOrderHooks<OrderRow>({
      lockShipped: async (tx, orderId) => {
        const order = await this.orders.findForUpdate(tx.manager, orderId);
        return order?.state === 'SHIPPED' ? order : null;
      },
      stepRecorded: (tx, order, shipment, planned, simNow) => this.stepRecorded(tx, order, shipment, planned, simNow),
    });
    this.scheduler.registerHandler(AUTO_COMPLETE_TASK, (task, tx, { simNow }) => this.autoComplete(tx, String(task.payload.orderId), simNow));
  }

  /** The drop points of the order's courier near the shop (the seller, or the class's facilitator). */
  async dropPoints(principal: Principal, orderId: string): Promise<DropPointView[]> {
    await this.requireRole(principal, orderId, ['seller', 'facilitator']);
    const [order] = await this.orders.find(this.dataSource.manager, [orderId]);
    return this.dropPointsOf(order!);
  }

  /**
   * "Atur Pengiriman": the seller picks a drop point and gets the resi (the label can print). Only a PAID order;
   * asking again keeps the resi (a double tap makes one shipment) and may change the drop point.
   */
  async arrange(principal: Principal, orderId: string, dropPointId: string): Promise<OrderDetailView> {
    await this.requireRole(principal, orderId, ['seller']);
    const simNow = await this.simNowOf(orderId);
    const outcome = await this.uow.run(async (tx): Promise<Outcome<null>> => {
      const order = (await this.orders.findForUpdate(tx.manager, orderId))!;
      const refused = await this.refuseUnlessShippable(tx, order, principal.id, simNow);
      if (refused) return { ok: false, error: refused };
      const shopRegency = await this.shops.regencyOf(order.shop_id, tx.manager);
      const dropPoint = this.shipments.requireDropPoint(order.courier_code, shopRegency, dropPointId);
      const existing = await this.shipments.find(tx.manager, orderId);
      if (existing) {
        if (existing.drop_point_id !== dropPoint.id) await this.shipments.changeDropPoint(tx.manager, orderId, dropPoint);
      } else {
        await this.shipments.create(tx.manager, order, shopRegency, dropPoint, simNow);
      }
      return { ok: true, value: null };
    });
    if (!outcome.ok) throw outcome.error;
    return this.ordersService.get(principal, orderId);
  }

  /**
   * "Sudah diserahkan ke drop point": PAID → SHIPPED, in one transaction with the shipment (made here too when
   * `dropPointId` is given and none was arranged), the history, `order.shipped`, the first tracking step, the
   * cancelled ship-by deadline and the scheduled steps. Again on a shipped order: the same order, nothing new.
   * On an unpaid order: NOT_PAID, and `order.ship_refused` is committed (the fraud drill counts it).
   */
  async ship(principal: Principal, orderId: string, dropPointId?: string): Promise<OrderDetailView> {
    await this.requireRole(principal, orderId, ['seller']);
    const simNow = await this.simNowOf(orderId);
    // The answer is read in the transaction: once it commits nothing is left that could fail, so a 503 means the parcel
    // was not handed over and says so (X-Nothing-Done), and the phone may ask again (issue 15, load held).
    const answer = (tx: Transaction) => this.ordersService.details([orderId], 'seller', tx.manager).then(([view]) => view!);
    const outcome = await this.uow.run(async (tx): Promise<Outcome<OrderDetailView>> => {
      const order = (await this.orders.findForUpdate(tx.manager, orderId))!;
      let shipment = await this.shipments.find(tx.manager, orderId);
      if (shipment?.shipped_at) return { ok: true, value: await answer(tx) }; // a double tap: already handed over
      const refused = await this.refuseUnlessShippable(tx, order, principal.id, simNow);
      if (refused) return { ok: false, error: refused };
      if (!shipment) {
        if (!dropPointId) return { ok: false, error: shippingErrors.dropPointRequired() };
        const shopRegency = await this.shops.regencyOf(order.shop_id, tx.manager);
        shipment = await this.shipments.create(tx.manager, order, shopRegency, this.shipments.requireDropPoint(order.courier_code, shopRegency, dropPointId), simNow);
      } else if (dropPointId && dropPointId !== shipment.drop_point_id) {
        const dropPoint = await this.requireDropPoint(order, dropPointId, tx.manager);
        await this.shipments.changeDropPoint(tx.manager, orderId, dropPoint);
        shipment = { ...shipment, drop_point_id: dropPoint.id, drop_point: dropPoint };
      }
      await this.handOver(tx, order, shipment, principal.id, simNow);
      return { ok: true, value: await answer(tx) };
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** The printable label: seller and facilitators, once the shipment is arranged. */
  async label(principal: Principal, orderId: string): Promise<ShippingLabelView> {
    await this.requireRole(principal, orderId, ['seller', 'facilitator']);
    const manager = this.dataSource.manager;
    const [[order], shipment, lines] = await Promise.all([
      this.orders.find(manager, [orderId]),
      this.shipments.find(manager, orderId),
      this.orders.lines(manager, [orderId]),
    ]);
    if (!order || !shipment) throw shippingErrors.shipmentNotArranged();
    const items = lines.get(orderId) ?? [];
    const service = this.shipping.findService(order.courier_code);
    const cod = order.payment_method === 'cod';
    const shopRegency = await this.shops.regencyOf(order.shop_id);
    return {
      invoiceNumber: order.invoice_number,
      resi: shipment.resi,
      courier: labelCourierView(service ?? { code: order.courier_code, courier: order.courier.name, service: '', name: order.courier.name }),
      sender: { name: order.shop_name, phone: null, street: null, district: null, regencyLabel: this.shipping.regencyLabel(shopRegency), provinceName: null },
      recipient: {
        name: order.address.recipient,
        phone: maskPhone(order.address.phone),
        street: order.address.street,
        district: order.address.district,
        regencyLabel: order.address.regencyLabel,
        provinceName: order.address.provinceName,
      },
      weightKg: order.weight_kg,
      weightGrams: items.reduce((sum, line) => sum + line.weight_grams * line.quantity, 0),
      itemCount: items.reduce((sum, line) => sum + line.quantity, 0),
      cod,
      codAmount: cod ? order.total : null,
      dropPoint: { ...shipment.drop_point },
      arrangedAt: shipment.arranged_at.toISOString(),
    };
  }

  /** "Pesanan Diterima": the buyer confirms, DELIVERED → COMPLETED. Again on a completed order: the same order. */
  async confirmReceived(principal: Principal, orderId: string): Promise<OrderDetailView> {
    await this.requireRole(principal, orderId, ['buyer']);
    const simNow = await this.simNowOf(orderId);
    await this.uow.run(async (tx) => {
      const order = (await this.orders.findForUpdate(tx.manager, orderId))!;
      if (order.state === 'COMPLETED') return;
      await this.completeLocked(tx, order, 'buyer', principal.id, simNow);
    });
    return this.ordersService.get(principal, orderId);
  }

  /**
   * The failed-delivery scenario ("alamat tidak ditemukan"), for the facilitator's endpoint and the scenario engine.
   * A PAID (or unpaid) order is marked so its tracking, once shipped, ends in a return; a SHIPPED order's remaining
   * steps are replaced by the failed path (… → with courier → failed → returned), which moves it to RETURNED.
   * DELIVERY_ALREADY_ENDED (409) when the parcel has arrived, or the order ended. Idempotent.
   */
  async failDelivery(input: { classId: string; orderId: string; actorId: string | null }): Promise<FailedDeliveryView> {
    const parties = await this.orders.parties(this.dataSource.manager, input.orderId);
    if (!parties || parties.class_id !== input.classId) throw orderErrors.notFound();
    const simNow = await this.clock.now(input.classId);
    return this.uow.run((tx) => this.failDeliveryLocked(tx, input.orderId, { simNow, actorId: input.actorId }));
  }

  /** failDelivery inside the caller's transaction (the scenario engine's own, say). */
  async failDeliveryLocked(tx: Transaction, orderId: string, context: { simNow: Date; actorId: string | null }): Promise<FailedDeliveryView> {
    const order = await this.orders.findForUpdate(tx.manager, orderId);
    if (!order) throw orderErrors.notFound();
    if (!['AWAITING_PAYMENT', 'PAID', 'SHIPPED'].includes(order.state)) throw shippingErrors.deliveryAlreadyEnded();
    if (order.delivery_outcome === 'failed') return { orderId, state: order.state, rescheduled: false };
    await this.orders.setDeliveryOutcome(tx.manager, orderId, 'failed');
    let rescheduled = false;
    if (order.state === 'SHIPPED') {
      await this.shipments.replanFailed(tx, { ...order, delivery_outcome: 'failed' });
      rescheduled = true;
    }
    await tx.record({
      type: 'order.delivery_will_fail',
      classId: order.class_id,
      actorId: context.actorId,
      payload: { ...basePayload(order), state: order.state, rescheduled },
      rooms: [rooms.facilitators(order.class_id)],
      simTime: context.simNow,
    });
    return { orderId, state: order.state, rescheduled };
  }

  // ── what the parcel's journey does to the order ──────────────────────────────────────────────────────────────

  /** A tracking step happened (shipping recorded it once): the order's event, and at a final step its move. */
  private async stepRecorded(tx: Transaction, order: OrderRow, shipment: ShipmentRow, planned: PlannedStep, simNow: Date): Promise<void> {
    await tx.record({
      type: 'order.tracking',
      classId: order.class_id,
      payload: { ...basePayload(order), state: order.state, resi: shipment.resi, step: planned.step, at: planned.at.toISOString(), city: planned.city },
      rooms: orderRooms(order),
      simTime: simNow,
    });
    const final = FINAL_STEPS[planned.step];
    if (final === 'DELIVERED') await this.deliverLocked(tx, order, planned.at, simNow);
    if (final === 'RETURNED') await this.returnLocked(tx, order, planned.at, simNow);
  }

  /** SHIPPED → DELIVERED by the courier, at the step's time; the auto-complete is booked from there. */
  private async deliverLocked(tx: Transaction, order: OrderRow, at: Date, simNow: Date): Promise<void> {
    const check = checkTransition(snapshot(order), 'DELIVERED', { actor: 'courier', now: simNow });
    if (!check.ok) throw orderTransitionError(check.code);
    const dueAt = autoCompleteAt(at, (await this.settings.get(order.class_id, tx.manager)).deadlines);
    await this.orders.moveState(tx.manager, order.id, { state: 'DELIVERED', at, autoCompleteAt: dueAt }, { from: 'SHIPPED', actor: 'courier', actorId: null, reason: null, note: null });
    await this.scheduler.schedule(tx, { classId: order.class_id, kind: AUTO_COMPLETE_TASK, payload: { orderId: order.id }, dueSim: dueAt, dedupeKey: `${AUTO_COMPLETE_TASK}:${order.id}` });
    const cod = order.payment_method === 'cod';
    await tx.record({
      type: 'order.delivered',
      classId: order.class_id,
      payload: { ...basePayload(order), state: 'DELIVERED', receiver: RECEIVER_IN_PERSON, cod, total: order.total, deliveredAt: at.toISOString(), autoCompleteAt: dueAt.toISOString() },
      rooms: orderRooms(order),
      simTime: simNow,
    });
  }

  /** SHIPPED → RETURNED (the parcel is back with the seller): the stock returns; the wallet refunds from the event. */
  private async returnLocked(tx: Transaction, order: OrderRow, at: Date, simNow: Date): Promise<void> {
    const check = checkTransition(snapshot(order), 'RETURNED', { actor: 'system', now: simNow });
    if (!check.ok) throw orderTransitionError(check.code);
    await this.orders.moveState(tx.manager, order.id, { state: 'RETURNED', at }, { from: 'SHIPPED', actor: 'system', actorId: null, reason: 'delivery_failed', note: null });
    if (stockReturns('SHIPPED', 'RETURNED')) {
      const lines = (await this.orders.lines(tx.manager, [order.id])).get(order.id) ?? [];
      await this.products.releaseStock(
        tx.manager,
        lines.filter((line) => line.product_id !== null).map((line) => ({ productId: line.product_id!, quantity: line.quantity })),
      );
    }
    const refundDue = refundsBuyer({ state: 'SHIPPED', cod: order.payment_method === 'cod' }, 'RETURNED');
    await tx.record({
      type: 'order.returned',
      classId: order.class_id,
      payload: { ...basePayload(order), from: 'SHIPPED', state: 'RETURNED', reason: 'delivery_failed', refundDue, total: order.total, returnedAt: at.toISOString() },
      rooms: orderRooms(order),
      simTime: simNow,
    });
  }

  private async autoComplete(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const order = await this.orders.findForUpdate(tx.manager, orderId);
    if (!order || order.state !== 'DELIVERED') return;
    await this.completeLocked(tx, order, 'system', null, simNow);
  }

  /** DELIVERED → COMPLETED; `order.completed` {by} is what the wallet releases the money on. */
  private async completeLocked(tx: Transaction, order: OrderRow, actor: OrderActor & ('buyer' | 'system'), actorId: string | null, simNow: Date): Promise<void> {
    const check = checkTransition(snapshot(order), 'COMPLETED', { actor, now: simNow });
    if (!check.ok) throw orderTransitionError(check.code);
    await this.orders.moveState(tx.manager, order.id, { state: 'COMPLETED', at: simNow }, { from: 'DELIVERED', actor, actorId, reason: null, note: null });
    if (actor === 'buyer') await this.scheduler.cancelPending(tx.manager, [`${AUTO_COMPLETE_TASK}:${order.id}`]);
    await tx.record({
      type: 'order.completed',
      classId: order.class_id,
      actorId,
      payload: { ...basePayload(order), state: 'COMPLETED', by: actor, total: order.total, completedAt: simNow.toISOString() },
      rooms: orderRooms(order),
      simTime: simNow,
    });
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Null when the seller may ship. On an unpaid order: the refusal (NOT_PAID) AFTER recording `order.ship_refused`
   * in this transaction, which then commits with nothing else in it: the caller returns the error, not throws it.
   */
  private async refuseUnlessShippable(tx: Transaction, order: OrderRow, sellerId: string, simNow: Date): Promise<DomainError | null> {
    const check = checkTransition(snapshot(order), 'SHIPPED', { actor: 'seller', now: simNow });
    if (check.ok) return null;
    if (check.code === 'NOT_PAID') {
      await tx.record({
        type: 'order.ship_refused',
        classId: order.class_id,
        actorId: sellerId,
        payload: { ...basePayload(order), state: order.state, code: 'NOT_PAID' },
        rooms: [rooms.shop(order.shop_id), rooms.facilitators(order.class_id)],
        simTime: simNow,
      });
    }
    return orderTransitionError(check.code);
  }

  private async handOver(tx: Transaction, order: OrderRow, shipment: ShipmentRow, sellerId: string, simNow: Date): Promise<void> {
    const shipped = await this.shipments.markShipped(tx.manager, shipment, simNow);
    await this.orders.moveState(tx.manager, order.id, { state: 'SHIPPED', at: simNow }, { from: order.state, actor: 'seller', actorId: sellerId, reason: null, note: null });
    await this.scheduler.cancelPending(tx.manager, [`${SHIP_DEADLINE_TASK}:${order.id}`]);
    const shippedOrder: OrderRow = { ...order, state: 'SHIPPED' };
    await tx.record({
      type: 'order.shipped',
      classId: order.class_id,
      actorId: sellerId,
      payload: {
        ...basePayload(order),
        state: 'SHIPPED',
        resi: shipment.resi,
        courierCode: shipment.courier_code,
        dropPointId: shipment.drop_point_id,
        shippedAt: simNow.toISOString(),
        shipByAt: order.ship_by_at?.toISOString() ?? null,
        onTime: !order.ship_by_at || simNow.getTime() <= order.ship_by_at.getTime(),
      },
      rooms: orderRooms(order),
      simTime: simNow,
    });
    const first = await this.shipments.startTracking(tx, shippedOrder, shipped);
    if (first) await this.stepRecorded(tx, shippedOrder, shipped, first, simNow);
  }

  private async dropPointsOf(order: OrderRow): Promise<DropPoint[]> {
    return this.shipping.dropPoints(order.courier_code, await this.shops.regencyOf(order.shop_id));
  }

  /** Inside a use case's transaction, pass its manager: a second pool connection there starves the pool under load. */
  private async requireDropPoint(order: OrderRow, dropPointId: string, manager: EntityManager): Promise<DropPoint> {
    return this.shipments.requireDropPoint(order.courier_code, await this.shops.regencyOf(order.shop_id, manager), dropPointId);
  }

  private async simNowOf(orderId: string): Promise<Date> {
    const parties = await this.orders.parties(this.dataSource.manager, orderId);
    return this.clock.now(parties!.class_id);
  }

  private async requireRole(principal: Principal, orderId: string, allowed: ('buyer' | 'seller' | 'facilitator')[]): Promise<void> {
    const role = await this.ordersService.roleOf(principal, orderId);
    if (!role) throw orderErrors.notFound();
    if (!allowed.includes(role)) throw orderTransitionError('NOT_ALLOWED');
  }
}
