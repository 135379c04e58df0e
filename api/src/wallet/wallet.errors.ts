// Codes the wallet owns (ledger, bank account, withdrawal, settings); the client translates them by `errors.<CODE>`.
import { DomainError } from '../common/errors/domain-error.js';
import { idempotencyErrors } from '../common/errors/idempotency.errors.js';
import { catalogErrors } from '../catalog/catalog.errors.js';

export const walletErrors = {
  noShop: catalogErrors.noShop,
  unknownBank: (bankCode: string) => new DomainError(400, 'UNKNOWN_BANK', 'Bank ini tidak ada di daftar.', { bankCode }),
  accountNumberDigits: () => new DomainError(400, 'ACCOUNT_NUMBER_DIGITS', 'Nomor rekening hanya berisi angka.'),
  accountNumberLength: (bankCode: string, lengths: number[]) =>
    new DomainError(400, 'ACCOUNT_NUMBER_LENGTH', `Nomor rekening ${bankCode.toUpperCase()} harus ${lengths.join(' atau ')} angka.`, { bankCode, lengths }),
  holderNameInvalid: () => new DomainError(400, 'HOLDER_NAME_INVALID', 'Tulis nama pemilik rekening.'),
  ownershipNotConfirmed: () =>
    new DomainError(400, 'BANK_OWNERSHIP_NOT_CONFIRMED', 'Pastikan nama dari bank adalah nama Anda sendiri, lalu centang konfirmasi.'),
  holderNameChanged: () =>
    new DomainError(409, 'BANK_NAME_CHECK_CHANGED', 'Nama dari bank berbeda dengan yang Anda konfirmasi. Cek rekening lagi.'),
  bankAccountNotFound: () => new DomainError(404, 'BANK_ACCOUNT_NOT_FOUND', 'Belum ada rekening bank terdaftar.'),
  bankAccountRejected: () =>
    new DomainError(409, 'BANK_ACCOUNT_REJECTED', 'Bank menolak rekening ini (rekening ditutup). Daftarkan rekening lain.'),
  belowMinimum: (minimum: number) =>
    new DomainError(400, 'WITHDRAWAL_BELOW_MINIMUM', `Penarikan minimal Rp ${minimum.toLocaleString('id-ID')}.`, { minimum }),
  insufficientBalance: (available: number) =>
    new DomainError(409, 'INSUFFICIENT_BALANCE', 'Saldo tidak cukup.', { available }),
  idempotencyKeyRequired: idempotencyErrors.keyRequired,
  idempotencyKeyReused: () => new DomainError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request'),
  invalidSettings: (problems: string[]) => new DomainError(400, 'INVALID_WALLET_SETTINGS', problems.join('; ')),
  shopNotInClass: catalogErrors.shopNotFound,
  unbalancedPosting: (problems: string[]) => new Error(`refusing an unbalanced journal entry: ${problems.join(', ')}`),
};

export const promotionErrors = {
  productNotFound: () => new DomainError(404, 'PRODUCT_NOT_FOUND', 'Produk tidak ditemukan.'),
  productNotActive: () => new DomainError(409, 'PROMOTION_PRODUCT_INACTIVE', 'Hanya produk yang sedang dijual yang bisa diiklankan.'),
  alreadyPromoted: (endsAt: string) =>
    new DomainError(409, 'PROMOTION_ALREADY_ACTIVE', 'Produk ini sedang diiklankan.', { endsAt }),
  insufficientBalance: (available: number, fee: number) =>
    new DomainError(409, 'INSUFFICIENT_BALANCE', 'Saldo tidak cukup untuk iklan ini.', { available, fee }),
};
