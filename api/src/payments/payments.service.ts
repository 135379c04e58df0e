import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { qrSvg } from '../common/qr/qr-svg.js';
import { DataSource, type EntityManager } from 'typeorm';
import { ClockService, type ClockView } from '../clock/clock.service.js';
import { rooms } from '../common/events/domain-event.js';
import { readAlong } from '../database/deferred-begin.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import type { NotificationAck, OrderPaymentView, PaymentMethodView, PayNowView } from './dto/payment.dto.js';
import { type ChargeItem, chargeRequestBody, classClockMetadata, customExpiry, type GatewayInstructions, instructionsFrom } from './gateway-charge.js';
import { parseGrossAmount, verifySignature } from './notification-signature.js';
import { isPayerRefusalCode, paymentErrors } from './payment.errors.js';
import { type PayablePayment, PayerClient, payableFrom } from './payer-client.js';
import { GatewayError, type GatewayReply, PaymentGateway } from './payment-gateway.js';
import { howToPaySteps } from './payment-instructions.js';
import { howToPayKey, PAYMENT_METHOD_CODES, PAYMENT_METHODS, paymentMethodLabelKey, type PaymentMethodCode } from './payment-methods.js';
import { applyNotification, notificationEffect } from './payment-status.js';
import { type PaymentRow, PaymentsRepository } from './payments.repository.js';

export interface PaymentContext {
  /** The class's sim time: the timestamp of the order's history row and events. */
  simNow: Date;
}

/**
 * What the orders capability does when a payment changes; registered by orders at start-up (the way scheduled
 * task handlers are), so payments never imports orders. Both run inside the payment's transaction.
 */
export interface PaymentHooks {
  /**
   * Locks the order before its payment: every order change locks the order first and the payment second, so a
   * settlement and a cancel arriving together queue instead of deadlocking. Answers the order's class, or null when
   * there is no such order.
   */
  lock(tx: Transaction, orderId: string): Promise<string | null>;
  /** The payment is settled (a verified notification, or COD confirmed at placement): the order becomes PAID. */
  settled(tx: Transaction, orderId: string, context: PaymentContext): Promise<void>;
  /** The gateway expired or cancelled the payment on its side: the order may be cancelled, if its deadline allows. */
  closed(tx: Transaction, orderId: string, context: PaymentContext): Promise<void>;
  /**
   * Money arrived for an order already closed (the settlement came after the payment deadline): the order stays
   * CANCELLED, the payment is posted and refunded to the buyer in full, and buyer and seller are told (see SECURITY.md).
   */
  settledAfterClose(tx: Transaction, orderId: string, context: PaymentContext): Promise<void>;
}

/** A closed payment the gateway holds as settled, with no settlement on our side: money stranded between the two. */
export interface StrandedPayment {
  orderId: string;
  gatewayOrderId: string;
  amount: number;
  paymentState: string;
  gatewayStatus: string;
}

export interface OpenPayment {
  orderId: string;
  classId: string;
  method: PaymentMethodCode;
  amount: number;
  invoiceNumber: string;
  shopName: string;
  /** The order's payment deadline in sim time (null for COD). */
  dueSimAt: Date | null;
  /** Products, shipping and admin fee: they add up to `amount`. */
  items: ChargeItem[];
  customer: { firstName: string; phone: string };
}

export type PaymentAudience = 'buyer' | 'seller' | 'facilitator';

/** How long a request waits for another request's charge of the same payment. */
const CHARGE_WAIT_MS = 12_000;

/** How many status requests the ledger check's reconciliation sends at once. */
const RECONCILE_CONCURRENCY = 4;

/** A page's payment rows, as `rowsOf` reads them (opaque to other capabilities). */
export type OrderPaymentRows = readonly PaymentRow[];

