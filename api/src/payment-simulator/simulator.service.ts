import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { SelfUrl } from '../common/http/self-url.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { publicBaseUrl } from '../config/public-url.js';
import {
  actionResponse,
  chargeResponse,
  CANNOT_MODIFY,
  DUPLICATE_ORDER_ID,
  type ChargeRequest,
  type GatewayAction,
  httpStatusOf,
  isNumberChannel,
  merchantAction,
  type MidtransError,
  NOT_FOUND,
  notificationBody,
  parseChargeRequest,
  type PayerClock,
  payerExpiry,
  payerRefusal,
  payerTime,
  type SimChannel,
  type SimLinks,
  type SimStatus,
  type SimTransaction,
  statusResponse,
  UNAUTHORIZED,
} from './midtrans-protocol.js';
import { normalizePaymentCode, randomPaymentCode } from './payment-codes.js';
import { simulatorErrors } from './simulator.errors.js';

/** Notifications that failed are retried from here, with backoff: 2, 4, 8… seconds, ten times. */
export const NOTIFY_QUEUE = 'simulator-notify';
/** A wake-up at each transaction's real expiry time. */
export const EXPIRE_QUEUE = 'simulator-expire';
/** Unknown numbers (or wrong amounts) one address may try per 10 minutes before the payer side answers 429. */
export const PAYER_MISSES_PER_10_MIN = 10;
/** The durable retry waits this long, so the immediate delivery attempt usually makes it unnecessary. */
const RETRY_FIRST_AFTER_SECONDS = 2;
const DELIVERY_TIMEOUT_MS = 10_000;

export interface MidtransReply {
  httpStatus: number;
  body: Record<string, unknown>;
}

export interface PayerBill {
  transactionId: string;
  channel: SimChannel;
  number: string;
  amount: number;
  recipient: string;
  status: SimStatus;
  expiresAt: string;
}

export interface PayerReceipt {
  transactionId: string;
  status: 'settlement';
  amount: number;
  recipient: string;
  paidAt: string;
  /** Whether the merchant's webhook has already accepted the notification (it is retried if not). */
  merchantNotified: boolean;
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

function reply(body: MidtransError | Record<string, unknown>): MidtransReply {
  return { httpStatus: httpStatusOf(String(body.status_code)), body: { ...body } };
}

/** Raw SQL on the manager's transaction; pg-boss writes its job rows through it too (its `db` option). */
async function execute<Row>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<{ rows: Row[] }> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('execute() needs a transaction');
  const result = await runner.query(sql, parameters, true);
  return { rows: result.records as Row[] };
}

function transactionDb(manager: EntityManager): PgBoss.Db {
  return { executeSql: (text, values) => execute(manager, text, values) };
}

const SELECT = `SELECT transaction_id, order_id, payment_type, bank, store, channel, pay_number, gross_amount, status, recipient,
       request, notification_url, transaction_time, expiry_time, settlement_time FROM sim_transaction`;

/**
 * The payment simulator: a Midtrans-compatible gateway and the payer's "bank app", in the same process but an
 * outside party all the same. It keeps its own tables, knows nothing of orders, and reaches the marketplace only
 * by POSTing signed notifications to its webhook, at least once: each status change writes a notification row
 * and a pg-boss retry job in the same transaction, then tries to deliver at once; the job retries with backoff.
 */
