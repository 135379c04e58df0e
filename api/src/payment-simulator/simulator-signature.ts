// Pure: how the simulator, as the outside gateway, signs the HTTP notifications it sends. Midtrans' formula
// ("Verifying notification authenticity"): signature_key = SHA-512 hex of order_id + status_code + gross_amount + server key.
// Written here on its own, not imported from the marketplace's verifier: two implementations of one published formula,
// so a wrong formula on either side fails the tests instead of agreeing with itself.
import { createHash } from 'node:crypto';

export function simulatorSignature(orderId: string, statusCode: string, grossAmount: string, serverKey: string): string {
  return createHash('sha512').update(orderId + statusCode + grossAmount + serverKey, 'utf8').digest('hex');
}

/** Midtrans writes whole rupiah as a string with two decimals: 25000 → "25000.00". */
export function simulatorGrossAmount(rupiah: number): string {
  if (!Number.isSafeInteger(rupiah) || rupiah < 0) throw new RangeError(`gross_amount is whole rupiah ≥ 0, got ${rupiah}`);
  return `${rupiah}.00`;
}
