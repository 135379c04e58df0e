import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GatewayInstructions } from './gateway-charge.js';
import type { PaymentMethodCode } from './payment-methods.js';
import type { PaymentState } from './payment-status.js';
import { writeBehind } from '../database/deferred-begin.js';

export type ChargeStatus = 'pending' | 'charging' | 'charged' | 'failed' | 'not_needed';

export interface PaymentRow {
  id: string;
  order_id: string;
  class_id: string;
  method: PaymentMethodCode;
  amount: number;
  state: PaymentState;
  gateway_order_id: string;
  charge_status: ChargeStatus;
  charge_attempts: number;
  charge_error: string | null;
  charge_request: Record<string, unknown> | null;
  gateway_transaction_id: string | null;
  va_number: string | null;
  bank: string | null;
  bill_key: string | null;
  biller_code: string | null;
  payment_code: string | null;
  store: string | null;
  qr_string: string | null;
  payer_url: string | null;
  gateway_expires_at: Date | null;
  due_sim_at: Date | null;
  settled_at: Date | null;
  settled_sim_at: Date | null;
  closed_at: Date | null;
}

export interface NewPayment {
  orderId: string;
  classId: string;
  method: PaymentMethodCode;
  amount: number;
  state: PaymentState;
  gatewayOrderId: string;
  chargeStatus: ChargeStatus;
  chargeRequest: Record<string, unknown> | null;
  dueSimAt: Date | null;
  settledSimAt: Date | null;
}

export interface NotificationLogEntry {
  gatewayOrderId: string | null;
  transactionStatus: string | null;
  statusCode: string | null;
  grossAmount: string | null;
  signatureValid: boolean;
  verdict: string;
  remoteAddress: string | null;
  payload: unknown;
}

/** A charge stuck in `charging` this long (a node died mid-call) may be claimed again. */
const STALE_CHARGE = `interval '30 seconds'`;

const text = (value: unknown, max: number): string | null => (typeof value === 'string' ? value.slice(0, max) : null);

/** Payment queries; every method takes the EntityManager of the caller's transaction (or the default one). */
@Injectable()
export class PaymentsRepository {
  async insert(manager: EntityManager, payment: NewPayment): Promise<void> {
    await writeBehind(
      manager,
      `INSERT INTO payment (order_id, class_id, method, amount, state, gateway_order_id, charge_status, charge_request, due_sim_at,
                            settled_at, settled_sim_at)
       VALUES ($1, $2, $3, $4, $5::varchar, $6, $7, $8, $9, CASE WHEN $5::varchar = 'settled' THEN now() END, $10)`,
      [
        payment.orderId,
        payment.classId,
        payment.method,
        payment.amount,
        payment.state,
        payment.gatewayOrderId,
        payment.chargeStatus,
        payment.chargeRequest,
        payment.dueSimAt,
        payment.settledSimAt,
      ],
    );
  }

  /** The webhook's lock: concurrent notifications for one payment queue here, and each sees the last one's state. */
  async findByGatewayOrderIdForUpdate(manager: EntityManager, gatewayOrderId: string): Promise<PaymentRow | null> {
    const rows: PaymentRow[] = await manager.query(`SELECT * FROM payment WHERE gateway_order_id = $1 FOR UPDATE`, [gatewayOrderId]);
    return rows[0] ?? null;
  }

  async findByOrder(manager: EntityManager, orderId: string): Promise<PaymentRow | null> {
    const rows: PaymentRow[] = await manager.query(`SELECT * FROM payment WHERE order_id = $1`, [orderId]);
    return rows[0] ?? null;
  }

  async findByOrders(manager: EntityManager, orderIds: string[]): Promise<PaymentRow[]> {
    if (orderIds.length === 0) return [];
    return manager.query(`SELECT * FROM payment WHERE order_id = ANY($1::uuid[])`, [orderIds]);
  }

  /** Claims the right to call the gateway for this payment, so that two callers never charge it at once. */
  async claimCharge(manager: EntityManager, orderId: string): Promise<PaymentRow | null> {
    const [rows] = (await manager.query(
      `UPDATE payment SET charge_status = 'charging', charge_started_at = now(), charge_attempts = charge_attempts + 1, updated_at = now()
        WHERE order_id = $1 AND state = 'pending'
          AND (charge_status IN ('pending', 'failed') OR (charge_status = 'charging' AND charge_started_at < now() - ${STALE_CHARGE}))
        RETURNING *`,
      [orderId],
    )) as [PaymentRow[], number];
    return rows[0] ?? null;
  }

