// The payer side's API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

export type SimulatorChannel = components['schemas']['SimulatorChannel'];
export type PayerBill = components['schemas']['PayerBillView'];
export type PayerReceipt = components['schemas']['PayerReceiptView'];

/** Paid by typing a number; QRIS and GoPay are paid by opening the QR's link instead. */
export const NUMBER_CHANNELS = ['bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'cstore_alfamart', 'cstore_indomaret'] as const satisfies readonly SimulatorChannel[];
export type NumberChannel = (typeof NUMBER_CHANNELS)[number];

export function isNumberChannel(value: unknown): value is NumberChannel {
  return typeof value === 'string' && (NUMBER_CHANNELS as readonly string[]).includes(value);
}

/** The refusals the "bank" gives, each translated on the payer screen. */
export const PAYER_REFUSALS = ['VA_NOT_FOUND', 'ALREADY_PAID', 'VA_CLOSED', 'VA_EXPIRED', 'AMOUNT_MISMATCH'] as const;
