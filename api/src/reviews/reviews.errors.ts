// Codes the reviews capability owns; the client translates by code.
import { DomainError } from '../common/errors/domain-error.js';
import { orderErrors } from '../orders/order.errors.js';
import type { ReviewProblem } from './review-rules.js';

const problemMessages: Record<ReviewProblem, string> = {
  RATING_OUT_OF_RANGE: 'Beri 1 sampai 5 bintang.',
  REVIEW_TEXT_TOO_SHORT: 'Tulis ulasan minimal 3 huruf.',
  REVIEW_TEXT_TOO_LONG: 'Ulasan paling panjang 500 huruf.',
};

export const reviewErrors = {
  invalid: (problem: ReviewProblem) => new DomainError(400, problem, problemMessages[problem]),
  notYet: () => new DomainError(409, 'REVIEW_NOT_YET', 'Ulasan bisa ditulis setelah pesanan selesai (Pesanan Diterima).'),
  productNotInOrder: (productId: string) => new DomainError(400, 'PRODUCT_NOT_IN_ORDER', 'Produk ini tidak ada di pesanan ini.', { productId }),
  alreadyReviewed: (productId: string) => new DomainError(409, 'ALREADY_REVIEWED', 'Anda sudah memberi ulasan untuk produk ini di pesanan ini.', { productId }),
  orderNotFound: orderErrors.notFound,
  notAllowed: () => new DomainError(403, 'NOT_ALLOWED', 'Hanya pembeli yang bisa memberi ulasan.'),
};
