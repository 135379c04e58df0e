// Pure: the numbers a buyer pays with, in each channel's shape (Midtrans: BCA VA 11 digits = 5-digit company code + 6;
// BNI 16 digits starting 988; BRI 18 digits = 5-digit BRIVA code + 13; Mandiri bill payment = biller code 70012 + 12-digit
// bill key). Minimarket codes and our company codes are the simulator's own. Deterministic: a sequence and a seed make one number.
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

/**
 * An odd multiplier that 5 does not divide is coprime with every 10^n, so sequence → (sequence × M + seed) mod 10^n
 * is a permutation: distinct sequences never share a number, yet neighbours do not look alike.
 */
const MULTIPLIER = 982_451_653n;

export function paymentCodeCapacity(method: PayableByCode): number {
  const format: PaymentCodeFormat = PAYMENT_CODE_FORMATS[method];
  return 10 ** (format.length - format.prefix.length);
}

/** The `sequence`-th number of a channel (0, 1, 2, …, a counter kept per channel); `seed` varies the look per deployment. */
export function generatePaymentCode(method: PayableByCode, sequence: number, seed = 0): string {
  const format: PaymentCodeFormat = PAYMENT_CODE_FORMATS[method];
  const digits = format.length - format.prefix.length;
  const space = 10n ** BigInt(digits);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || BigInt(sequence) >= space) {
    throw new RangeError(`${method}: sequence must be a whole number from 0 to ${space - 1n}, got ${sequence}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  const customer = (BigInt(sequence) * MULTIPLIER + BigInt(seed)) % space;
  return format.prefix + customer.toString().padStart(digits, '0');
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
