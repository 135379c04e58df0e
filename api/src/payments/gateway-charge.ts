// Pure: the marketplace's side of a Midtrans Core API charge (docs.midtrans.com "Charge" and "Custom expiry"): the
// request for one order, the VA's lifetime in REAL minutes from the order's sim-time deadline, and the instructions
// (VA number, bill key, payment code, QR) read back from a charge or status answer.
import { midtransChargeFields, type PaymentMethodCode } from './payment-methods.js';
import { isoDate, isoTime, wallClock } from '../common/time/zoned-time.js';

export interface ChargeItem {
  id: string;
  name: string;
  /** Whole rupiah per unit. */
  price: number;
  quantity: number;
}

export interface ChargeSubject {
  /** The order id the gateway knows the payment by (our order's uuid: Midtrans allows no "/" of invoice numbers). */
  gatewayOrderId: string;
  method: Exclude<PaymentMethodCode, 'cod'>;
  amount: number;
  invoiceNumber: string;
  /** What the payer's bank app shows: "Pasar Latihan – Toko Sriyati". */
  recipient: string;
  /** Products, shipping and fee; they add up to `amount`, as Midtrans requires. */
  items: ChargeItem[];
  customer: { firstName: string; phone: string };
}

const MAX_ITEM_NAME = 50;

/** The charge body without `custom_expiry` (that depends on the clock at the moment of charging). */
export function chargeRequestBody(subject: ChargeSubject): Record<string, unknown> {
  const sum = subject.items.reduce((total, item) => total + item.price * item.quantity, 0);
  if (sum !== subject.amount) throw new RangeError(`Charge items add up to ${sum}, not the amount ${subject.amount}`);
  return {
    ...midtransChargeFields(subject.method, subject.invoiceNumber),
    transaction_details: { order_id: subject.gatewayOrderId, gross_amount: subject.amount },
    item_details: subject.items.map((item) => ({ ...item, name: item.name.slice(0, MAX_ITEM_NAME) })),
    customer_details: { first_name: subject.customer.firstName.slice(0, 255), phone: subject.customer.phone },
    custom_field1: subject.recipient.slice(0, 255),
    custom_field2: subject.invoiceNumber,
  };
}

const MINUTE_MS = 60 * 1000;

/** "2026-11-28 10:00:00 +0700", the form custom_expiry.order_time takes (Midtrans' times are WIB). */
export function midtransOrderTime(realNow: Date): string {
  const clock = wallClock(realNow, 'Asia/Jakarta');
  return `${isoDate(clock)} ${isoTime(clock)} +0700`;
}

/** "2026-11-28 10:03:00" (GMT+7) → that moment; null for anything else. */
export function parseMidtransTime(text: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text.trim());
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2]}+07:00`); // the protocol's GMT+7, written in the text we parse
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * The VA's lifetime at the gateway: the sim time left until the payment deadline, divided by the clock's speed,
 * in whole minutes rounded up (at least one), so at a constant speed the gateway closes the VA just after the
 * marketplace's own deadline has cancelled the order, never before it. A paused clock counts at its speed.
 */
export function customExpiry(dueSim: Date, clock: { simNow: Date; speed: number }, realNow: Date): { order_time: string; expiry_duration: number; unit: 'minute' } {
  const remainingSimMs = Math.max(0, dueSim.getTime() - clock.simNow.getTime());
  const minutes = Math.max(1, Math.ceil(remainingSimMs / Math.max(1, clock.speed) / MINUTE_MS));
  return { order_time: midtransOrderTime(realNow), expiry_duration: minutes, unit: 'minute' };
}

/**
 * Midtrans' free-form `metadata` of a charge, carrying the class clock: the payer's "bank app" is part of the
 * simulation, so it shows the order's time and payment deadline in sim time, as the payment page does. `speed` is 0
 * while the clock is paused. A real gateway keeps and echoes the object and otherwise ignores it; the built-in
 * simulator reads it (it shares no code with the marketplace: this HTTP field is the whole contract).
 */
export function classClockMetadata(
  dueSim: Date,
  clock: { simNow: Date; speed: number; paused: boolean },
): { class_clock: { order_time: string; expiry_time: string; speed: number } } {
  return {
    class_clock: {
      order_time: midtransOrderTime(clock.simNow),
      expiry_time: midtransOrderTime(dueSim),
      speed: clock.paused ? 0 : clock.speed,
    },
  };
}

/** What the buyer pays with, as the gateway answered it. */
export interface GatewayInstructions {
  transactionId: string | null;
  vaNumber: string | null;
  bank: string | null;
  billKey: string | null;
  billerCode: string | null;
  paymentCode: string | null;
  store: string | null;
  /** The QR's content (QRIS / GoPay). */
  qrString: string | null;
  /** Where a phone opens the e-wallet or, for the simulator, the payer page. */
  payerUrl: string | null;
  /** Real time. */
  expiresAt: Date | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function action(response: Record<string, unknown>, name: string): string | null {
  const actions = Array.isArray(response.actions) ? (response.actions as { name?: unknown; url?: unknown }[]) : [];
  return text(actions.find((candidate) => candidate?.name === name)?.url);
}

/** Reads a charge (or status) answer: the VA's number and bank, the bill key, the store code, the QR. */
export function instructionsFrom(response: Record<string, unknown>): GatewayInstructions {
  const va = Array.isArray(response.va_numbers) ? (response.va_numbers[0] as { bank?: unknown; va_number?: unknown } | undefined) : undefined;
  return {
    transactionId: text(response.transaction_id),
    vaNumber: text(va?.va_number) ?? text(response.permata_va_number),
    bank: text(va?.bank),
    billKey: text(response.bill_key),
    billerCode: text(response.biller_code),
    paymentCode: text(response.payment_code),
    store: text(response.store),
    qrString: text(response.qr_string),
    payerUrl: action(response, 'deeplink-redirect'),
    expiresAt: parseMidtransTime(response.expiry_time),
  };
}

/** The number a payer types for this method (the transaction id for QRIS and GoPay, whose QR carries the link). */
export function payerNumber(method: PaymentMethodCode, instructions: Pick<GatewayInstructions, 'vaNumber' | 'billKey' | 'paymentCode' | 'transactionId'>): string | null {
  switch (method) {
    case 'bca_va':
    case 'bni_va':
    case 'bri_va':
      return instructions.vaNumber;
    case 'mandiri_bill':
      return instructions.billKey;
    case 'cstore_alfamart':
    case 'cstore_indomaret':
      return instructions.paymentCode;
    case 'qris':
    case 'gopay':
      return instructions.transactionId;
    case 'cod':
      return null;
  }
}
