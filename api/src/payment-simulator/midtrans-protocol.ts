// Pure: the subset of the Midtrans Core API the simulator speaks (docs.midtrans.com, "Core API" and "Code statuses"):
// charge requests in, and the charge / status / cancel / expire responses and HTTP notifications out, with Midtrans'
// own status codes (201 pending, 200 success, 407 expired, 404 unknown, 406 duplicate order_id, 412 wrong state) and
// times as "yyyy-MM-dd HH:mm:ss" in GMT+7. The simulator's numbers and links are its own.
import { simulatorGrossAmount, simulatorSignature } from './simulator-signature.js';
import { MANDIRI_BILLER_CODE, type PayableByCode } from './payment-codes.js';
import { isoDate, isoTime, wallClock } from '../common/time/zoned-time.js';

/** What a payer picks in the "bank app": a VA bank, Mandiri bill payment, a minimarket, or a QR / e-wallet. */
export const SIM_CHANNELS = ['bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'cstore_alfamart', 'cstore_indomaret', 'qris', 'gopay'] as const;
export type SimChannel = (typeof SIM_CHANNELS)[number];

export const SIM_STATUSES = ['pending', 'settlement', 'expire', 'cancel'] as const;
export type SimStatus = (typeof SIM_STATUSES)[number];

export function isSimChannel(value: unknown): value is SimChannel {
  return typeof value === 'string' && (SIM_CHANNELS as readonly string[]).includes(value);
}

/** Channels paid by typing a number (the others are paid by opening or scanning the QR link). */
export function isNumberChannel(channel: SimChannel): channel is SimChannel & PayableByCode {
  return channel !== 'qris' && channel !== 'gopay';
}

const DAY_SECONDS = 24 * 60 * 60;
/** Midtrans' defaults: a day for VAs and minimarkets, 15 minutes for QRIS and GoPay. */
const DEFAULT_EXPIRY_SECONDS: Record<SimChannel, number> = {
  bca_va: DAY_SECONDS,
  bni_va: DAY_SECONDS,
  bri_va: DAY_SECONDS,
  mandiri_bill: DAY_SECONDS,
  cstore_alfamart: DAY_SECONDS,
  cstore_indomaret: DAY_SECONDS,
  qris: 15 * 60,
  gopay: 15 * 60,
};
const MAX_EXPIRY_SECONDS = 30 * DAY_SECONDS;
const UNIT_SECONDS = { second: 1, minute: 60, hour: 60 * 60, day: DAY_SECONDS } as const;

export interface ChargeItem {
  id?: string;
  name: string;
  price: number;
  quantity: number;
}

export interface ChargeRequest {
  orderId: string;
  grossAmount: number;
  paymentType: 'bank_transfer' | 'echannel' | 'qris' | 'gopay' | 'cstore';
  bank: 'bca' | 'bni' | 'bri' | null;
  store: 'alfamart' | 'indomaret' | null;
  channel: SimChannel;
  /** Seconds the payer has, from the charge. */
  expirySeconds: number;
  /** What the payer's app shows as the recipient (custom_field1, else a generic name). */
  recipient: string;
  items: ChargeItem[];
  /** The merchant's simulation clock (`metadata.class_clock`), when it sent one: what the payer's screens show. */
  payerClock: PayerClock | null;
}

/**
 * The clock the payer lives by, as the merchant sent it: the order's time and payment deadline, and how fast that
 * clock ran at the charge (0: paused). The gateway still enforces its real `custom_expiry`; the payer's screens
 * show these.
 */
export interface PayerClock {
  orderTime: Date;
  expiryTime: Date;
  speed: number;
}

export type ParsedCharge = { ok: true; charge: ChargeRequest } | { ok: false; response: MidtransError };

export interface MidtransError {
  status_code: string;
  status_message: string;
  validation_messages?: string[];
}

const ORDER_ID = /^[A-Za-z0-9\-_.~]{1,50}$/;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Midtrans accepts 25000 and "25000"; IDR has no cents. */
function wholeRupiah(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+(\.0+)?$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 && n <= 999_999_999_999 ? n : null;
}

function invalid(messages: string[]): ParsedCharge {
  return { ok: false, response: { status_code: '400', status_message: 'One or more parameters in the payload is invalid.', validation_messages: messages } };
}

function channelOf(paymentType: unknown, body: Record<string, unknown>): { channel: SimChannel; bank: ChargeRequest['bank']; store: ChargeRequest['store'] } | string {
  switch (paymentType) {
    case 'bank_transfer': {
      const bank = record(body.bank_transfer)?.bank;
      if (bank === 'bca' || bank === 'bni' || bank === 'bri') return { channel: `${bank}_va`, bank, store: null };
      return 'bank_transfer.bank must be one of bca, bni, bri';
    }
    case 'echannel':
      return { channel: 'mandiri_bill', bank: null, store: null };
    case 'qris':
      return { channel: 'qris', bank: null, store: null };
    case 'gopay':
      return { channel: 'gopay', bank: null, store: null };
    case 'cstore': {
      const store = record(body.cstore)?.store;
      if (store === 'alfamart' || store === 'indomaret') return { channel: `cstore_${store}`, bank: null, store };
      return 'cstore.store must be one of alfamart, indomaret';
    }
    default:
      return 'payment_type must be one of bank_transfer, echannel, qris, gopay, cstore';
  }
}

function expirySeconds(value: unknown, channel: SimChannel): number | string {
  if (value === undefined || value === null) return DEFAULT_EXPIRY_SECONDS[channel];
  const expiry = record(value);
  const unit = expiry?.unit ?? 'minute';
  const duration = expiry?.expiry_duration;
  if (typeof unit !== 'string' || !(unit in UNIT_SECONDS)) return 'custom_expiry.unit must be one of second, minute, hour, day';
  if (!Number.isSafeInteger(duration) || (duration as number) < 1) return 'custom_expiry.expiry_duration must be a whole number ≥ 1';
  const seconds = (duration as number) * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS];
  return seconds > MAX_EXPIRY_SECONDS ? 'custom_expiry is longer than 30 days' : seconds;
}

