import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { SelfUrl } from '../common/http/self-url.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { commitWithNextStatement, writeBehind } from '../database/deferred-begin.js';
import {
  type ChargeRequest,
  isNumberChannel,
  notificationBody,
  type PayerClock,
  payerExpiry,
  type SimChannel,
  type SimStatus,
  type SimTransaction,
} from './midtrans-protocol.js';
import { normalizePaymentCode } from './payment-codes.js';

/** What the payer's bank app shows for a number: the bill, on the merchant's clock when it sent one. */
export interface PayerBill {
  transactionId: string;
  channel: SimChannel;
  number: string;
  amount: number;
  recipient: string;
  status: SimStatus;
  expiresAt: string;
}

export interface SimNotification {
  url: string;
  payload: Record<string, unknown>;
  delivered_at: Date | null;
}

/** A notification row as it was just written (not yet delivered): what the notifier POSTs, without reading it back. */
export interface NewNotification {
  id: string;
  url: string;
  payload: Record<string, unknown>;
}

interface TransactionRow {
  transaction_id: string;
  order_id: string;
  payment_type: SimTransaction['paymentType'];
  bank: string | null;
  store: string | null;
  channel: SimChannel;
  pay_number: string;
  gross_amount: string;
  status: SimStatus;
  recipient: string;
  request: { items?: { name: string; price: number; quantity: number }[]; payerClock?: { orderTime: string; expiryTime: string; speed: number } | null };
  notification_url: string | null;
  transaction_time: Date;
  expiry_time: Date;
  settlement_time: Date | null;
}

/** The statement that finds a transaction by its order id, or (an id in UUID form) by its transaction id too. */
function byOrderOrTransactionId(id: string): string {
  return `${SELECT} WHERE order_id = $1 ${UUID.test(id) ? 'OR transaction_id = $1::uuid' : ''} LIMIT 1`;
}

/** A pending transaction past its expiry time: the next one to look at it expires it. */
export function expiryDue(row: TransactionRow): boolean {
  return row.status === 'pending' && row.expiry_time.getTime() <= Date.now();
}

/** A transaction as locked for a change, with what the change needs to know of it. */
export interface LockedTransaction {
  readonly row: TransactionRow;
  readonly transaction: SimTransaction;
}

function toTransaction(row: TransactionRow): SimTransaction {
  return {
    transactionId: row.transaction_id,
    orderId: row.order_id,
    paymentType: row.payment_type,
    bank: row.bank,
    store: row.store,
    channel: row.channel,
    payNumber: row.pay_number,
    grossAmount: Number(row.gross_amount),
    status: row.status,
    recipient: row.recipient,
    transactionTime: row.transaction_time,
    expiryTime: row.expiry_time,
    settlementTime: row.settlement_time,
  };
}

/** The clock the merchant sent with the charge, as stored; null when it sent none. */
function payerClockOf(row: TransactionRow): PayerClock | null {
  const stored = row.request.payerClock;
  return stored ? { orderTime: new Date(stored.orderTime), expiryTime: new Date(stored.expiryTime), speed: stored.speed } : null;
}

/** Raw SQL on the manager's transaction; pg-boss writes its job rows through it too (its `db` option). */
async function execute<Row>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<{ rows: Row[] }> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('execute() needs a transaction');
  const result = await runner.query(sql, parameters, true);
  return { rows: result.records as Row[] };
}

/** pg-boss's `db` option on the caller's transaction, so a job is sent only if that transaction commits. */
export function transactionDb(manager: EntityManager): PgBoss.Db {
  return { executeSql: (text, values) => execute(manager, text, values) };
}

const SELECT = `SELECT transaction_id, order_id, payment_type, bank, store, channel, pay_number, gross_amount, status, recipient,
       request, notification_url, transaction_time, expiry_time, settlement_time FROM sim_transaction`;
const UUID = /^[0-9a-f-]{36}$/i;

/**
 * The simulator's own tables (`sim_transaction`, `sim_notification`) and every SQL statement on them: the gateway,
 * the payer and the notifier change transactions only through here, each status change with its notification row
 * in the same database transaction.
 */