@Injectable()
export class SimulatorService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SimulatorService.name);
  private boss: PgBoss | undefined;
  private readonly keyDigest: Buffer;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly selfUrl: SelfUrl,
    private readonly limiter: RateLimiter,
  ) {
    this.keyDigest = createHash('sha256').update(env.paymentServerKey).digest();
  }

  async onModuleInit(): Promise<void> {
    if (!this.env.databaseUrl) throw new Error('The payment simulator needs the resolved DATABASE_URL');
    const boss = new PgBoss({ connectionString: this.env.databaseUrl, schema: 'pgboss', max: 2, application_name: 'pasar-latihan-simulator' });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss error', err: error }));
    await boss.start();
    await boss.createQueue(NOTIFY_QUEUE, { name: NOTIFY_QUEUE, retryLimit: 10, retryDelay: 2, retryBackoff: true });
    await boss.createQueue(EXPIRE_QUEUE, { name: EXPIRE_QUEUE, retryLimit: 5, retryDelay: 1, retryBackoff: true });
    this.boss = boss;
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = this.started();
    await boss.work<{ notificationId: string }>(NOTIFY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await this.deliver(job.data.notificationId);
    });
    await boss.work<{ transactionId: string }>(EXPIRE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await this.expireWhenDue(job.data.transactionId);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10000 });
    this.boss = undefined;
  }

  /** Basic auth with the server key as the user name and an empty password, as Midtrans does. */
  authenticate(authorization: string | undefined): boolean {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(authorization ?? '');
    if (!match) return false;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
    return timingSafeEqual(createHash('sha256').update(user).digest(), this.keyDigest);
  }

  /**
   * X-Override-Notification is honoured only for this app's own webhook or an address on
   * PAYMENT_NOTIFICATION_ALLOWLIST: otherwise anyone holding the key could make the simulator POST (with retries)
   * wherever they like. Any other address is ignored (logged), and the default webhook is notified.
   */
  private allowedOverride(requested: string | undefined): string | undefined {
    if (!requested) return undefined;
    const normal = (url: string): string | null => {
      try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
      } catch {
        return null;
      }
    };
    const wanted = normal(requested);
    const own = [
      this.env.paymentNotificationUrl,
      `${this.selfUrl.base()}/api/payments/notifications`,
      this.env.publicUrl ? `${this.env.publicUrl}/api/payments/notifications` : undefined,
      ...this.env.paymentNotificationAllowlist,
    ]
      .filter((url): url is string => Boolean(url))
      .map(normal);
    if (wanted && own.includes(wanted)) return wanted;
    this.logger.warn({ msg: 'X-Override-Notification ignored: not this app’s webhook nor on PAYMENT_NOTIFICATION_ALLOWLIST', requested: requested.slice(0, 200) });
    return undefined;
  }

  unauthorized(): MidtransReply {
    return reply(UNAUTHORIZED);
  }

  /** POST /v2/charge. `notificationUrl` is Midtrans' X-Override-Notification; `requestHost` builds the payer links. */
  async charge(body: unknown, requestedNotificationUrl: string | undefined, requestHost: string | undefined): Promise<MidtransReply> {
    const parsed = parseChargeRequest(body);
    if (!parsed.ok) return reply(parsed.response);
    const notificationUrl = this.allowedOverride(requestedNotificationUrl);
    const { charge } = parsed;
    const transactionId = randomUUID();
    const created = await this.dataSource.transaction(async (manager) => {
      // A random number in the bank's format; on the rare clash with a live number (the unique (channel, pay_number)
      // constraint), another draw. A clash on order_id is Midtrans' 406.
      for (let attempt = 0; ; attempt++) {
        const payNumber = isNumberChannel(charge.channel) ? randomPaymentCode(charge.channel) : transactionId;
        const row = await this.insertTransaction(manager, transactionId, payNumber, charge, body, notificationUrl);
        if (row) {
          await this.started().send(EXPIRE_QUEUE, { transactionId }, { startAfter: row.expiry_time, db: transactionDb(manager) });
          return toTransaction(row);
        }
        const taken: unknown[] = await manager.query(`SELECT 1 FROM sim_transaction WHERE order_id = $1`, [charge.orderId]);
        if (taken.length > 0) return null;
        if (attempt >= 20) throw new Error(`no free ${charge.channel} number after ${attempt + 1} draws`);
      }
    });
    if (!created) return reply(DUPLICATE_ORDER_ID);
    return reply(chargeResponse(created, this.links(created.transactionId, requestHost)));
  }

  private async insertTransaction(
    manager: EntityManager,
    transactionId: string,
    payNumber: string,
    charge: ChargeRequest,
    body: unknown,
    notificationUrl: string | undefined,
  ): Promise<TransactionRow | undefined> {
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
    return rows[0];
  }

  /** GET /v2/:id/status, by order id or transaction id. */
  async status(id: string, requestHost: string | undefined): Promise<MidtransReply> {
    const found = await this.withTransaction(id, (manager, row) => this.expireIfDue(manager, row));
    if (!found) return reply(NOT_FOUND);
    // An expiry noticed just now: the merchant hears it after this answer, as with cancel and expire.
    if (found.notificationId) void this.deliverNow(found.notificationId);
    return reply(statusResponse(found.transaction, this.links(found.transaction.transactionId, requestHost)));
  }

  /** POST /v2/:id/cancel and /v2/:id/expire: only a pending transaction changes; the merchant hears it too. */
  async merchantChange(id: string, action: GatewayAction): Promise<MidtransReply> {
    const result = await this.withTransaction(id, async (manager, row) => {
      const allowed = merchantAction({ status: row.status }, action);
      return allowed.ok ? { changed: await this.changeStatus(manager, row, allowed.to) } : { changed: null };
    });
    if (!result) return reply(NOT_FOUND);
    if (!result.changed) return reply(CANNOT_MODIFY);
    // Not awaited: the merchant hears the notification like any other, after this answer.
    void this.deliverNow(result.changed.notificationId);
    return reply(actionResponse(result.changed.transaction, action));
  }

  /**
   * The payer side's limits, per client address: 120 inquiries or payments a minute (a hall of phones each has its
   * own LAN address), and 10 numbers that do not exist per 10 minutes (a payer mistypes a few; a walker many).
   */
  async guarded<T>(ip: string, work: () => Promise<T>): Promise<T> {
    const misses = { bucket: `sim-payer-miss:ip:${ip}`, max: PAYER_MISSES_PER_10_MIN, windowSeconds: 600 };
    await this.limiter.hit([{ bucket: `sim-payer:ip:${ip}`, max: 120, windowSeconds: 60 }]);
    await this.limiter.peek([misses]);
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'VA_NOT_FOUND' || error.code === 'AMOUNT_MISMATCH')) await this.limiter.hit([misses]).catch(() => undefined);
      throw error;
    }
  }

  /** The bank app's inquiry: what this number is for. Unknown → VA_NOT_FOUND; otherwise the bill with its status. */
  async lookup(channel: SimChannel, number: string): Promise<PayerBill> {
    const found = await this.withBill(channel, number, (manager, row) => this.expireIfDue(manager, row));
    if (!found) throw simulatorErrors.refused('VA_NOT_FOUND');
    if (found.notificationId) void this.deliverNow(found.notificationId);
    return found.bill;
  }

  /** The payer page of a QRIS or GoPay charge (`/simulator/bayar/<id>`). */
  async lookupQr(transactionId: string): Promise<PayerBill> {
    const rows: { channel: SimChannel }[] = /^[0-9a-f-]{36}$/i.test(transactionId)
      ? await this.dataSource.query(`SELECT channel FROM sim_transaction WHERE transaction_id = $1 AND channel IN ('qris', 'gopay')`, [transactionId])
      : [];
    if (!rows[0]) throw simulatorErrors.refused('VA_NOT_FOUND');
    return this.lookup(rows[0].channel, transactionId);
  }

  /**
   * The payer confirms: the exact amount, in time, once. Then the notification goes to the merchant; this waits
   * for the first delivery attempt, so that "Berhasil" on the payer's screen usually means the order is paid.
   */
  async pay(channel: SimChannel, number: string, amount: number): Promise<PayerReceipt> {
    const found = await this.withBill(channel, number, async (manager, row) => {
      const current = await this.expireIfDue(manager, row);
      const refusal = payerRefusal(current.transaction, amount, new Date());
      if (refusal) return { ...current, refusal };
      return { ...(await this.changeStatus(manager, row, 'settlement')), refusal: null };
    });
    if (!found) throw simulatorErrors.refused('VA_NOT_FOUND');
    const delivered = found.notificationId ? await this.deliverNow(found.notificationId) : false;
    if (found.refusal) throw simulatorErrors.refused(found.refusal);
    return {
      transactionId: found.bill.transactionId,
      status: 'settlement',
      amount: found.bill.amount,
      recipient: found.bill.recipient,
      paidAt: payerTime(found.transaction, found.clock, found.transaction.settlementTime!).toISOString(),
      merchantNotified: delivered,
    };
  }

  async qrPng(transactionId: string, requestHost: string | undefined): Promise<Buffer | null> {
    if (!/^[0-9a-f-]{36}$/i.test(transactionId)) return null;
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM sim_transaction WHERE transaction_id = $1 AND channel IN ('qris', 'gopay')`, [transactionId]);
    if (rows.length === 0) return null;
    // Drawn as SVG and rasterised by sharp: the pure-JS PNG encoder is much slower.
    const svg = await QRCode.toString(this.links(transactionId, requestHost).payerPage, { type: 'svg', margin: 1 });
    return sharp(Buffer.from(svg)).resize(320, 320, { kernel: 'nearest' }).png().toBuffer();
  }

  /** One delivery attempt; throws on failure so that the pg-boss job is retried with backoff. */
  async deliver(notificationId: string): Promise<void> {
    const rows: { url: string; payload: Record<string, unknown>; delivered_at: Date | null }[] = await this.dataSource.query(
      `SELECT url, payload, delivered_at FROM sim_notification WHERE id = $1`,
      [notificationId],
    );
    const notification = rows[0];
    if (!notification || notification.delivered_at) return;
    let status: number | null = null;
    let failure: string | null = null;
    try {
      const response = await fetch(notification.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'pasar-latihan-payment-simulator' },
        body: JSON.stringify(notification.payload),
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    await this.dataSource.query(
      `UPDATE sim_notification SET attempts = attempts + 1, last_status = $2::int, last_error = $3::varchar,
              delivered_at = CASE WHEN $3::varchar IS NULL THEN now() ELSE delivered_at END
        WHERE id = $1`,
      [notificationId, status, failure?.slice(0, 500) ?? null],
    );
    if (failure) throw new Error(`notification ${notificationId} to ${notification.url} failed: ${failure}`);
  }

  /** Delivers at once if it can; the queued retry takes over when it cannot. */
  private async deliverNow(notificationId: string): Promise<boolean> {
    try {
      await this.deliver(notificationId);
      return true;
    } catch (error) {
      this.logger.warn({ msg: 'notification not delivered; it will be retried', notificationId, err: error });
      return false;
    }
  }

  /** The expiry job: a VA nobody paid closes at its own real expiry time, and the merchant hears `expire`. */
  private async expireWhenDue(transactionId: string): Promise<void> {
    const notificationId = await this.dataSource.transaction(async (manager): Promise<string | null> => {
      const rows: TransactionRow[] = await manager.query(`${SELECT} WHERE transaction_id = $1 FOR UPDATE`, [transactionId]);
      const row = rows[0];
      if (!row || row.status !== 'pending') return null;
      if (row.expiry_time.getTime() > Date.now()) {
        await this.started().send(EXPIRE_QUEUE, { transactionId }, { startAfter: row.expiry_time, db: transactionDb(manager) });
        return null;
      }
      return (await this.changeStatus(manager, row, 'expire')).notificationId;
    });
    if (notificationId) await this.deliverNow(notificationId);
  }

  /**
   * A pending transaction past its expiry time is expired on the spot, whoever looks at it first; the caller
   * delivers the notification once its transaction has committed.
   */
  private async expireIfDue(manager: EntityManager, row: TransactionRow): Promise<{ transaction: SimTransaction; notificationId: string | null }> {
    if (row.status !== 'pending' || row.expiry_time.getTime() > Date.now()) return { transaction: toTransaction(row), notificationId: null };
    return this.changeStatus(manager, row, 'expire');
  }

  /** The status change and its notification (row + retry job) in the caller's transaction. */
  private async changeStatus(manager: EntityManager, row: TransactionRow, to: SimStatus): Promise<{ transaction: SimTransaction; notificationId: string }> {
    const { rows } = await execute<TransactionRow>(
      manager,
      `UPDATE sim_transaction SET status = $2::varchar, updated_at = now(),
              settlement_time = CASE WHEN $2::varchar = 'settlement' THEN now() ELSE settlement_time END
        WHERE transaction_id = $1 RETURNING *`,
      [row.transaction_id, to],
    );
    const transaction = toTransaction(rows[0]!);
    const url = row.notification_url ?? this.env.paymentNotificationUrl ?? `${this.selfUrl.base()}/api/payments/notifications`;
    const { rows: inserted } = await execute<{ id: string }>(
      manager,
      `INSERT INTO sim_notification (transaction_id, url, payload) VALUES ($1, $2, $3) RETURNING id`,
      [row.transaction_id, url, notificationBody(transaction, this.env.paymentServerKey)],
    );
    const notificationId = String(inserted[0]!.id);
    await this.started().send(
      NOTIFY_QUEUE,
      { notificationId },
      { startAfter: RETRY_FIRST_AFTER_SECONDS, retryLimit: 10, retryDelay: 2, retryBackoff: true, db: transactionDb(manager) },
    );
    return { transaction, notificationId };
  }

  /** Runs `work` on the transaction with this order id or transaction id, locked; null when there is none. */
  private async withTransaction<T>(id: string, work: (manager: EntityManager, row: TransactionRow) => Promise<T>): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      const byTransactionId = /^[0-9a-f-]{36}$/i.test(id);
      const rows: TransactionRow[] = await manager.query(
        `${SELECT} WHERE order_id = $1 ${byTransactionId ? 'OR transaction_id = $1::uuid' : ''} LIMIT 1 FOR UPDATE`,
        [id],
      );
      return rows[0] ? work(manager, rows[0]) : null;
    });
  }

  /** Runs `work` on the bill with this number in this channel, locked; null when there is none. */
  private async withBill<T extends { transaction: SimTransaction }>(
    channel: SimChannel,
    number: string,
    work: (manager: EntityManager, row: TransactionRow) => Promise<T>,
  ): Promise<(T & { bill: PayerBill; clock: PayerClock | null }) | null> {
    const payNumber = isNumberChannel(channel) ? normalizePaymentCode(number) : number.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const rows: TransactionRow[] = await manager.query(`${SELECT} WHERE channel = $1 AND pay_number = $2 FOR UPDATE`, [channel, payNumber]);
      const row = rows[0];
      if (!row) return null;
      const result = await work(manager, row);
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

  private links(transactionId: string, requestHost: string | undefined): SimLinks {
    const base = publicBaseUrl(this.env.publicUrl, requestHost);
    return { payerPage: `${base}/simulator/bayar/${transactionId}`, qrImage: `${base}/api/simulator/v2/qris/${transactionId}/qr-code` };
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The payment simulator is not running');
    return this.boss;
  }
}
