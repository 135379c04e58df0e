// Codes the payments capability owns; the client translates by code.
import { domainErrorsOf } from '../common/errors/domain-error.js';

/**
 * The payer side's refusals (the simulator's bank app), passed on by "Bayar sekarang". The simulator is an outside
 * party reached over HTTP, so this is the marketplace's own copy of its protocol's codes, held equal to the
 * simulator's by api/src/openapi/error-codes.spec.ts.
 */
export const PAYER_REFUSAL_CODES = ['VA_NOT_FOUND', 'ALREADY_PAID', 'VA_CLOSED', 'VA_EXPIRED', 'AMOUNT_MISMATCH'] as const;
export type PayerRefusalCode = (typeof PAYER_REFUSAL_CODES)[number];

export function isPayerRefusalCode(code: string | null): code is PayerRefusalCode {
  return (PAYER_REFUSAL_CODES as readonly (string | null)[]).includes(code);
}

export const PAYMENT_ERROR_CODES = [
  'INVALID_SIGNATURE',
  'NOTHING_TO_PAY',
  'PAYMENT_GATEWAY_UNAVAILABLE',
  'PAY_NOW_UNAVAILABLE',
  'PAYER_SIMULATOR_UNAVAILABLE',
  /** Defined here, the lowest layer that answers it (payments sits below orders); orders and the layers after reuse it. */
  'ORDER_NOT_FOUND',
] as const;

const error = domainErrorsOf([...PAYMENT_ERROR_CODES, ...PAYER_REFUSAL_CODES]);

export const paymentErrors = {
  /** A notification whose signature_key does not match: forged, or signed with another server key. */
  invalidSignature: () => error(401, 'INVALID_SIGNATURE', 'The notification signature is not valid'),
  /** Pay-now or a charge retry on an order that is paid, closed, or COD. */
  nothingToPay: () => error(409, 'NOTHING_TO_PAY', 'This order is not waiting for a payment'),
  /** The gateway could not be reached, or refused; the order keeps waiting for payment and the buyer may retry. */
  gatewayUnavailable: (detail: string) => error(502, 'PAYMENT_GATEWAY_UNAVAILABLE', `The payment gateway cannot be reached right now. ${detail}`.trim()),
  /** The built-in simulator's payer side answered something other than a payer's refusal (busy, rate-limited, broken). */
  payNowUnavailable: () => error(409, 'PAY_NOW_UNAVAILABLE', 'The payment simulator cannot process "Bayar sekarang" yet; try again shortly'),
  /** "Bayar sekarang" or a persona payment with a real gateway configured: only the built-in simulator has a payer side to drive. */
  payerSimulatorUnavailable: () =>
    error(409, 'PAYER_SIMULATOR_UNAVAILABLE', 'Automatic payment needs the built-in payment simulator; pay through the configured gateway\'s own simulator'),
  /** The simulator's payer side refused (VA_EXPIRED, ALREADY_PAID, …): its code, passed on. */
  payerRefused: (code: PayerRefusalCode, message: string) => error(409, code, message),
  orderNotFound: () => error(404, 'ORDER_NOT_FOUND', 'No such order'),
};
