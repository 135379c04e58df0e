// Pure: the numbers a buyer pays with, in each channel's shape (Midtrans: BCA VA 11 digits = 5-digit company code + 6;
// BNI 16 digits starting 988; BRI 18 digits = 5-digit BRIVA code + 13; Mandiri bill payment = biller code 70012 + 12-digit
// bill key). Minimarket codes and our company codes are the simulator's own. The customer digits are random.
import { randomInt } from 'node:crypto';
// The gateway issues these numbers, so they live with the simulator; the marketplace only shows what the gateway answered.

/** Midtrans's Mandiri biller code ("kode perusahaan") that goes with every bill key. */
export const MANDIRI_BILLER_CODE = '70012';

export interface PaymentCodeFormat {
  /** Fixed digits: the bank's company or client code. */
  prefix: string;
  /** All digits, prefix included. */
  length: number;
}

export const PAYMENT_CODE_FORMATS = {
  bca_va: { prefix: '12708', length: 11 },
  bni_va: { prefix: '98800694', length: 16 },
  bri_va: { prefix: '26215', length: 18 },
  mandiri_bill: { prefix: '89', length: 12 },
  cstore_alfamart: { prefix: '1990', length: 16 },
  cstore_indomaret: { prefix: '2990', length: 14 },
} as const satisfies Record<string, PaymentCodeFormat>;
export type PayableByCode = keyof typeof PAYMENT_CODE_FORMATS;

export function paymentCodeCapacity(method: PayableByCode): number {
  const format: PaymentCodeFormat = PAYMENT_CODE_FORMATS[method];
  return 10 ** (format.length - format.prefix.length);
}

/**
 * A fresh number of a channel: the bank's fixed prefix, then customer digits drawn at random (crypto), so a number
 * says nothing about its neighbours (issue 15: sequential numbers let anyone walk to other classes' bills). The
 * caller keeps numbers unique (the (channel, pay_number) constraint, and a new draw on a clash).
 */
export function randomPaymentCode(method: PayableByCode, draw: (max: number) => number = randomInt): string {
  const format: PaymentCodeFormat = PAYMENT_CODE_FORMATS[method];
  let digits = '';
  for (let i = format.prefix.length; i < format.length; i++) digits += String(draw(10));
  return format.prefix + digits;
}

/** What a payer typed ("127 0800 1234", "12708-001234") → digits only. */
export function normalizePaymentCode(typed: string): string {
  return typed.replace(/[\s.-]/g, '');
}

export function isPaymentCodeOf(method: PayableByCode, typed: string): boolean {
  const format: PaymentCodeFormat = PAYMENT_CODE_FORMATS[method];
  const code = normalizePaymentCode(typed);
  return /^\d+$/.test(code) && code.length === format.length && code.startsWith(format.prefix);
}

/** Which channel a typed number belongs to (the simulator's "bank app" takes any); null when none. */
export function channelOfPaymentCode(typed: string): PayableByCode | null {
  const methods = Object.keys(PAYMENT_CODE_FORMATS) as PayableByCode[];
  return methods.find((method) => isPaymentCodeOf(method, typed)) ?? null;
}