/**
 * The marketplace's side of payments: one payment row per order, the charge at the gateway (after the placing
 * transaction commits), the webhook that settles idempotently, and the instructions the buyer pays with.
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  private hooks: PaymentHooks | undefined;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly payments: PaymentsRepository,
    private readonly gateway: PaymentGateway,
    private readonly clock: ClockService,
    private readonly payer: PayerClient,
  ) {}

  registerOrderHooks(hooks: PaymentHooks): void {
    if (this.hooks) throw new Error('Payment hooks are already registered');
    this.hooks = hooks;
  }

  /** Every method, COD marked as needing couriers that carry it. */
  methods(): PaymentMethodView[] {
    return PAYMENT_METHOD_CODES.map((code) => ({
      code,
      kind: PAYMENT_METHODS[code].kind,
      instruction: PAYMENT_METHODS[code].instruction,
      labelKey: paymentMethodLabelKey(code),
      needsCodCourier: code === 'cod',
    }));
  }

  /**
   * In the placing transaction: the order's payment row. A gateway method waits for `charge` after commit.
   * COD never reaches the gateway: the courier collects the cash, so the payment capability confirms it here,
   * at placement, and the order becomes PAID through the same hook a settlement notification uses (actor 'payment').
   */
  async open(tx: Transaction, input: OpenPayment, context: PaymentContext): Promise<void> {
    if (input.method === 'cod') {
      await this.payments.insert(tx.manager, {
        orderId: input.orderId,
        classId: input.classId,
        method: 'cod',
        amount: input.amount,
        state: 'settled',
        gatewayOrderId: input.orderId,
        chargeStatus: 'not_needed',
        chargeRequest: null,
        dueSimAt: null,
        settledSimAt: context.simNow,
      });
      await this.requireHooks().settled(tx, input.orderId, context);
      return;
    }
    await this.payments.insert(tx.manager, {
      orderId: input.orderId,
      classId: input.classId,
      method: input.method,
      amount: input.amount,
      state: 'pending',
      gatewayOrderId: input.orderId,
      chargeStatus: 'pending',
      chargeRequest: chargeRequestBody({
        gatewayOrderId: input.orderId,
        method: input.method,
        amount: input.amount,
        invoiceNumber: input.invoiceNumber,
        recipient: `Pasar Latihan – ${input.shopName}`,
        items: input.items,
        customer: input.customer,
      }),
      dueSimAt: input.dueSimAt,
      settledSimAt: null,
    });
  }

  /**
   * In the transaction that cancels or expires the order: a pending payment is closed, so that a late settlement
   * is recognised as money for a closed order. `atGateway`: a transaction exists there to cancel after commit.
   */
  async close(tx: Transaction, orderId: string, state: 'expired' | 'cancelled'): Promise<{ atGateway: boolean }> {
    const closed = await this.payments.closePending(tx.manager, orderId, state);
    return { atGateway: closed !== null && closed.charge_status !== 'pending' && closed.charge_status !== 'not_needed' };
  }

  /**
   * After commit: charge each order's payment at the gateway. Failures are recorded, never thrown. `clock`: the class
   * clock the caller read for this request (placing does; its deadlines came from it), else it is read here. Answers
   * the payment rows as this call stored them (not those another request charged, nor failed ones).
   */
  async charge(orderIds: string[], clock?: ClockView): Promise<OrderPaymentRows> {
    const charged = await Promise.all(orderIds.map((orderId) => this.chargeOne(orderId, clock)));
    return charged.flatMap((outcome) => (outcome.row ? [outcome.row] : []));
  }

  /** The buyer's "coba lagi": charge again a payment the gateway has not taken yet. */
  async retry(orderId: string): Promise<void> {
    const payment = await this.payments.findByOrder(this.dataSource.manager, orderId);
    if (!payment || payment.state !== 'pending' || payment.method === 'cod') throw paymentErrors.nothingToPay();
    if (payment.charge_status === 'charged') return;
    if (!(await this.chargeOne(orderId)).ok) {
      const failed = await this.payments.findByOrder(this.dataSource.manager, orderId);
      throw paymentErrors.gatewayUnavailable(failed?.charge_error ?? '');
    }
  }

  /** After commit: the marketplace cancelled the order, so the VA closes too (a failure only leaves it to expire). */
  async cancelAtGateway(orderId: string): Promise<void> {
    await this.gateway.cancel(orderId).catch((error: unknown) => this.logger.warn({ msg: 'gateway cancel failed', orderId, err: error }));
  }

  /** After commit: the payment deadline passed, so the VA is expired at the gateway too. */
  async expireAtGateway(orderId: string): Promise<void> {
    await this.gateway.expire(orderId).catch((error: unknown) => this.logger.warn({ msg: 'gateway expire failed', orderId, err: error }));
  }

  /**
   * In the transaction that would expire an unpaid order (the order locked): ask the gateway first. When it holds the
   * transaction as paid (a settlement whose notification has not arrived: the webhook was down), the payment settles
   * and the order becomes PAID instead. An unreachable gateway answers "not paid": the order expires, and a settlement
   * that arrives later is refunded (`settledAfterClose`).
   */
  async settleIfPaidAtGateway(tx: Transaction, orderId: string, simNow: Date): Promise<boolean> {
    const payment = await this.payments.findByOrder(tx.manager, orderId);
    if (!payment || payment.state !== 'pending' || payment.method === 'cod' || payment.charge_status === 'pending') return false;
    const status = await this.gatewayStatus(payment.gateway_order_id);
    if (!status || effectOf(status) !== 'settle' || parseGrossAmount(status.gross_amount) !== payment.amount) return false;
    const locked = (await this.payments.findByGatewayOrderIdForUpdate(tx.manager, payment.gateway_order_id))!;
    if (locked.state !== 'pending') return false;
    await this.payments.markSettled(tx.manager, locked.id, simNow);
    await this.requireHooks().settled(tx, orderId, { simNow });
    await this.payments.logNotification(tx.manager, {
      gatewayOrderId: payment.gateway_order_id,
      transactionStatus: typeof status.transaction_status === 'string' ? status.transaction_status : null,
      statusCode: status.status_code,
      grossAmount: typeof status.gross_amount === 'string' ? status.gross_amount : null,
      signatureValid: true,
      verdict: 'settled_by_status_check',
      remoteAddress: null,
      payload: { source: 'status_check_before_expiry' },
    });
    return true;
  }

  /** The orders of the class whose payment has settled, for the ledger check (also after the order closed). */
  settledOrderIds(classId: string): Promise<Set<string>> {
    return this.payments.settledOrderIds(this.dataSource.manager, classId);
  }

  /**
   * The ledger check's reconciliation: every closed gateway payment of the class that we never saw settled is looked
   * up at the gateway (GET /v2/{id}/status); those the gateway holds as settled are stranded money.
   */
  async strandedAtGateway(classId: string): Promise<{ stranded: StrandedPayment[]; unreachable: number }> {
    const rows = await this.payments.closedUnsettled(this.dataSource.manager, classId);
    const stranded: StrandedPayment[] = [];
    let unreachable = 0;
    for (let i = 0; i < rows.length; i += RECONCILE_CONCURRENCY) {
      await Promise.all(
        rows.slice(i, i + RECONCILE_CONCURRENCY).map(async (row) => {
          const status = await this.gatewayStatus(row.gateway_order_id, true);
          if (status === 'unreachable') unreachable++;
          else if (status && effectOf(status) === 'settle') {
            stranded.push({
              orderId: row.order_id,
              gatewayOrderId: row.gateway_order_id,
              amount: row.amount,
              paymentState: row.state,
              gatewayStatus: String(status.transaction_status),
            });
          }
        }),
      );
    }
    return { stranded, unreachable };
  }

  /** The payment part of order pages: instructions for the buyer and facilitators, bookkeeping for facilitators only. */
  async views(orderIds: string[], audience: PaymentAudience, manager: EntityManager = this.dataSource.manager): Promise<Map<string, OrderPaymentView>> {
    return this.viewsOf(await this.rowsOf(orderIds, manager), audience);
  }

  /** The payment rows of these orders: `views` in two steps, for a page that learns its audience from what it read. */
  rowsOf(orderIds: string[], manager: EntityManager = this.dataSource.manager): Promise<OrderPaymentRows> {
    return this.payments.findByOrders(manager, orderIds);
  }

  async viewsOf(rows: OrderPaymentRows, audience: PaymentAudience): Promise<Map<string, OrderPaymentView>> {
    const realNow = new Date();
    const views = await Promise.all(
      rows.map(async (row): Promise<[string, OrderPaymentView]> => {
        const method = PAYMENT_METHODS[row.method];
        const expiresAtReal = row.due_sim_at && row.state === 'pending' ? await this.clock.realTimeWhen(row.class_id, row.due_sim_at) : null;
        const view: OrderPaymentView = {
          method: row.method,
          kind: method.kind,
          instruction: method.instruction,
          labelKey: paymentMethodLabelKey(row.method),
          state: row.state,
          chargeStatus: row.charge_status,
          amount: row.amount,
          expiresAt: row.due_sim_at?.toISOString() ?? null,
          expiresAtReal: expiresAtReal?.toISOString() ?? null,
          realNow: realNow.toISOString(),
          instructions: audience === 'seller' ? null : await instructionsView(row),
        };
        if (audience === 'facilitator') {
          view.gateway = {
            gatewayOrderId: row.gateway_order_id,
            gatewayTransactionId: row.gateway_transaction_id,
            chargeAttempts: row.charge_attempts,
            chargeError: row.charge_error,
            gatewayExpiresAt: row.gateway_expires_at?.toISOString() ?? null,
          };
        }
        return [row.order_id, view];
      }),
    );
    return new Map(views);
  }

  /**
   * The webhook. A forged or mis-signed notification is logged and refused (401). A verified one is applied in ONE
   * transaction that locks the order and then the payment row (FOR UPDATE): concurrent copies queue on those locks,
   * and each applies payment-status.ts's table to the state the previous one left, so only the first settlement moves the order
   * (duplicate → nothing; a late expire after settlement → nothing). Every verified notification answers 200, even
   * a no-op, so that the gateway stops retrying. Each notification leaves one payment_notification row.
   *
   * Cost per notification: one insert if forged; else the order's lock by primary key (the gateway's order id is the
   * order's id), one read of the payment by payment.gateway_order_id (a unique index), the order's update, one history
   * row, one scheduled task, the activity rows, one log row.
   */
  async handleNotification(body: unknown, remoteAddress: string | null): Promise<NotificationAck> {
    const notification = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    // A verified notification is kept whole; a refused one only as a bounded digest (size, hash, first keys), so
    // forged or unconfirmed requests cannot fill the table.
    const entry = (signatureValid: boolean, verdict: string) => ({
      gatewayOrderId: typeof notification.order_id === 'string' ? notification.order_id : null,
      transactionStatus: typeof notification.transaction_status === 'string' ? notification.transaction_status : null,
      statusCode: typeof notification.status_code === 'string' ? notification.status_code : null,
      grossAmount: typeof notification.gross_amount === 'string' ? notification.gross_amount : null,
      signatureValid,
      verdict,
      remoteAddress,
      payload: signatureValid && verdict !== 'not_confirmed_by_gateway' ? body : refusedDigest(body),
    });
    if (!verifySignature(notification, this.env.paymentServerKey)) {
      await this.payments.logNotification(this.dataSource.manager, entry(false, 'invalid_signature'));
      throw paymentErrors.invalidSignature();
    }
    if (notificationEffect(notification) === 'settle' && typeof notification.order_id === 'string') {
      // A signature only proves the key: a settlement is trusted once the gateway itself says so (Midtrans' advice).
      const status = await this.gatewayStatus(notification.order_id, true);
      if (status === 'unreachable') {
        await this.payments.logNotification(this.dataSource.manager, entry(true, 'unconfirmed_gateway_unreachable'));
        throw paymentErrors.gatewayUnavailable(''); // 502: the gateway retries
      }
      if (!status || effectOf(status) !== 'settle' || parseGrossAmount(status.gross_amount) !== parseGrossAmount(notification.gross_amount)) {
        await this.payments.logNotification(this.dataSource.manager, entry(true, 'not_confirmed_by_gateway'));
        return { outcome: 'not_confirmed_by_gateway' };
      }
    }
    try {
      const outcome = await this.uow.run(async (tx) => {
        const verdict = await this.applyVerified(tx, notification);
        await this.payments.logNotification(tx.manager, entry(true, verdict));
        return verdict;
      });
      return { outcome };
    } catch (error) {
      await this.payments.logNotification(this.dataSource.manager, entry(true, 'error')).catch(() => undefined);
      throw error; // 500: the gateway retries
    }
  }

  /** What a pretend payer needs to pay this order's payment (method, amount, the number to pay to), or null. */
  async payableOf(orderId: string): Promise<PayablePayment | null> {
    const payment = await this.payments.findByOrder(this.dataSource.manager, orderId);
    return payment ? payableFrom(payment) : null;
  }

  /**
   * A facilitator's "Bayar sekarang" for a demo order: the marketplace pays like any payer, through the one payer
   * client (the simulator's payer API over HTTP; refused with a real gateway configured), so the settlement arrives by the very webhook path a real payment takes.
   */
  async payNow(classId: string, orderId: string): Promise<PayNowView> {
    let payment = await this.payments.findByOrder(this.dataSource.manager, orderId);
    if (!payment || payment.class_id !== classId) throw paymentErrors.orderNotFound();
    if (payment.state !== 'pending' || payment.method === 'cod') throw paymentErrors.nothingToPay();
    if (!this.payer.available()) throw paymentErrors.payerSimulatorUnavailable();
    if (payment.charge_status !== 'charged') {
      await this.chargeOne(orderId);
      payment = (await this.payments.findByOrder(this.dataSource.manager, orderId))!;
    }
    const answer = await this.payer.pay(payableFrom(payment));
    if (!answer.paid) {
      if (isPayerRefusalCode(answer.code)) throw paymentErrors.payerRefused(answer.code, answer.message);
      throw paymentErrors.payNowUnavailable();
    }
    const after = (await this.payments.findByOrder(this.dataSource.manager, orderId))!;
    return { orderId, paymentState: after.state, amount: after.amount };
  }

  private async applyVerified(tx: Transaction, notification: Record<string, unknown>): Promise<string> {
    const gatewayOrderId = String(notification.order_id);
    // The gateway's order id is the order's own id (see open): the order is locked first, then its payment, the
    // order every change of an order takes. Read under the locks: a copy of this notification may have changed it
    // while this one waited.
    const classId = await this.requireHooks().lock(tx, gatewayOrderId);
    // The class clock travels with the payment's lock (read along): its class is the locked order's.
    const clockRead = classId ? readAlong(tx.manager, (manager) => this.clock.now(classId, manager)) : null;
    const payment = await this.payments.findByGatewayOrderIdForUpdate(tx.manager, gatewayOrderId);
    if (!payment) return 'unknown_order';
    const simNowOf = () => (clockRead && payment.class_id === classId ? clockRead : this.clock.now(payment.class_id, tx.manager));
    if (payment.order_id !== gatewayOrderId) throw new Error(`payment ${payment.id}: its gateway order id is not its order's id`);
    if (parseGrossAmount(notification.gross_amount) !== payment.amount) {
      await tx.record({
        type: 'payment.amount_mismatch',
        classId: payment.class_id,
        payload: { orderId: payment.order_id, expected: payment.amount, notified: notification.gross_amount ?? null },
        rooms: [rooms.facilitators(payment.class_id)],
      });
      return 'amount_mismatch';
    }
    const applied = applyNotification(payment.state, notification);
    if (applied.outcome === 'settled_after_close') {
      // Money arrived for an order already cancelled: the order stays cancelled, the money is posted and refunded to
      // the buyer at once (once: the row remembers it), and buyer, seller and facilitators hear of it.
      const simNow = await simNowOf();
      if (await this.payments.markSettledAfterClose(tx.manager, payment.id, simNow)) {
        await this.requireHooks().settledAfterClose(tx, payment.order_id, { simNow });
      } else {
        return 'duplicate';
      }
      await tx.record({
        type: 'payment.settled_after_close',
        classId: payment.class_id,
        payload: { orderId: payment.order_id, amount: payment.amount, paymentState: payment.state },
        rooms: [rooms.facilitators(payment.class_id)],
      });
    }
    if (applied.outcome !== 'applied') return applied.outcome;
    const context = { simNow: await simNowOf() };
    if (applied.effect === 'settle') {
      await this.payments.markSettled(tx.manager, payment.id, context.simNow);
      await this.requireHooks().settled(tx, payment.order_id, context);
    } else if (applied.effect === 'expire' || applied.effect === 'cancel') {
      await this.payments.markClosed(tx.manager, payment.id, applied.state as 'expired' | 'cancelled');
      await this.requireHooks().closed(tx, payment.order_id, context);
    }
    return applied.outcome;
  }

  /**
   * GET /v2/{id}/status; null when the gateway does not know the transaction (or refused the question). With
   * `distinguish`, an unreachable gateway answers 'unreachable' instead of null.
   */
  private async gatewayStatus(gatewayOrderId: string, distinguish?: false): Promise<GatewayReply | null>;
  private async gatewayStatus(gatewayOrderId: string, distinguish: true): Promise<GatewayReply | null | 'unreachable'>;
  private async gatewayStatus(gatewayOrderId: string, distinguish = false): Promise<GatewayReply | null | 'unreachable'> {
    try {
      return await this.gateway.status(gatewayOrderId);
    } catch (error) {
      const unreachable = error instanceof GatewayError && (error.statusCode === null || Number(error.statusCode) >= 500);
      this.logger.warn({ msg: 'gateway status check failed', gatewayOrderId, err: error });
      return unreachable && distinguish ? 'unreachable' : null;
    }
  }

  /**
   * Claims the payment, charges it, stores the instructions. ok: the gateway holds a transaction for it; row: the
   * payment as this charge stored it (null when another request charged it, or the charge failed).
   */
  private async chargeOne(orderId: string, classClock?: ClockView): Promise<{ ok: boolean; row: PaymentRow | null }> {
    const manager = this.dataSource.manager;
    const claimed = await this.payments.claimCharge(manager, orderId);
    if (!claimed) return { ok: await this.chargedByOther(orderId), row: null };
    try {
      const clock = classClock?.classId === claimed.class_id ? classClock : await this.clock.get(claimed.class_id);
      const dueSim = claimed.due_sim_at ?? clock.simNow;
      const body = { ...claimed.charge_request, custom_expiry: customExpiry(dueSim, clock, new Date()), metadata: classClockMetadata(dueSim, clock) };
      const row = await this.payments.storeCharge(manager, orderId, await this.chargeOrRecover(claimed, body));
      return { ok: true, row };
    } catch (error) {
      this.logger.warn({ msg: 'charging the payment failed; the buyer may retry', orderId, err: error });
      await this.payments.failCharge(manager, orderId, error instanceof Error ? error.message : String(error));
      return { ok: false, row: null };
    }
  }

  /**
   * Another request is charging this payment (a double tap's first copy): wait for its answer rather than give
   * the buyer a page without a VA number. Gives up after a while (the other request may have died; its claim
   * goes stale and the retry button takes over).
   */
  private async chargedByOther(orderId: string): Promise<boolean> {
    const deadline = Date.now() + CHARGE_WAIT_MS;
    for (;;) {
      const status = (await this.payments.findByOrder(this.dataSource.manager, orderId))?.charge_status;
      if (status !== 'charging' || Date.now() > deadline) return status === 'charged';
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A 406 (order id already used) means an earlier attempt reached the gateway after all: read that transaction. */
  private async chargeOrRecover(payment: PaymentRow, body: Record<string, unknown>): Promise<GatewayInstructions> {
    try {
      return instructionsFrom(await this.gateway.charge(body));
    } catch (error) {
      if (error instanceof GatewayError && error.statusCode === '406') return instructionsFrom(await this.gateway.status(payment.gateway_order_id));
      throw error;
    }
  }

  private requireHooks(): PaymentHooks {
    if (!this.hooks) throw new Error('The orders capability has not registered its payment hooks');
    return this.hooks;
  }
}

/** What is kept of a refused notification: never more than a few hundred bytes. */
export function refusedDigest(body: unknown): Record<string, unknown> {
  const text = JSON.stringify(body ?? null) ?? 'null';
  const keys = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body).slice(0, 20).map((key) => key.slice(0, 40)) : [];
  return { refused: true, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), keys };
}

/** What a gateway status reply means, read as a notification would be. */
function effectOf(reply: Record<string, unknown>) {
  return notificationEffect({ transaction_status: reply.transaction_status, fraud_status: reply.fraud_status });
}

/** An SVG QR as a data URL: sharp on any screen, a few hundred bytes, and quick to draw. */
async function qrDataUrl(text: string): Promise<string> {
  const svg = await qrSvg(text);
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

async function instructionsView(row: PaymentRow): Promise<OrderPaymentView['instructions']> {
  return {
    vaNumber: row.va_number,
    bank: row.bank,
    billKey: row.bill_key,
    billerCode: row.biller_code,
    paymentCode: row.payment_code,
    store: row.store,
    qrImageDataUrl: row.qr_string ? await qrDataUrl(row.qr_string) : null,
    payerUrl: row.payer_url,
    howToPayKey: howToPayKey(row.method),
    howToPaySteps: howToPaySteps(row.method),
  };
}
