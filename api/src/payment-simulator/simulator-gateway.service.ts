import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import sharp from 'sharp';
import { SelfUrl } from '../common/http/self-url.js';
import { qrSvg } from '../common/qr/qr-svg.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { commitWithNextStatement } from '../database/deferred-begin.js';
import { publicBaseUrl } from '../config/public-url.js';
import {
  actionResponse,
  CANNOT_MODIFY,
  chargeResponse,
  DUPLICATE_ORDER_ID,
  type GatewayAction,
  httpStatusOf,
  isNumberChannel,
  merchantAction,
  type MidtransError,
  NOT_FOUND,
  parseChargeRequest,
  type SimLinks,
  statusResponse,
  UNAUTHORIZED,
} from './midtrans-protocol.js';
import { randomPaymentCode } from './payment-codes.js';
import { expiryDue, SimTransactions } from './sim-transactions.js';
import { SimulatorNotifier } from './simulator-notifier.js';

export interface MidtransReply {
  httpStatus: number;
  body: Record<string, unknown>;
}

function reply(body: MidtransError | Record<string, unknown>): MidtransReply {
  return { httpStatus: httpStatusOf(String(body.status_code)), body: { ...body } };
}

/**
 * The merchant's side of the simulator, as Midtrans' Core API answers it: charge, status, cancel and expire, with
 * the server key as Basic auth, and the QR image of a QRIS or GoPay charge.
 */
@Injectable()
export class SimulatorGateway {
  private readonly logger = new Logger(SimulatorGateway.name);
  private readonly keyDigest: Buffer;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly selfUrl: SelfUrl,
    private readonly transactions: SimTransactions,
    private readonly notifier: SimulatorNotifier,
  ) {
    this.keyDigest = createHash('sha256').update(env.paymentServerKey).digest();
  }

  /** Basic auth with the server key as the user name and an empty password, as Midtrans does. */
  authenticate(authorization: string | undefined): boolean {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(authorization ?? '');
    if (!match) return false;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
    return timingSafeEqual(createHash('sha256').update(user).digest(), this.keyDigest);
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
    const created = await this.transactions.transaction(async (manager) => {
      // A random number in the bank's format; on the rare clash with a live number (the unique (channel, pay_number)
      // constraint), another draw. A clash on order_id is Midtrans' 406.
      for (let attempt = 0; ; attempt++) {
        const payNumber = isNumberChannel(charge.channel) ? randomPaymentCode(charge.channel) : transactionId;
        const transaction = await this.transactions.insert(manager, transactionId, payNumber, charge, body, notificationUrl);
        if (transaction) {
          // The transaction's last statement: it carries the COMMIT (deferred-begin.ts).
          commitWithNextStatement(manager);
          await this.notifier.scheduleExpiry(manager, transactionId, transaction.expiryTime);
          return transaction;
        }
        if (await this.transactions.orderIdTaken(manager, charge.orderId)) return null;
        if (attempt >= 20) throw new Error(`no free ${charge.channel} number after ${attempt + 1} draws`);
      }
    });
    if (!created) return reply(DUPLICATE_ORDER_ID);
    return reply(chargeResponse(created, this.links(created.transactionId, requestHost)));
  }

  /** GET /v2/:id/status, by order id or transaction id. */
  async status(id: string, requestHost: string | undefined): Promise<MidtransReply> {
    // Read as it stands (one round trip, no transaction); only a pending VA past its expiry is changed, under the lock.
    const seen = await this.transactions.find(id);
    const found = seen && expiryDue(seen.row) ? await this.transactions.withTransaction(id, (manager, locked) => this.transactions.expireIfDue(manager, locked)) : seen;
    if (!found) return reply(NOT_FOUND);
    // An expiry noticed just now: the merchant hears it after this answer, as with cancel and expire.
    if ('notification' in found && found.notification) void this.notifier.deliverNow(found.notification);
    return reply(statusResponse(found.transaction, this.links(found.transaction.transactionId, requestHost)));
  }

  /** POST /v2/:id/cancel and /v2/:id/expire: only a pending transaction changes; the merchant hears it too. */
  async merchantChange(id: string, action: GatewayAction): Promise<MidtransReply> {
    const result = await this.transactions.withTransaction(id, async (manager, locked) => {
      const allowed = merchantAction({ status: locked.transaction.status }, action);
      return allowed.ok ? { changed: await this.transactions.changeStatus(manager, locked, allowed.to) } : { changed: null };
    });
    if (!result) return reply(NOT_FOUND);
    if (!result.changed) return reply(CANNOT_MODIFY);
    // Not awaited: the merchant hears the notification like any other, after this answer.
    void this.notifier.deliverNow(result.changed.notification);
    return reply(actionResponse(result.changed.transaction, action));
  }

  /** The QR image of a QRIS or GoPay charge: it opens the payer page. Null for anything else. */
  async qrPng(transactionId: string, requestHost: string | undefined): Promise<Buffer | null> {
    if (!(await this.transactions.qrChannel(transactionId))) return null;
    // Drawn as SVG and rasterised by sharp: the pure-JS PNG encoder is much slower.
    const svg = await qrSvg(this.links(transactionId, requestHost).payerPage);
    return sharp(Buffer.from(svg)).resize(320, 320, { kernel: 'nearest' }).png().toBuffer();
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

  private links(transactionId: string, requestHost: string | undefined): SimLinks {
    const base = publicBaseUrl(this.env.publicUrl, requestHost);
    return { payerPage: `${base}/simulator/bayar/${transactionId}`, qrImage: `${base}/api/simulator/v2/qris/${transactionId}/qr-code` };
  }
}
