// Codes the reviews capability owns; the client translates by code. NOT_ALLOWED and ORDER_NOT_FOUND are the orders'.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { orderErrors, orderTransitionError } from '../orders/order.errors.js';
import { RATING_MAX, RATING_MIN, REVIEW_PROBLEMS, REVIEW_TEXT_MAX, REVIEW_TEXT_MIN, type ReviewProblem } from './review-rules.js';

export const REVIEW_ERROR_CODES = [...REVIEW_PROBLEMS, 'REVIEW_NOT_YET', 'PRODUCT_NOT_IN_ORDER', 'ALREADY_REVIEWED'] as const;

const error = domainErrorsOf(REVIEW_ERROR_CODES);

const problemMessages: Record<ReviewProblem, string> = {
  RATING_OUT_OF_RANGE: `Give ${RATING_MIN} to ${RATING_MAX} stars`,
  REVIEW_TEXT_TOO_SHORT: `A review has at least ${REVIEW_TEXT_MIN} characters`,
  REVIEW_TEXT_TOO_LONG: `A review has at most ${REVIEW_TEXT_MAX} characters`,
};

export const reviewErrors = {
  invalid: (problem: ReviewProblem) => error(400, problem, problemMessages[problem]),
  notYet: () => error(409, 'REVIEW_NOT_YET', 'A review can be written once the order is completed (Pesanan Diterima)'),
  productNotInOrder: (productId: string) => error(400, 'PRODUCT_NOT_IN_ORDER', 'This product is not in this order', { productId }),
  alreadyReviewed: (productId: string) => error(409, 'ALREADY_REVIEWED', 'You already reviewed this product in this order', { productId }),
  orderNotFound: orderErrors.notFound,
  /** Only the buyer reviews: the order's NOT_ALLOWED. */
  notAllowed: () => orderTransitionError('NOT_ALLOWED'),
};