  /** The payment as charged (null when no charge was under way: another request finished it). */
  async storeCharge(manager: EntityManager, orderId: string, instructions: GatewayInstructions): Promise<PaymentRow | null> {
    const [rows] = (await manager.query(
      `UPDATE payment SET charge_status = 'charged', charge_error = NULL, gateway_transaction_id = $2, va_number = $3, bank = $4,
              bill_key = $5, biller_code = $6, payment_code = $7, store = $8, qr_string = $9, payer_url = $10,
              gateway_expires_at = $11, updated_at = now()
        WHERE order_id = $1 AND charge_status = 'charging'
        RETURNING *`,
      [
        orderId,
        instructions.transactionId,
        instructions.vaNumber,
        instructions.bank,
        instructions.billKey,
        instructions.billerCode,
        instructions.paymentCode,
        instructions.store,
        instructions.qrString,
        instructions.payerUrl,
        instructions.expiresAt,
      ],
    )) as [PaymentRow[], number];
    return rows[0] ?? null;
  }

  async failCharge(manager: EntityManager, orderId: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE payment SET charge_status = 'failed', charge_error = $2, updated_at = now() WHERE order_id = $1 AND charge_status = 'charging'`,
      [orderId, error.slice(0, 500)],
    );
  }

  async markSettled(manager: EntityManager, paymentId: string, settledSimAt: Date): Promise<void> {
    await writeBehind(manager, `UPDATE payment SET state = 'settled', settled_at = now(), settled_sim_at = $2, updated_at = now() WHERE id = $1`, [
      paymentId,
      settledSimAt,
    ]);
  }

  /**
   * Money arrived for a payment already closed (expired or cancelled): remembered on the row (settled_sim_at) so
   * that it is refunded once and the ledger check expects the settlement and its refund. False when seen before.
   */
  async markSettledAfterClose(manager: EntityManager, paymentId: string, settledSimAt: Date): Promise<boolean> {
    const [rows] = (await manager.query(
      `UPDATE payment SET settled_at = now(), settled_sim_at = $2, updated_at = now()
        WHERE id = $1 AND state IN ('expired', 'cancelled') AND settled_sim_at IS NULL RETURNING id`,
      [paymentId, settledSimAt],
    )) as [{ id: string }[], number];
    return rows.length > 0;
  }

  /** The class's closed gateway payments never seen settled: the ones to ask the gateway about in the ledger check. */
  /** The orders of the class whose payment has settled (at any time, also after the order closed). */
  async settledOrderIds(manager: EntityManager, classId: string): Promise<Set<string>> {
    const rows: { order_id: string }[] = await manager.query(`SELECT order_id FROM payment WHERE class_id = $1 AND settled_sim_at IS NOT NULL`, [classId]);
    return new Set(rows.map((row) => row.order_id));
  }

  async closedUnsettled(manager: EntityManager, classId: string): Promise<PaymentRow[]> {
    return manager.query(
      `SELECT * FROM payment WHERE class_id = $1 AND state IN ('expired', 'cancelled') AND settled_sim_at IS NULL
          AND method <> 'cod' AND charge_status IN ('charging', 'charged', 'failed') ORDER BY created_at`,
      [classId],
    );
  }

  async markClosed(manager: EntityManager, paymentId: string, state: 'expired' | 'cancelled'): Promise<void> {
    await manager.query(`UPDATE payment SET state = $2, closed_at = now(), updated_at = now() WHERE id = $1`, [paymentId, state]);
  }

  /** Closes a still-pending payment; null when it was not pending (settled, or already closed). */
  async closePending(manager: EntityManager, orderId: string, state: 'expired' | 'cancelled'): Promise<PaymentRow | null> {
    const [rows] = (await manager.query(
      `UPDATE payment SET state = $2, closed_at = now(), updated_at = now() WHERE order_id = $1 AND state = 'pending' RETURNING *`,
      [orderId, state],
    )) as [PaymentRow[], number];
    return rows[0] ?? null;
  }

  async logNotification(manager: EntityManager, entry: NotificationLogEntry): Promise<void> {
    await writeBehind(
      manager,
      `INSERT INTO payment_notification (gateway_order_id, transaction_status, status_code, gross_amount, signature_valid, verdict,
                                         remote_address, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        text(entry.gatewayOrderId, 100),
        text(entry.transactionStatus, 40),
        text(entry.statusCode, 8),
        text(entry.grossAmount, 40),
        entry.signatureValid,
        entry.verdict,
        text(entry.remoteAddress, 64),
        JSON.stringify(entry.payload ?? null),
      ],
    );
  }
}
