// Pure: the Midtrans notification signature, signature_key = SHA-512 hex of order_id + status_code + gross_amount + server key
// (Midtrans "Verifying notification authenticity"). The simulator signs with it; the webhook checks it in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

export function signatureKey(orderId: string, statusCode: string, grossAmount: string, serverKey: string): string {
  return createHash('sha512').update(`${orderId}${statusCode}${grossAmount}${serverKey}`, 'utf8').digest('hex');
}

/** Midtrans sends whole rupiah as a string with two decimals: 25000 → "25000.00". */
export function formatGrossAmount(rupiah: number): string {
  if (!Number.isSafeInteger(rupiah) || rupiah < 0) throw new RangeError(`gross_amount is whole rupiah ≥ 0, got ${rupiah}`);
  return `${rupiah}.00`;
}

/** "25000.00" (or "25000") → 25000; null for cents, signs, or anything else an order total cannot be. */
export function parseGrossAmount(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(0|[1-9]\d{0,14})(\.00)?$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The fields the signature covers, as the webhook receives them (anything may be missing or of the wrong type). */
export interface SignedNotificationFields {
  order_id?: unknown;
  status_code?: unknown;
  gross_amount?: unknown;
  signature_key?: unknown;
}

const SHA512_HEX = /^[0-9a-f]{128}$/i;

/** True only for a notification signed with this server key; the comparison takes the same time wherever the bytes differ. */
export function verifySignature(notification: SignedNotificationFields, serverKey: string): boolean {
  const { order_id: orderId, status_code: statusCode, gross_amount: grossAmount, signature_key: given } = notification;
  if (typeof orderId !== 'string' || typeof statusCode !== 'string' || typeof grossAmount !== 'string') return false;
  if (typeof given !== 'string' || !SHA512_HEX.test(given) || serverKey === '') return false;
  const expected = Buffer.from(signatureKey(orderId, statusCode, grossAmount, serverKey), 'hex');
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}
