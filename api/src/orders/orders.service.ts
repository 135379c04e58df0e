import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ClockService } from '../clock/clock.service.js';
import { SchedulerService, type TaskContext } from '../clock/scheduler.service.js';
import { sideBySide } from '../common/concurrency/side-by-side.js';
import { readAlong } from '../database/deferred-begin.js';
import { readInOneSnapshot } from '../database/one-snapshot.js';
import { platformErrors } from '../common/errors/platform.errors.js';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { type OrderPaymentRows, PaymentsService } from '../payments/payments.service.js';
import { RoomAccess } from '../realtime/room-access.js';
import { ShipmentsService } from '../shipping/shipments.service.js';
import { CartRepository } from './cart.repository.js';
import type { ListOrdersQuery, OrderCountsView, OrderDetailView, OrderListView } from './dto/order.dto.js';
import { shipByDeadline } from './order-deadlines.js';
import { orderErrors, orderTransitionError } from './order.errors.js';
import { type CancelReason, checkTransition, HOLDING_STATES, type OrderActor, type OrderSnapshot, refundsBuyer, stockReturns } from './order-state.js';
import { stateCounts, statesFor, tabCounts } from './order-tabs.js';
import { type OrderSettings, OrderSettingsService } from './order-settings.service.js';
import { OrderViews, type ViewerRole } from './order-views.js';
import { OrderReadModel } from './order-read-model.js';
import { heldOrderOf, type ListFilter, type OrderParties, type OrderRow, OrdersRepository, type WrittenOrder } from './orders.repository.js';

/** Scheduled on the class clock when an order is placed: cancels it if still unpaid at its payment deadline. */
export const PAYMENT_EXPIRE_TASK = 'payment.expire';
/**
 * Scheduled when an order is paid, one task for two steps: at the ship-by reminder's time (when a reminder is
 * registered) it reminds the seller and re-arms itself for the deadline; at the ship-by deadline it cancels the order
 * if still not shipped. Shipping cancels it by its dedupe key, so neither step runs after.
 */
export const SHIP_DEADLINE_TASK = 'order.ship_deadline';

/** What the ship-by reminder needs of the paid order; the handler holds the order locked. */
export interface ShipReminderOrder {
  orderId: string;
  classId: string;
  shopId: string;
  invoiceNumber: string;
  shipByAt: Date;
}

/** The seller's ship-by reminder (the notifications register it), run by the ship-deadline task's first step. */
export interface ShipReminder {
  /** When to remind, in sim time, for an order paid at `paidAt` that must ship by `shipByAt`. */
  at(shipByAt: Date, paidAt: Date): Date;
  remind(tx: Transaction, order: ShipReminderOrder, simNow: Date): Promise<void>;
}

const DEFAULT_PAGE = 20;

interface MoveContext {
  actor: OrderActor;
  actorId: string | null;
  simNow: Date;
}

/** An id that can be an order's (a UUID's shape): anything else is no order, without asking the database. */
function isOrderId(id: string): boolean {
  return /^[0-9a-f-]{36}$/i.test(id);
}

/** An order the payments' lock hook read FOR UPDATE, with its class's order settings read along (null: not read). */
interface LockedOrder {
  order: OrderRow;
  settings: Promise<OrderSettings> | null;
}

function snapshot(order: OrderRow): OrderSnapshot {
  return { state: order.state, paymentDueAt: order.payment_due_at, shipByAt: order.ship_by_at, autoCompleteAt: order.auto_complete_at };
}

/** Who hears an order's events: its buyer, the seller's shop, the order's own room and the class's facilitators. */
export function orderRooms(order: { id: string; class_id: string; buyer_id: string; shop_id: string }): string[] {
  return [rooms.participant(order.buyer_id), rooms.shop(order.shop_id), rooms.order(order.id), rooms.facilitators(order.class_id)];
}