@Injectable()
export class SimTransactions {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly selfUrl: SelfUrl,
  ) {}

  /** Runs `work` in one database transaction. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A new pending transaction; undefined when the (channel, number) or the order id is taken. */
  async insert(
    manager: EntityManager,
    transactionId: string,
    payNumber: string,
    charge: ChargeRequest,
    body: unknown,
    notificationUrl: string | undefined,
  ): Promise<SimTransaction | undefined> {
    const { rows } = await execute<TransactionRow>(
      manager,
      `INSERT INTO sim_transaction (transaction_id, order_id, payment_type, bank, store, channel, pay_number, gross_amount,
                                    recipient, request, notification_url, expiry_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now() + make_interval(secs => $12))
       ON CONFLICT DO NOTHING
       RETURNING *`,
      [
        transactionId,
        charge.orderId,
        charge.paymentType,
        charge.bank,
        charge.store,
        charge.channel,
        payNumber,
        charge.grossAmount,
        charge.recipient,
        {
          items: charge.items,
          body,
          payerClock: charge.payerClock
            ? { orderTime: charge.payerClock.orderTime.toISOString(), expiryTime: charge.payerClock.expiryTime.toISOString(), speed: charge.payerClock.speed }
            : null,
        },
        notificationUrl ?? null,
        charge.expirySeconds,
      ],
    );
    return rows[0] ? toTransaction(rows[0]) : undefined;
  }

  async orderIdTaken(manager: EntityManager, orderId: string): Promise<boolean> {
    const taken: unknown[] = await manager.query(`SELECT 1 FROM sim_transaction WHERE order_id = $1`, [orderId]);
    return taken.length > 0;
  }

  /** The channel of a QRIS or GoPay transaction (they are paid from a page, by id); null for anything else. */
  async qrChannel(transactionId: string): Promise<SimChannel | null> {
    if (!UUID.test(transactionId)) return null;
    const rows: { channel: SimChannel }[] = await this.dataSource.query(
      `SELECT channel FROM sim_transaction WHERE transaction_id = $1 AND channel IN ('qris', 'gopay')`,
      [transactionId],
    );
    return rows[0]?.channel ?? null;
  }

  /** Runs `work` on the transaction with this order id or transaction id, locked; null when there is none. */
  async withTransaction<T>(id: string, work: (manager: EntityManager, locked: LockedTransaction) => Promise<T>): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: TransactionRow[] = await manager.query(`${byOrderOrTransactionId(id)} FOR UPDATE`, [id]);
      return rows[0] ? work(manager, { row: rows[0], transaction: toTransaction(rows[0]) }) : null;
    });
  }

  /** The transaction with this order id or transaction id as it stands now, without a lock; null when there is none. */
  async find(id: string): Promise<LockedTransaction | null> {
    const rows: TransactionRow[] = await this.dataSource.query(byOrderOrTransactionId(id), [id]);
    return rows[0] ? { row: rows[0], transaction: toTransaction(rows[0]) } : null;
  }

  /** Like withTransaction, by transaction id only, on the caller's transaction. */
  async lockById(manager: EntityManager, transactionId: string): Promise<LockedTransaction | null> {
    const rows: TransactionRow[] = await manager.query(`${SELECT} WHERE transaction_id = $1 FOR UPDATE`, [transactionId]);
    return rows[0] ? { row: rows[0], transaction: toTransaction(rows[0]) } : null;
  }

  /** Runs `work` on the bill with this number in this channel, locked; null when there is none. */
  async withBill<T extends { transaction: SimTransaction }>(
    channel: SimChannel,
    number: string,
    work: (manager: EntityManager, locked: LockedTransaction) => Promise<T>,
  ): Promise<(T & { bill: PayerBill; clock: PayerClock | null }) | null> {
    const payNumber = isNumberChannel(channel) ? normalizePaymentCode(number) : number.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const rows: TransactionRow[] = await manager.query(`${SELECT} WHERE channel = $1 AND pay_number = $2 FOR UPDATE`, [channel, payNumber]);
      const row = rows[0];
      if (!row) return null;
      const result = await work(manager, { row, transaction: toTransaction(row) });
      const transaction = result.transaction;
      const clock = payerClockOf(row);
      const bill: PayerBill = {
        transactionId: transaction.transactionId,
        channel: transaction.channel,
        number: transaction.payNumber,
        amount: transaction.grossAmount,
        recipient: transaction.recipient,
        status: transaction.status,
        // The payer's screens live on the merchant's (class) clock when it sent one.
        expiresAt: payerExpiry(transaction, clock).toISOString(),
      };
      return { ...result, bill, clock };
    });
  }

  /**
   * A pending transaction past its expiry time is expired on the spot, whoever looks at it first; the caller
   * delivers the notification once its transaction has committed.
   */
  async expireIfDue(manager: EntityManager, locked: LockedTransaction): Promise<{ transaction: SimTransaction; notification: NewNotification | null }> {
    if (!expiryDue(locked.row)) return { transaction: locked.transaction, notification: null };
    return this.changeStatus(manager, locked, 'expire');
  }

  /**
   * The status change and its notification row in the caller's transaction, which ends with them, in one round trip:
   * the changed row is built here from the locked one (a settlement's time is this process's clock), the UPDATE goes
   * behind, and the notification's insert carries it and the COMMIT. Nothing may run in the transaction after it.
   */
  async changeStatus(manager: EntityManager, locked: LockedTransaction, to: SimStatus): Promise<{ transaction: SimTransaction; notification: NewNotification }> {
    const { row } = locked;
    const settlementTime = to === 'settlement' ? new Date() : row.settlement_time;
    await writeBehind(
      manager,
      `UPDATE sim_transaction SET status = $2::varchar, settlement_time = $3::timestamptz, updated_at = now() WHERE transaction_id = $1`,
      [row.transaction_id, to, settlementTime],
    );
    const transaction = toTransaction({ ...row, status: to, settlement_time: settlementTime });
    const url = row.notification_url ?? this.env.paymentNotificationUrl ?? `${this.selfUrl.base()}/api/payments/notifications`;
    const payload = notificationBody(transaction, this.env.paymentServerKey);
    // The last statement of every transaction that changes a status: it carries the COMMIT (deferred-begin.ts).
    commitWithNextStatement(manager);
    const { rows: inserted } = await execute<{ id: string }>(
      manager,
      `INSERT INTO sim_notification (transaction_id, url, payload) VALUES ($1, $2, $3) RETURNING id`,
      [row.transaction_id, url, payload],
    );
    // No retry job here: every caller attempts delivery once this commits, and queues a retry only if that fails
    // (a job per notification was 2 statements per payment and left a backlog of no-op jobs behind a busy hall).
    return { transaction, notification: { id: String(inserted[0]!.id), url, payload } };
  }

  async notification(notificationId: string): Promise<SimNotification | undefined> {
    const rows: SimNotification[] = await this.dataSource.query(`SELECT url, payload, delivered_at FROM sim_notification WHERE id = $1`, [notificationId]);
    return rows[0];
  }

  /** One delivery attempt's outcome: delivered when `failure` is null. */
  async recordAttempt(notificationId: string, status: number | null, failure: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE sim_notification SET attempts = attempts + 1, last_status = $2::int, last_error = $3::varchar,
              delivered_at = CASE WHEN $3::varchar IS NULL THEN now() ELSE delivered_at END
        WHERE id = $1`,
      [notificationId, status, failure?.slice(0, 500) ?? null],
    );
  }

  /** Marks a failed notification as handed to a durable retry, in the transaction that sends the retry job. */
  async markRetryQueued(manager: EntityManager, notificationId: string): Promise<void> {
    await execute(manager, `UPDATE sim_notification SET retry_queued_at = now() WHERE id = $1`, [notificationId]);
  }

  /**
   * Notifications undelivered this long with no retry queued, oldest first: never attempted (the process stopped
   * between the commit and the first attempt), or attempted when no retry could be queued (the app was stopping).
   */
  async unattended(olderThanSeconds: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id::text AS id FROM sim_notification
        WHERE delivered_at IS NULL AND retry_queued_at IS NULL AND created_at < now() - make_interval(secs => $1)
        ORDER BY id LIMIT $2`,
      [olderThanSeconds, limit],
    );
    return rows.map((row) => row.id);
  }
}
