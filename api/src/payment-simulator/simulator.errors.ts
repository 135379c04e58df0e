// Codes of the simulator's payer side (the "bank app"); the client's payer screen translates them.
import { DomainError } from '../common/errors/domain-error.js';
import type { PayerRefusal } from './midtrans-protocol.js';

const refusals: Record<PayerRefusal, { status: number; message: string }> = {
  VA_NOT_FOUND: { status: 404, message: 'Nomor pembayaran tidak ditemukan. Periksa lagi nomornya.' },
  ALREADY_PAID: { status: 409, message: 'Tagihan ini sudah dibayar.' },
  VA_CLOSED: { status: 409, message: 'Tagihan ini sudah dibatalkan oleh penjual.' },
  VA_EXPIRED: { status: 409, message: 'Batas waktu pembayaran sudah lewat. Nomor ini tidak bisa dibayar lagi.' },
  AMOUNT_MISMATCH: { status: 400, message: 'Jumlah harus sama persis dengan tagihan.' },
};

export const simulatorErrors = {
  refused: (code: PayerRefusal) => new DomainError(refusals[code].status, code, refusals[code].message),
};
