import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SchedulerService } from '../clock/scheduler.service.js';
import type { Transaction } from '../common/events/unit-of-work.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import type { Etd } from './courier-services.js';
import type { PublicTrackingView } from './dto/fulfilment.dto.js';
import type { DropPoint } from './drop-points.js';
import { publicTrackingView } from './fulfilment-views.js';
import { generateResi, normaliseResi, resiFraction } from './resi.js';
import { type ShipmentRow, ShipmentsRepository, type TrackingEventRow } from './shipments.repository.js';
import { shippingErrors } from './shipping.errors.js';
import { ShippingService } from './shipping.service.js';
import { type DeliveryOutcome, planTracking, type PlannedStep, TRACKING_STEPS, type TrackingStepCode } from './tracking-plan.js';

export type { ShipmentRow, TrackingEventRow } from './shipments.repository.js';

/** One scheduled task per planned tracking step after the hand-over; its dedupe key names the order and the step. */
export const TRACKING_STEP_TASK = 'shipping.tracking_step';

const trackingKey = (orderId: string, step: TrackingStepCode) => `${TRACKING_STEP_TASK}:${orderId}:${step}`;
const RESI_TRIES = 8;

/** What shipping needs to know of an order to carry its parcel; orders passes its own row, which has these. */
export interface ParcelOrder {
  id: string;
  class_id: string;
  courier_code: string;
  courier: { etd: Etd };
  delivery_outcome: DeliveryOutcome;
  address: { regencyCode: string };
}

/**
 * How a parcel's journey moves its order. The order's state belongs to orders, which depends on shipping, so orders
 * registers these in its onModuleInit (orders/fulfilment.service.ts), as it does with payments' hooks.
 */
export interface ShippingOrderHooks<O extends ParcelOrder> {
  /** Locks the order in the step's transaction; null unless it is still SHIPPED. */
  lockShipped(tx: Transaction, orderId: string): Promise<O | null>;
  /** A tracking step happened (once per parcel and step): the order records it and, at a final step, moves. */
  stepRecorded(tx: Transaction, order: O, shipment: ShipmentRow, planned: PlannedStep, simNow: Date): Promise<void>;
}

type StepRunner = (tx: Transaction, orderId: string, step: TrackingStepCode, simNow: Date) => Promise<void>;

/**
 * Shipping an order's parcel: the shipment with its resi and drop point ("Atur Pengiriman"), the hand-over, the
 * tracking steps on the class clock, the failed-delivery re-plan, and the public Cek Resi. Every write takes the
 * caller's transaction (the order's use case in orders/fulfilment.service.ts locks the order first).
 */
