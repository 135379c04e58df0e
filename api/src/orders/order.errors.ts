// Codes the orders capability owns for refused transitions; the client translates by code, never by message.
import { DomainError } from '../common/errors/domain-error.js';

export const ORDER_TRANSITION_ERROR_CODES = [
  'INVALID_TRANSITION',
  'NOT_ALLOWED',
  'PAYMENT_NOT_CONFIRMED',
  'NOT_PAID',
  'CANCEL_REASON_REQUIRED',
  'DEADLINE_NOT_REACHED',
] as const;
export type OrderTransitionErrorCode = (typeof ORDER_TRANSITION_ERROR_CODES)[number];

const messages: Record<OrderTransitionErrorCode, string> = {
  INVALID_TRANSITION: 'Status pesanan tidak bisa diubah seperti itu.',
  NOT_ALLOWED: 'Anda tidak berhak mengubah status pesanan ini.',
  // The fraud lesson: a "bukti transfer" in chat never pays an order.
  PAYMENT_NOT_CONFIRMED: 'Hanya sistem pembayaran yang bisa menandai pesanan lunas. Bukti transfer di chat tidak mengubah pesanan.',
  NOT_PAID: 'Pesanan belum dibayar. Jangan kirim barang sebelum sistem mengonfirmasi pembayaran.',
  CANCEL_REASON_REQUIRED: 'Pilih alasan pembatalan.',
  DEADLINE_NOT_REACHED: 'Batas waktunya belum lewat.',
};

const statuses: Record<OrderTransitionErrorCode, number> = {
  INVALID_TRANSITION: 409,
  NOT_ALLOWED: 403,
  PAYMENT_NOT_CONFIRMED: 403,
  NOT_PAID: 409,
  CANCEL_REASON_REQUIRED: 400,
  DEADLINE_NOT_REACHED: 409,
};

export function orderTransitionMessage(code: OrderTransitionErrorCode): string {
  return messages[code];
}

export function orderTransitionError(code: OrderTransitionErrorCode): DomainError {
  return new DomainError(statuses[code], code, messages[code]);
}
