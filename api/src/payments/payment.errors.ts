// Codes the payments capability owns; the client translates by code.
import { DomainError } from '../common/errors/domain-error.js';

export const paymentErrors = {
  /** A notification whose signature_key does not match: forged, or signed with another server key. */
  invalidSignature: () => new DomainError(401, 'INVALID_SIGNATURE', 'The notification signature is not valid'),
  /** Pay-now or a charge retry on an order that is paid, closed, or COD. */
  nothingToPay: () => new DomainError(409, 'NOTHING_TO_PAY', 'Pesanan ini tidak sedang menunggu pembayaran.'),
  /** The gateway could not be reached, or refused; the order keeps waiting for payment and the buyer may retry. */
  gatewayUnavailable: (detail: string) => new DomainError(502, 'PAYMENT_GATEWAY_UNAVAILABLE', `Layanan pembayaran sedang tidak bisa dihubungi. ${detail}`.trim()),
  /** The built-in simulator's payer side answered something other than a payer's refusal (busy, rate-limited, broken). */
  payNowUnavailable: () => new DomainError(409, 'PAY_NOW_UNAVAILABLE', 'Simulator pembayaran belum bisa memproses Bayar sekarang. Coba lagi sebentar lagi.'),
  /** "Bayar sekarang" or a persona payment with a real gateway configured: only the built-in simulator has a payer side to drive. */
  payerSimulatorUnavailable: () =>
    new DomainError(409, 'PAYER_SIMULATOR_UNAVAILABLE', 'Pembayaran otomatis hanya tersedia dengan simulator pembayaran bawaan; bayar lewat simulator gateway yang dipakai.'),
  /** The simulator's payer side refused (VA_EXPIRED, ALREADY_PAID, …): its code, passed on. */
  payerRefused: (code: string, message: string) => new DomainError(409, code, message),
  orderNotFound: () => new DomainError(404, 'ORDER_NOT_FOUND', 'Pesanan tidak ditemukan.'),
};
