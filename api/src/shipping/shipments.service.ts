import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SchedulerService, type TaskContext } from '../clock/scheduler.service.js';
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

/**
 * A parcel's tracking on the class clock: ONE scheduled task per parcel, due at its next planned step. When it runs it
 * records every step whose time has come and is made pending again at the next one (the scheduler's `again`), so a
 * "+3 hari" that makes a whole journey due wakes each parcel once, not once per step (`npm run bench -- --jump`).
 * Its dedupe key names the order (and `:replanned` for the failed-delivery path that replaces it).
 */
export const TRACKING_STEP_TASK = 'shipping.tracking_step';

const parcelKey = (orderId: string, replanned = false) => `${TRACKING_STEP_TASK}:${orderId}${replanned ? ':replanned' : ''}`;
/**
 * Parcels handed over before 7 Dec 2026 have a task per step, keyed by the order and the step (no `parcel` in their
 * payload). Those still pending run as they did: each records the steps due up to it and marks the others done.
 */
const stepKey = (orderId: string, step: TrackingStepCode) => `${TRACKING_STEP_TASK}:${orderId}:${step}`;

/** A tracking task's payload: the order, the step it is due for, and `parcel` on the one task that carries a parcel. */
interface TrackingPayload {
  orderId: string;
  step: TrackingStepCode;
  parcel: boolean;
}
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

type StepRunner = (tx: Transaction, payload: TrackingPayload, simNow: Date, again: TaskContext['again']) => Promise<void>;

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
    this.scheduler.registerHandler(TRACKING_STEP_TASK, (task, tx, { simNow, again }) => {
      if (!this.runStep) throw new Error('The orders capability has not registered its shipping hooks');
      const { orderId, step, parcel } = task.payload;
      return this.runStep(tx, { orderId: String(orderId), step: String(step) as TrackingStepCode, parcel: parcel === true }, simNow, again);
    });
  }

  registerOrderHooks<O extends ParcelOrder>(hooks: ShippingOrderHooks<O>): void {
    if (this.runStep) throw new Error('Shipping hooks are already registered');
    /**
     * A planned step comes due. It and every later step whose time has come too happen now, in the plan's order (after
     * a "+3 hari" jump a parcel's whole journey is due at once); the last step moves the order. The parcel's task is
     * then pending again at the next step, if one is left: one transaction and one wake-up per parcel at a jump.
     * A step of a plan that was replaced (the failed-delivery scenario) does nothing.
     *
     * A task of a parcel handed over before 7 Dec 2026 (one per step, no `parcel`) records the steps planned before it
     * too, and marks the tasks of the others it recorded done, so their wake-ups find nothing to do.
     */
    this.runStep = async (tx, { orderId, step, parcel }, simNow, again) => {
      const order = await hooks.lockShipped(tx, orderId);
      if (!order) return;
      const shipment = await this.shipments.find(tx.manager, orderId);
      if (!shipment?.shipped_at) return;
      const plan = this.planFor(order, shipment);
      const index = plan.findIndex((planned) => planned.step === step);
      if (index < 0) return;
      let last = index;
      while (last + 1 < plan.length && plan[last + 1]!.at.getTime() <= simNow.getTime()) last++;
      // The parcel's task is due at its first step not yet recorded: the ones before it have happened.
      const due = plan.slice(parcel ? index : 0, last + 1);
      for (const planned of due) {
        if (await this.insertStep(tx.manager, orderId, planned)) await hooks.stepRecorded(tx, order, shipment, planned, simNow);
      }
      if (parcel) {
        const next = plan[last + 1];
        if (next) await again(next.at, { orderId, step: next.step, parcel } satisfies TrackingPayload);
        return;
      }
      await this.scheduler.markDone(
        tx.manager,
        due.filter((planned) => planned.step !== step).map((planned) => stepKey(orderId, planned.step)),
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
   * if it already had), and the parcel's task is scheduled at the next one.
   */
  async startTracking(tx: Transaction, order: ParcelOrder, shipment: ShipmentRow): Promise<PlannedStep | null> {
    const [first, next] = this.planFor(order, shipment);
    const fresh = await this.insertStep(tx.manager, order.id, first!);
    if (next) await this.scheduleParcel(tx, order, next, parcelKey(order.id));
    return fresh ? first! : null;
  }

  /**
   * The failed-delivery scenario on a parcel on its way: its pending task is cancelled, and a task of its own carries
   * the parcel along the failed path (… → with courier → failed → returned) from its first step not yet happened.
   * It happens once per order (the order's delivery outcome says so).
   */
  async replanFailed(tx: Transaction, order: ParcelOrder): Promise<void> {
    const shipment = (await this.shipments.find(tx.manager, order.id))!;
    await this.scheduler.cancelPending(tx.manager, [parcelKey(order.id), ...TRACKING_STEPS.map((step) => stepKey(order.id, step))]);
    const done = new Set((await this.shipments.events(tx.manager, [order.id])).get(order.id)?.map((event) => event.step));
    const plan = this.planFor({ ...order, delivery_outcome: 'failed' }, shipment);
    const next = plan.find((step) => !done.has(step.step));
    if (next) await this.scheduleParcel(tx, order, next, parcelKey(order.id, true));
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

  private async scheduleParcel(tx: Transaction, order: ParcelOrder, step: PlannedStep, dedupeKey: string): Promise<void> {
    await this.scheduler.schedule(tx, {
      classId: order.class_id,
      kind: TRACKING_STEP_TASK,
      payload: { orderId: order.id, step: step.step, parcel: true } satisfies TrackingPayload,
      dueSim: step.at,
      dedupeKey,
    });
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