@Injectable()
export class ShipmentsService implements OnModuleInit {
  private runStep: StepRunner | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsRepository,
    private readonly shipping: ShippingService,
    private readonly scheduler: SchedulerService,
    private readonly limiter: RateLimiter,
  ) {}

  onModuleInit(): void {
    this.scheduler.registerHandler(TRACKING_STEP_TASK, (task, tx, { simNow }) => {
      if (!this.runStep) throw new Error('The orders capability has not registered its shipping hooks');
      return this.runStep(tx, String(task.payload.orderId), String(task.payload.step) as TrackingStepCode, simNow);
    });
  }

  registerOrderHooks<O extends ParcelOrder>(hooks: ShippingOrderHooks<O>): void {
    if (this.runStep) throw new Error('Shipping hooks are already registered');
    /**
     * A planned step comes due. Every step of the plan that is due by the class clock and has not happened yet happens
     * now, in the plan's order: those planned before it, and those after it whose time has come too (after a "+3 hari"
     * jump all of a parcel's steps come due at once, their wake-ups in any order); the last step moves the order.
     * The tasks of the steps recorded along the way are marked done in the same transaction, so their wake-ups find
     * nothing to do: one transaction per parcel instead of one per step, which kept 30 classes' parcels SHIPPED for
     * minutes behind a queue of step wake-ups each waiting for the same order's lock (issue 15, load held).
     * A step of a plan that was replaced (the failed-delivery scenario) does nothing.
     */
    this.runStep = async (tx, orderId, step, simNow) => {
      const order = await hooks.lockShipped(tx, orderId);
      if (!order) return;
      const shipment = await this.shipments.find(tx.manager, orderId);
      if (!shipment?.shipped_at) return;
      const plan = this.planFor(order, shipment);
      const index = plan.findIndex((planned) => planned.step === step);
      if (index < 0) return;
      let last = index;
      while (last + 1 < plan.length && plan[last + 1]!.at.getTime() <= simNow.getTime()) last++;
      const due = plan.slice(0, last + 1);
      for (const planned of due) {
        if (await this.insertStep(tx.manager, orderId, planned)) await hooks.stepRecorded(tx, order, shipment, planned, simNow);
      }
      await this.scheduler.markDone(
        tx.manager,
        due.filter((planned) => planned.step !== step).map((planned) => trackingKey(orderId, planned.step)),
      );
    };
  }

  // ── reads for the order's views ───────────────────────────────────────────────────────────────────────────────

  find(manager: EntityManager, orderId: string): Promise<ShipmentRow | null> {
    return this.shipments.find(manager, orderId);
  }

  findMany(manager: EntityManager, orderIds: string[]): Promise<Map<string, ShipmentRow>> {
    return this.shipments.findMany(manager, orderIds);
  }

  events(manager: EntityManager, orderIds: string[]): Promise<Map<string, TrackingEventRow[]>> {
    return this.shipments.events(manager, orderIds);
  }

  // ── arranging and handing over ────────────────────────────────────────────────────────────────────────────────

  /** The drop point the seller picked, among those of the order's courier near the shop; UNKNOWN_DROP_POINT if not. */
  requireDropPoint(courierCode: string, shopRegencyCode: string, dropPointId: string): DropPoint {
    const found = this.shipping.dropPoints(courierCode, shopRegencyCode).find((point) => point.id === dropPointId);
    if (!found) throw shippingErrors.unknownDropPoint(dropPointId);
    return found;
  }

  /** The shipment with a fresh resi (drawn again while taken: the unique index decides). */
  async create(manager: EntityManager, order: ParcelOrder, shopRegencyCode: string, dropPoint: DropPoint, simNow: Date): Promise<ShipmentRow> {
    const service = this.shipping.findService(order.courier_code);
    const format = service?.awbFormat ?? 'PL##########';
    for (let attempt = 0; attempt < RESI_TRIES; attempt++) {
      const row: ShipmentRow = {
        order_id: order.id,
        class_id: order.class_id,
        courier_code: order.courier_code,
        resi: generateResi(format),
        drop_point_id: dropPoint.id,
        drop_point: dropPoint,
        origin_city: this.shipping.cityOf(shopRegencyCode),
        destination_city: this.shipping.cityOf(order.address.regencyCode),
        arranged_at: simNow,
        shipped_at: null,
      };
      if (await this.shipments.insert(manager, row)) return row;
    }
    throw shippingErrors.resiExhausted();
  }

  changeDropPoint(manager: EntityManager, orderId: string, dropPoint: DropPoint): Promise<void> {
    return this.shipments.changeDropPoint(manager, orderId, dropPoint);
  }

  /** The parcel is at the drop point: the shipment as it now is. */
  async markShipped(manager: EntityManager, shipment: ShipmentRow, simNow: Date): Promise<ShipmentRow> {
    await this.shipments.markShipped(manager, shipment.order_id, simNow);
    return { ...shipment, shipped_at: simNow };
  }

  /**
   * After the hand-over: the first step of the parcel's plan happens now (returned for the order to record, or null
   * if it already had), and the others are scheduled on the class clock.
   */
  async startTracking(tx: Transaction, order: ParcelOrder, shipment: ShipmentRow): Promise<PlannedStep | null> {
    const [first, ...rest] = this.planFor(order, shipment);
    const fresh = await this.insertStep(tx.manager, order.id, first!);
    await this.scheduleSteps(tx, order, rest);
    return fresh ? first! : null;
  }

  /**
   * The failed-delivery scenario on a parcel on its way: its pending steps are cancelled and the steps of the failed
   * path (… → with courier → failed → returned) that have not happened are scheduled instead.
   */
  async replanFailed(tx: Transaction, order: ParcelOrder): Promise<void> {
    const shipment = (await this.shipments.find(tx.manager, order.id))!;
    await this.scheduler.cancelPending(tx.manager, TRACKING_STEPS.map((step) => trackingKey(order.id, step)));
    const done = new Set((await this.shipments.events(tx.manager, [order.id])).get(order.id)?.map((event) => event.step));
    const plan = this.planFor({ ...order, delivery_outcome: 'failed' }, shipment);
    await this.scheduleSteps(tx, order, plan.filter((step) => !done.has(step.step)));
  }

  // ── Cek Resi ─────────────────────────────────────────────────────────────────────────────────────────────────

  /** Cek Resi: anyone, by resi; rate-limited per address. City names and the courier only. */
  async trackByResi(rawResi: string, ip: string): Promise<PublicTrackingView> {
    await this.limiter.hit([{ bucket: `cek-resi:ip:${ip}`, max: 60, windowSeconds: 600 }]);
    const resi = normaliseResi(rawResi);
    if (!resi) throw shippingErrors.invalidResi();
    const manager = this.dataSource.manager;
    const shipment = await this.shipments.findByResi(manager, resi);
    if (!shipment) throw shippingErrors.resiNotFound();
    const events = (await this.shipments.events(manager, [shipment.order_id])).get(shipment.order_id) ?? [];
    const service = this.shipping.findService(shipment.courier_code);
    return publicTrackingView(shipment, service ?? { code: shipment.courier_code, courier: shipment.courier_code, service: '', name: shipment.courier_code }, events);
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────

  private insertStep(manager: EntityManager, orderId: string, planned: PlannedStep): Promise<boolean> {
    return this.shipments.insertEvent(manager, { order_id: orderId, step: planned.step, city: planned.city, at: planned.at });
  }

  private async scheduleSteps(tx: Transaction, order: ParcelOrder, steps: PlannedStep[]): Promise<void> {
    for (const step of steps) {
      await this.scheduler.schedule(tx, {
        classId: order.class_id,
        kind: TRACKING_STEP_TASK,
        payload: { orderId: order.id, step: step.step },
        dueSim: step.at,
        dedupeKey: trackingKey(order.id, step.step),
      });
    }
  }

  /** The parcel's plan, always the same for the same order and outcome (its ETD fraction comes from the resi). */
  private planFor(order: ParcelOrder, shipment: ShipmentRow): PlannedStep[] {
    return planTracking({
      shippedAt: shipment.shipped_at!,
      etd: order.courier.etd,
      script: this.shipping.trackingScript(order.courier_code),
      outcome: order.delivery_outcome,
      originCity: shipment.origin_city,
      destinationCity: shipment.destination_city,
      fraction: resiFraction(shipment.resi),
    });
  }
}