function items(value: unknown): ChargeItem[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return 'item_details must be an array';
  const parsed: ChargeItem[] = [];
  for (const [i, raw] of value.entries()) {
    const item = record(raw);
    const price = wholeRupiah(item?.price) ?? (item?.price === 0 ? 0 : null);
    const quantity = item?.quantity;
    if (!item || typeof item.name !== 'string' || price === null || !Number.isSafeInteger(quantity) || (quantity as number) < 1) {
      return `item_details[${i}] needs a name, a whole price and a quantity ≥ 1`;
    }
    parsed.push({ ...(typeof item.id === 'string' ? { id: item.id } : {}), name: item.name.slice(0, 50), price, quantity: quantity as number });
  }
  return parsed;
}

/** "2026-12-13 10:00:00 +0700" (custom_expiry.order_time's form) → that moment; null for anything else. */
export function parseZonedMidtransTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2]}${match[3]}${match[4]}:${match[5]}`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** `metadata.class_clock` → the payer's clock; anything missing or malformed → none (real times are shown). */
function payerClock(metadata: unknown): PayerClock | null {
  const clock = record(record(metadata)?.class_clock);
  const orderTime = parseZonedMidtransTime(clock?.order_time);
  const expiryTime = parseZonedMidtransTime(clock?.expiry_time);
  const speed = clock?.speed;
  if (!orderTime || !expiryTime || typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0 || speed > 100_000) return null;
  if (expiryTime.getTime() < orderTime.getTime()) return null;
  return { orderTime, expiryTime, speed };
}

/** What the payer's screens show as the bill's expiry: the merchant's clock when it sent one, else the real one. */
export function payerExpiry(tx: Pick<SimTransaction, 'expiryTime'>, clock: PayerClock | null): Date {
  return clock ? clock.expiryTime : tx.expiryTime;
}

/**
 * A real moment of this transaction (its payment) on the payer's clock: the order's sim time plus the real time
 * since the charge at the clock's speed, never past the sim deadline. A jump or a speed change after the charge is
 * not seen (the merchant tells the gateway nothing after the charge).
 */
export function payerTime(tx: Pick<SimTransaction, 'transactionTime'>, clock: PayerClock | null, realAt: Date): Date {
  if (!clock) return realAt;
  const elapsed = Math.max(0, realAt.getTime() - tx.transactionTime.getTime()) * clock.speed;
  return new Date(Math.min(clock.orderTime.getTime() + elapsed, clock.expiryTime.getTime()));
}

/** A `POST /v2/charge` body → a charge the simulator can create, or Midtrans' 400 with what is wrong. */
export function parseChargeRequest(body: unknown): ParsedCharge {
  const request = record(body);
  if (!request) return invalid(['The request body must be a JSON object']);
  const messages: string[] = [];
  const details = record(request.transaction_details);
  const orderId = details?.order_id;
  const grossAmount = wholeRupiah(details?.gross_amount);
  if (typeof orderId !== 'string' || !ORDER_ID.test(orderId)) messages.push('transaction_details.order_id is required: 1-50 of A-Z a-z 0-9 - _ . ~');
  if (grossAmount === null) messages.push('transaction_details.gross_amount must be a whole amount ≥ 1');
  const route = channelOf(request.payment_type, request);
  if (typeof route === 'string') messages.push(route);
  const seconds = typeof route === 'string' ? 0 : expirySeconds(request.custom_expiry, route.channel);
  if (typeof seconds === 'string') messages.push(seconds);
  const lines = items(request.item_details);
  if (typeof lines === 'string') messages.push(lines);
  else if (lines.length > 0 && grossAmount !== null && lines.reduce((sum, item) => sum + item.price * item.quantity, 0) !== grossAmount) {
    messages.push('transaction_details.gross_amount is not equal to the sum of item_details');
  }
  if (messages.length > 0 || typeof route === 'string' || typeof seconds === 'string' || typeof lines === 'string') return invalid(messages);
  const recipient = typeof request.custom_field1 === 'string' && request.custom_field1.trim() ? request.custom_field1.trim().slice(0, 120) : 'Merchant Midtrans';
  return {
    ok: true,
    charge: {
      orderId: orderId as string,
      grossAmount: grossAmount!,
      paymentType: request.payment_type as ChargeRequest['paymentType'],
      ...route,
      expirySeconds: seconds,
      recipient,
      items: lines,
      payerClock: payerClock(request.metadata),
    },
  };
}

/** "2026-11-28 14:05:09": Midtrans' times, in GMT+7. */
export function midtransTime(at: Date): string {
  const clock = wallClock(at, 'Asia/Jakarta');
  return `${isoDate(clock)} ${isoTime(clock)}`;
}

/** What the simulator knows of one transaction. */
export interface SimTransaction {
  transactionId: string;
  orderId: string;
  paymentType: ChargeRequest['paymentType'];
  bank: string | null;
  store: string | null;
  channel: SimChannel;
  /** The VA number, bill key or payment code; the transaction id for QRIS and GoPay. */
  payNumber: string;
  grossAmount: number;
  status: SimStatus;
  recipient: string;
  transactionTime: Date;
  expiryTime: Date;
  settlementTime: Date | null;
}

export interface SimLinks {
  /** The payer page (the client's `/simulator/bayar/<id>`), what the QR encodes. */
  payerPage: string;
  /** PNG of that QR. */
  qrImage: string;
}

const PAYMENT_TYPE_NAMES: Record<ChargeRequest['paymentType'], string> = {
  bank_transfer: 'Bank Transfer',
  echannel: 'Mandiri Bill',
  qris: 'QRIS',
  gopay: 'GoPay',
  cstore: 'Cstore',
};

/** The fields every response and notification about a transaction carries, with the channel's own. */
export function transactionFields(tx: SimTransaction, links: SimLinks | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    transaction_id: tx.transactionId,
    order_id: tx.orderId,
    merchant_id: 'PASAR-LATIHAN-SIM',
    gross_amount: simulatorGrossAmount(tx.grossAmount),
    currency: 'IDR',
    payment_type: tx.paymentType,
    transaction_time: midtransTime(tx.transactionTime),
    transaction_status: tx.status,
    fraud_status: 'accept',
    expiry_time: midtransTime(tx.expiryTime),
  };
  if (tx.settlementTime) fields.settlement_time = midtransTime(tx.settlementTime);
  switch (tx.paymentType) {
    case 'bank_transfer':
      fields.va_numbers = [{ bank: tx.bank, va_number: tx.payNumber }];
      break;
    case 'echannel':
      fields.bill_key = tx.payNumber;
      fields.biller_code = MANDIRI_BILLER_CODE;
      break;
    case 'cstore':
      fields.payment_code = tx.payNumber;
      fields.store = tx.store;
      break;
    case 'qris':
      fields.acquirer = 'gopay';
      if (links) {
        fields.qr_string = links.payerPage;
        fields.actions = [
          { name: 'generate-qr-code', method: 'GET', url: links.qrImage },
          // Not in Midtrans' QRIS answer: the simulator's payer page, for a phone that cannot scan its own screen.
          { name: 'deeplink-redirect', method: 'GET', url: links.payerPage },
        ];
      }
      break;
    case 'gopay':
      if (links) {
        fields.qr_string = links.payerPage;
        fields.actions = [
          { name: 'generate-qr-code', method: 'GET', url: links.qrImage },
          { name: 'deeplink-redirect', method: 'GET', url: links.payerPage },
        ];
      }
      break;
  }
  return fields;
}

export function chargeResponse(tx: SimTransaction, links: SimLinks): Record<string, unknown> {
  return { status_code: '201', status_message: `Success, ${PAYMENT_TYPE_NAMES[tx.paymentType]} transaction is created`, ...transactionFields(tx, links) };
}

/** GET /v2/:orderId/status: 201 pending, 200 settled (or cancelled: the cancel succeeded), 407 expired. */
export const STATUS_CODES: Record<SimStatus, string> = { pending: '201', settlement: '200', expire: '407', cancel: '200' };

export function statusResponse(tx: SimTransaction, links: SimLinks): Record<string, unknown> {
  return { status_code: STATUS_CODES[tx.status], status_message: 'Success, transaction is found', ...transactionFields(tx, links) };
}

export const NOT_FOUND: MidtransError = { status_code: '404', status_message: "Transaction doesn't exist." };
export const DUPLICATE_ORDER_ID: MidtransError = { status_code: '406', status_message: 'Duplicate order ID. Order ID has already been utilized previously.' };
export const CANNOT_MODIFY: MidtransError = { status_code: '412', status_message: 'Merchant cannot modify the status of the transaction' };
export const UNAUTHORIZED: MidtransError = {
  status_code: '401',
  status_message: 'Access denied due to unauthorized transaction, please check client or server key',
};

export type GatewayAction = 'cancel' | 'expire';

/** Only a pending transaction can be cancelled or expired by the merchant; anything else is Midtrans' 412. */
export function merchantAction(tx: Pick<SimTransaction, 'status'>, action: GatewayAction): { ok: true; to: SimStatus } | { ok: false } {
  if (tx.status !== 'pending') return { ok: false };
  return { ok: true, to: action === 'cancel' ? 'cancel' : 'expire' };
}

export function actionResponse(tx: SimTransaction, action: GatewayAction): Record<string, unknown> {
  const { transaction_id, order_id, payment_type, transaction_time, transaction_status, gross_amount, currency, fraud_status } = transactionFields(tx, null);
  return {
    status_code: action === 'cancel' ? '200' : '407',
    status_message: action === 'cancel' ? 'Success, transaction is canceled' : 'Success, transaction has expired',
    transaction_id,
    order_id,
    payment_type,
    transaction_time,
    transaction_status,
    gross_amount,
    currency,
    fraud_status,
  };
}

/** Notifications: 200 settlement, 201 pending, 202 expire and cancel (Midtrans' samples). */
export const NOTIFICATION_STATUS_CODES: Record<SimStatus, string> = { pending: '201', settlement: '200', expire: '202', cancel: '202' };

/** The HTTP notification, signed: SHA-512 of order_id + status_code + gross_amount + server key. */
export function notificationBody(tx: SimTransaction, serverKey: string): Record<string, unknown> {
  const statusCode = NOTIFICATION_STATUS_CODES[tx.status];
  const fields = transactionFields(tx, null);
  return {
    ...fields,
    status_code: statusCode,
    status_message: 'midtrans payment notification',
    signature_key: simulatorSignature(tx.orderId, statusCode, fields.gross_amount as string, serverKey),
  };
}

/** The HTTP status a Midtrans answer goes out with: 200 for 2xx and for 407 (a found, expired transaction). */
export function httpStatusOf(statusCode: string): number {
  const code = Number(statusCode);
  return code < 300 || code === 407 ? 200 : code;
}

/** Why the payer's bank app refuses a payment. */
export const PAYER_REFUSALS = ['VA_NOT_FOUND', 'ALREADY_PAID', 'VA_CLOSED', 'VA_EXPIRED', 'AMOUNT_MISMATCH'] as const;
export type PayerRefusal = (typeof PAYER_REFUSALS)[number];

/**
 * A payment is refused, in this order: no such bill; already paid; closed by the merchant; past its expiry (even if
 * the expiry job has not run yet); any amount but the exact one (a closed-amount VA takes nothing else).
 */
export function payerRefusal(tx: Pick<SimTransaction, 'status' | 'expiryTime' | 'grossAmount'> | null, amount: number, now: Date): PayerRefusal | null {
  if (!tx) return 'VA_NOT_FOUND';
  if (tx.status === 'settlement') return 'ALREADY_PAID';
  if (tx.status === 'cancel') return 'VA_CLOSED';
  if (tx.status === 'expire' || tx.expiryTime.getTime() <= now.getTime()) return 'VA_EXPIRED';
  if (amount !== tx.grossAmount) return 'AMOUNT_MISMATCH';
  return null;
}
