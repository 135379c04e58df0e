// Codes the orders capability owns for refused transitions; the client translates by code, never by message.
import { DomainError } from '../common/errors/domain-error.js';
import { idempotencyErrors } from '../common/errors/idempotency.errors.js';
import { catalogErrors } from '../catalog/catalog.errors.js';

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

/** Codes of the cart, the checkout and the order pages (400 for what the request got wrong, 409 for what changed). */
export const orderErrors = {
  notFound: () => new DomainError(404, 'ORDER_NOT_FOUND', 'Pesanan tidak ditemukan.'),
  cartEmpty: () => new DomainError(400, 'CART_EMPTY', 'Keranjang masih kosong.'),
  cartFull: (max: number) => new DomainError(400, 'CART_FULL', `Keranjang paling banyak berisi ${max} produk.`),
  productNotAvailable: (productId: string) =>
    new DomainError(409, 'PRODUCT_NOT_AVAILABLE', 'Produk ini sudah tidak dijual.', { productId }),
  ownProduct: (productId: string) => new DomainError(400, 'OWN_PRODUCT', 'Anda tidak bisa membeli produk dari toko sendiri.', { productId }),
  belowMinOrder: (productId: string, minOrder: number) =>
    new DomainError(400, 'BELOW_MIN_ORDER', `Pembelian minimal ${minOrder} untuk produk ini.`, { productId, minOrder }),
  outOfStock: (productId: string, available: number) =>
    new DomainError(409, 'OUT_OF_STOCK', available > 0 ? `Stok tinggal ${available}.` : 'Stok habis.', { productId, available }),
  courierRequired: (shopId: string) => new DomainError(400, 'COURIER_REQUIRED', 'Pilih kurir untuk setiap toko.', { shopId }),
  shopNotInCheckout: (shopId: string) => new DomainError(400, 'SHOP_NOT_IN_CHECKOUT', 'Toko ini tidak ada di pesanan.', { shopId }),
  courierNotAvailable: (shopId: string, courierCode: string) =>
    new DomainError(409, 'COURIER_NOT_AVAILABLE', 'Kurir ini tidak bisa mengirim pesanan ini ke alamat tujuan. Pilih kurir lain.', { shopId, courierCode }),
  codNotAvailable: (shopId: string, courierCode: string) =>
    new DomainError(409, 'COD_NOT_AVAILABLE', 'Kurir ini tidak melayani bayar di tempat (COD).', { shopId, courierCode }),
  idempotencyKeyRequired: idempotencyErrors.keyRequired,
  idempotencyKeyReused: () =>
    new DomainError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different checkout'),
  noShop: catalogErrors.noShop,
  invalidSettings: (problems: string[]) => new DomainError(400, 'INVALID_ORDER_SETTINGS', problems.join('; ')),
};
