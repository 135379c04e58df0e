// Codes of the simulator's payer side (the "bank app"); the client's payer screen translates them. The marketplace
// passes the same codes on from "Bayar sekarang" (payments/payment.errors.ts#PAYER_REFUSAL_CODES, kept equal to
// PAYER_REFUSALS by api/src/openapi/error-codes.spec.ts): the simulator is an outside party and shares no code.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { PAYER_REFUSALS, type PayerRefusal } from './midtrans-protocol.js';

export const SIMULATOR_ERROR_CODES = PAYER_REFUSALS;

const refusals: Record<PayerRefusal, { status: number; message: string }> = {
  VA_NOT_FOUND: { status: 404, message: 'No bill has this payment number' },
  ALREADY_PAID: { status: 409, message: 'This bill is already paid' },
  VA_CLOSED: { status: 409, message: 'This bill was cancelled by the merchant' },
  VA_EXPIRED: { status: 409, message: 'This bill is past its payment deadline and can no longer be paid' },
  AMOUNT_MISMATCH: { status: 400, message: 'The amount must equal the bill exactly' },
};

const error = domainErrorsOf(SIMULATOR_ERROR_CODES);

export const simulatorErrors = {
  refused: (code: PayerRefusal) => error(refusals[code].status, code, refusals[code].message),
};