function encodeCursor(row: { placed_at: Date; id: string }): string {
  return Buffer.from(`${row.placed_at.getTime()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): ListFilter['before'] {
  if (!cursor) return null;
  const [ms, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const placedAt = new Date(Number(ms));
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(placedAt.getTime())) throw platformErrors.invalidCursor();
  return { placedAt, id };
}

/**
 * Orders after placement: who may see them, the lists, and every status change. Each change locks the order,
 * asks checkTransition, then writes the state, a history row at sim time, the stock and payment consequences
 * and the events, in one transaction; gateway calls wait for the commit.
 */
@Injectable()
export class OrdersService implements OnModuleInit {
  private readonly logger = new Logger(OrdersService.name);
  private shipReminder: ShipReminder | undefined;
  /** Per transaction, what the payments' lock hook read (see lockedOrder). */
  private readonly lockedForPayment = new WeakMap<Transaction, LockedOrder>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly orders: OrdersRepository,
    private readonly carts: CartRepository,
    private readonly views: OrderViews,
    private readonly products: ProductsService,
    private readonly payments: PaymentsService,
    private readonly scheduler: SchedulerService,
    private readonly clock: ClockService,
    private readonly settings: OrderSettingsService,
    private readonly auth: AuthService,
    private readonly roomAccess: RoomAccess,
    private readonly shipments: ShipmentsService,
    private readonly readModel: OrderReadModel,
  ) {}

  onModuleInit(): void {
    this.scheduler.registerHandler(PAYMENT_EXPIRE_TASK, (task, tx, { simNow }) => this.expireUnpaid(tx, String(task.payload.orderId), simNow));
    this.scheduler.registerHandler(SHIP_DEADLINE_TASK, (task, tx, context) =>
      this.shipDeadlineStep(tx, String(task.payload.orderId), task.payload.step === 'remind' ? 'remind' : 'deadline', context),
    );
    this.payments.registerOrderHooks({
      lock: async (tx, orderId) => {
        if (!isOrderId(orderId)) return null;
        const order = await this.orders.findForUpdate(tx.manager, orderId);
        if (!order) return null;
        // A settlement needs the class's deadlines (ship-by): read along with the payment's lock that comes next.
        this.lockedForPayment.set(tx, { order, settings: readAlong(tx.manager, (manager) => this.settings.get(order.class_id, manager)) });
        this.readModel.hold(tx.manager, heldOrderOf(order, order.first_title ?? null, order.line_count ?? 0));
        return order.class_id;
      },
      settled: (tx, orderId, { simNow }) => this.markPaid(tx, orderId, simNow),
      closed: (tx, orderId, { simNow }) => this.closedByGateway(tx, orderId, simNow),
      settledAfterClose: (tx, orderId, { simNow }) => this.latePaymentRefunded(tx, orderId, simNow),
    });
    this.roomAccess.register('order', async (principal, orderId) => (await this.roleOf(principal, orderId)) !== null);
  }

  /**
   * The order as the payments' lock hook read it FOR UPDATE earlier in this transaction (the settlement hook that
   * follows needs the same row: nothing else in the transaction changed it in between), with its class's settings
   * read along; or read and locked now, without them.
   */
  private async lockedOrder(tx: Transaction, orderId: string): Promise<LockedOrder | null> {
    const locked = this.lockedForPayment.get(tx);
    this.lockedForPayment.delete(tx);
    if (locked?.order.id === orderId) return locked;
    const order = await this.orders.findForUpdate(tx.manager, orderId);
    return order ? { order, settings: null } : null;
  }

  /** The notifications' ship-by reminder; registered once, in their `onModuleInit`. */
  registerShipReminder(reminder: ShipReminder): void {
    if (this.shipReminder) throw new Error('A ship-by reminder is already registered');
    this.shipReminder = reminder;
  }

  /** Buyer, seller or the class's facilitator; anyone else is told the order does not exist. */
  async get(principal: Principal, orderId: string): Promise<OrderDetailView> {
    // The page is read first (one round trip) and the viewer's role decided from its order row; a stranger is told
    // it does not exist, and nothing read is shown.
    const read = await this.readDetails([orderId]);
    const row = read.rows[0];
    const role = row ? await this.roleFor(principal, row) : null;
    if (!role) throw orderErrors.notFound();
    return (await this.buildDetails([orderId], read, role))[0]!;
  }

  /**
   * Full order pages, in the order of `orderIds`: rows, lines, history, payments, shipments and tracking in six queries
   * in all, read in one snapshot. Outside a transaction they go to PostgreSQL in one message behind a REPEATABLE READ
   * BEGIN (`readInOneSnapshot`): read side by side on the pool, a commit landing between them showed an order
   * DELIVERED with a history that ended at SHIPPED, or a tracking step its history did not have yet (seen under load
   * in fulfilment.int-spec). Inside the caller's transaction they run one after the other on its connection.
   */
  async details(orderIds: string[], role: ViewerRole, manager?: EntityManager): Promise<OrderDetailView[]> {
    return this.buildDetails(orderIds, await this.readDetails(orderIds, manager), role);
  }

  private async readDetails(orderIds: string[], manager?: EntityManager) {
    const reads = (on: EntityManager) =>
      [
        () => this.orders.find(on, orderIds),
        () => this.orders.lines(on, orderIds),
        () => this.orders.history(on, orderIds),
        () => this.payments.rowsOf(orderIds, on),
        () => this.shipments.findMany(on, orderIds),
        () => this.shipments.events(on, orderIds),
      ] as const;
    const [rows, lines, history, payments, shipments, tracking] = manager
      ? await sideBySide(manager, reads(manager))
      : await readInOneSnapshot(this.dataSource, reads);
    return { rows, lines, history, payments, shipments, tracking };
  }

  private async buildDetails(
    orderIds: string[],
    { rows, lines, history, payments: paymentRows, shipments, tracking }: Awaited<ReturnType<OrdersService['readDetails']>>,
    role: ViewerRole,
  ): Promise<OrderDetailView[]> {
    const payments = await this.payments.viewsOf(paymentRows, role);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return orderIds
      .filter((id) => byId.has(id))
      .map((id) =>
        this.views.detail(byId.get(id)!, lines.get(id) ?? [], history.get(id) ?? [], payments.get(id) ?? null, role, {
          shipment: shipments.get(id) ?? null,
          tracking: tracking.get(id) ?? [],
        }),
      );
  }

  /**
   * The pages of orders this request has just placed, built from the rows it wrote and the payments as the gateway
   * charge after commit stored them (read only when it did not store them all). A new order has no shipment or
   * tracking yet.
   */
  async placedDetails(written: WrittenOrder[], role: ViewerRole, charged: OrderPaymentRows = []): Promise<OrderDetailView[]> {
    const orderIds = written.map((order) => order.row.id);
    // The charge answered the rows it stored: read only when it did not store them all (a failed charge, say).
    const payments = orderIds.every((id) => charged.some((row) => row.order_id === id))
      ? await this.payments.viewsOf(charged, role)
      : await this.payments.views(orderIds, role);
    return written.map(({ row, lines, history }) => this.views.detail(row, lines, history, payments.get(row.id) ?? null, role));
  }

  /** "Pesanan Saya": the caller's purchases. */
  listMine(principal: Principal, query: ListOrdersQuery): Promise<OrderListView> {
    if (principal.kind !== 'participant') throw orderErrors.notFound();
    return this.page({ buyerId: principal.id }, query);
  }

  /** The seller's "Pesanan", by tab or state. */
  listForShop(principal: Principal, query: ListOrdersQuery): Promise<OrderListView> {
    return this.page({ shopId: this.shopOf(principal) }, query);
  }

  async countsForShop(principal: Principal): Promise<OrderCountsView> {
    const states = stateCounts(await this.orders.countsByState(this.dataSource.manager, this.shopOf(principal)));
    return { states, tabs: tabCounts(states) };
  }

  /** Every order of a class, for its facilitators. */
  listForClass(classId: string, query: ListOrdersQuery): Promise<OrderListView> {
    return this.page({ classId }, query);
  }

  /**
   * Units per product that the class's still-holding orders took (HOLDING_STATES), for a class reset to give back
   * before it deletes them; inside the caller's transaction.
   */
  async heldUnitsOfClass(manager: EntityManager, classId: string): Promise<{ productId: string; quantity: number }[]> {
    const rows = await this.orders.heldUnitsInClass(manager, classId, HOLDING_STATES);
    return rows.map((row) => ({ productId: row.product_id, quantity: row.quantity }));
  }

  countOfClass(manager: EntityManager, classId: string): Promise<number> {
    return this.orders.countInClass(manager, classId);
  }

  /** A class reset: every order of the class goes, with its lines and history, in the caller's transaction. */
  deleteOfClass(manager: EntityManager, classId: string): Promise<void> {
    return this.orders.deleteInClass(manager, classId);
  }

  /** A class reset: the carts of the class's participants are emptied, in the caller's transaction. */
  emptyCartsOfClass(manager: EntityManager, classId: string): Promise<void> {
    return this.carts.clearClass(manager, classId);
  }

  /** The buyer cancels before paying (only then: the state machine refuses a paid order). */
  cancel(principal: Principal, orderId: string): Promise<OrderDetailView> {
    return this.cancelBy(principal, orderId, 'buyer_cancelled', null);
  }

  /** The seller refuses an order, unpaid or paid, with a reason the buyer reads. */
  refuse(principal: Principal, orderId: string, reason: string): Promise<OrderDetailView> {
    return this.cancelBy(principal, orderId, 'seller_refused', reason.trim());
  }

  /** The buyer's "coba lagi" when the gateway could not make the VA at placement. */
  async retryPayment(principal: Principal, orderId: string): Promise<OrderDetailView> {
    const role = await this.roleOf(principal, orderId);
    if (!role) throw orderErrors.notFound();
    if (role !== 'buyer') throw orderTransitionError('NOT_ALLOWED');
    await this.payments.retry(orderId);
    return this.get(principal, orderId);
  }

  /** The payment hook: a settlement (verified notification, or COD at placement) makes the order PAID. */
  async markPaid(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const locked = await this.lockedOrder(tx, orderId);
    if (!locked) return;
    const { order } = locked;
    const check = checkTransition(snapshot(order), 'PAID', { actor: 'payment', now: simNow });
    if (!check.ok) {
      // Money for an order that can no longer take it: nothing moves; the facilitators see it.
      this.logger.warn({ msg: 'a settlement could not mark the order paid', orderId, state: order.state, code: check.code });
      await tx.record({
        type: 'order.payment_not_applied',
        classId: order.class_id,
        payload: { orderId, invoiceNumber: order.invoice_number, state: order.state, code: check.code },
        rooms: [rooms.facilitators(order.class_id)],
        simTime: simNow,
      });
      return;
    }
    const settings = (await locked.settings) ?? (await this.settings.get(order.class_id, tx.manager));
    const shipBy = shipByDeadline(simNow, settings.deadlines);
    await this.orders.moveState(tx.manager, orderId, { state: 'PAID', at: simNow, paidAt: simNow, shipByAt: shipBy }, { from: order.state, actor: 'payment', actorId: null, reason: null, note: null });
    // One task for the reminder and the deadline (see SHIP_DEADLINE_TASK): its first step is the reminder's time.
    const remindAt = this.shipReminder ? this.shipReminder.at(shipBy, simNow) : null;
    const remindFirst = remindAt !== null && remindAt < shipBy;
    await this.scheduler.schedule(tx, {
      classId: order.class_id,
      kind: SHIP_DEADLINE_TASK,
      payload: remindFirst ? { orderId, step: 'remind' } : { orderId },
      dueSim: remindFirst ? remindAt : shipBy,
      dedupeKey: `${SHIP_DEADLINE_TASK}:${orderId}`,
    });
    if (order.payment_expire_task_id) await this.scheduler.cancel(tx.manager, order.payment_expire_task_id);
    await tx.record({
      type: 'order.paid',
      classId: order.class_id,
      payload: {
        orderId,
        invoiceNumber: order.invoice_number,
        shopId: order.shop_id,
        buyerId: order.buyer_id,
        state: 'PAID',
        total: order.total,
        paymentMethod: order.payment_method,
        paidAt: simNow.toISOString(),
        shipByAt: shipBy.toISOString(),
      },
      rooms: orderRooms(order),
      simTime: simNow,
    });
  }

  /**
   * In the caller's transaction, the order already locked: CANCELLED with a reason, if the state machine allows.
   * Gives the stock back, closes a pending payment, and says whether a gateway transaction needs closing after commit.
   */
  async cancelLocked(tx: Transaction, order: OrderRow, reason: CancelReason, context: MoveContext, note: string | null): Promise<{ atGateway: boolean }> {
    const check = checkTransition(snapshot(order), 'CANCELLED', { actor: context.actor, now: context.simNow, reason });
    if (!check.ok) throw orderTransitionError(check.code);
    const from = order.state;
    await this.orders.moveState(tx.manager, order.id, { state: 'CANCELLED', at: context.simNow, cancelReason: reason, cancelNote: note }, { from, actor: context.actor, actorId: context.actorId, reason, note });
    if (stockReturns(from, 'CANCELLED')) {
      const lines = (await this.orders.lines(tx.manager, [order.id])).get(order.id) ?? [];
      await this.products.releaseStock(
        tx.manager,
        lines.filter((line) => line.product_id !== null).map((line) => ({ productId: line.product_id!, quantity: line.quantity })),
      );
    }
    const payment = await this.payments.close(tx, order.id, reason === 'payment_expired' ? 'expired' : 'cancelled');
    if (from === 'AWAITING_PAYMENT' && order.payment_expire_task_id) await this.scheduler.cancel(tx.manager, order.payment_expire_task_id);
    // Refund bookkeeping arrives with the wallet; until then the event says a refund is owed.
    const refundDue = refundsBuyer({ state: from, cod: order.payment_method === 'cod' }, 'CANCELLED');
    await tx.record({
      type: 'order.cancelled',
      classId: order.class_id,
      actorId: context.actorId,
      payload: { orderId: order.id, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id, from, state: 'CANCELLED', reason, refundDue },
      rooms: orderRooms(order),
      simTime: context.simNow,
    });
    return payment;
  }

  private async cancelBy(principal: Principal, orderId: string, reason: CancelReason, note: string | null): Promise<OrderDetailView> {
    const parties = await this.parties(orderId);
    const role = parties ? await this.roleFor(principal, parties) : null;
    if (!parties || !role) throw orderErrors.notFound();
    // A facilitator acts on orders as a demo buyer (a persona), never as a third party.
    if (role === 'facilitator') throw orderTransitionError('NOT_ALLOWED');
    const actor: OrderActor = role;
    const simNow = await this.clock.now(parties.class_id);
    const { atGateway } = await this.uow.run(async (tx) => {
      const order = (await this.orders.findForUpdate(tx.manager, orderId))!;
      return this.cancelLocked(tx, order, reason, { actor, actorId: principal.id, simNow }, note);
    });
    if (atGateway) await this.payments.cancelAtGateway(orderId);
    return this.get(principal, orderId);
  }

  /** `payment.expire`: still unpaid at the deadline → CANCELLED (payment_expired); the VA is expired after commit. */
  private async expireUnpaid(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const order = await this.orders.findForUpdate(tx.manager, orderId);
    if (!order || order.state !== 'AWAITING_PAYMENT') return;
    // Paid at the gateway while its notification was lost or late: the order is paid, not expired.
    if (await this.payments.settleIfPaidAtGateway(tx, orderId, simNow)) return;
    const { atGateway } = await this.cancelLocked(tx, order, 'payment_expired', { actor: 'system', actorId: null, simNow }, null);
    if (atGateway) tx.afterCommit(() => this.payments.expireAtGateway(orderId));
  }

  /**
   * A settlement arrived after the order was closed. THE RULE: the order is not revived (its stock went back and the
   * seller may have sold it again); the money is posted to the ledger and refunded to the buyer in full at once (the
   * wallet posts payment_settled and its refund on this event), and buyer and seller are told.
   */
  private async latePaymentRefunded(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const order = (await this.lockedOrder(tx, orderId))?.order;
    if (!order) return;
    await tx.record({
      type: 'order.late_payment_refunded',
      classId: order.class_id,
      payload: { orderId, invoiceNumber: order.invoice_number, shopId: order.shop_id, buyerId: order.buyer_id, state: order.state, total: order.total },
      rooms: orderRooms(order),
      simTime: simNow,
    });
  }

  /**
   * `order.ship_deadline`, only while the order is still PAID (not shipped). Step `remind`: before the deadline, the
   * seller's reminder, then the same task again at the deadline; step `deadline` (or a reminder step that comes due
   * past the deadline, the clock having jumped over both): CANCELLED (ship_deadline_missed).
   */
  private async shipDeadlineStep(tx: Transaction, orderId: string, step: 'remind' | 'deadline', context: TaskContext): Promise<void> {
    const { simNow } = context;
    const order = await this.orders.findForUpdate(tx.manager, orderId);
    if (!order || order.state !== 'PAID') return;
    const shipBy = order.ship_by_at;
    if (step === 'remind' && shipBy && simNow < shipBy) {
      await this.shipReminder?.remind(
        tx,
        { orderId, classId: order.class_id, shopId: order.shop_id, invoiceNumber: order.invoice_number, shipByAt: shipBy },
        simNow,
      );
      await context.again(shipBy, { orderId });
      return;
    }
    await this.cancelLocked(tx, order, 'ship_deadline_missed', { actor: 'system', actorId: null, simNow }, null);
  }

  /**
   * The gateway expired (or cancelled) the VA on its side. At the deadline that is the payment expiring; before it
   * (the facilitator slowed the clock after the VA was made), the order keeps waiting for its own deadline.
   */
  private async closedByGateway(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const order = (await this.lockedOrder(tx, orderId))?.order;
    if (!order || order.state !== 'AWAITING_PAYMENT') return;
    if (!checkTransition(snapshot(order), 'CANCELLED', { actor: 'system', now: simNow, reason: 'payment_expired' }).ok) return;
    await this.cancelLocked(tx, order, 'payment_expired', { actor: 'system', actorId: null, simNow }, null);
  }

  private async page(by: ListFilter['by'], query: ListOrdersQuery): Promise<OrderListView> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const manager = this.dataSource.manager;
    const rows = await this.orders.list(manager, { by, states: statesFor(query), limit: limit + 1, before: decodeCursor(query.cursor) });
    const page = rows.slice(0, limit);
    const lines = await this.orders.lines(manager, page.map((row) => row.id));
    return {
      items: page.map((row) => this.views.summary(row, lines.get(row.id) ?? [])),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  private async parties(orderId: string): Promise<OrderParties | null> {
    return isOrderId(orderId) ? this.orders.parties(this.dataSource.manager, orderId) : null;
  }

  /** How the caller sees this order (buyer, seller, the class's facilitator), or null when not at all. */
  async roleOf(principal: Principal, orderId: string): Promise<ViewerRole | null> {
    const parties = await this.parties(orderId);
    return parties ? this.roleFor(principal, parties) : null;
  }

  /** Never another participant, whatever their class; a facilitator only of the order's class. */
  private async roleFor(principal: Principal, parties: OrderParties): Promise<ViewerRole | null> {
    if (principal.kind === 'participant') {
      if (principal.id === parties.buyer_id) return 'buyer';
      if (principal.id === parties.seller_id) return 'seller';
      return null;
    }
    return (await this.auth.canAccessClass(principal, parties.class_id)) ? 'facilitator' : null;
  }

  private shopOf(principal: Principal): string {
    if (principal.kind !== 'participant' || !principal.shopId) throw orderErrors.noShop();
    return principal.shopId;
  }
}
