// The Idempotency-Key header's codes, shared by every use case that takes one (checkout, withdrawals, promotions,
// products, demo orders, scenarios): one definition, so the client's translation and the OpenAPI text never drift apart.
import { domainErrorsOf } from './domain-error.js';

export const IDEMPOTENCY_ERROR_CODES = ['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_INVALID', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_CONFLICT'] as const;

const error = domainErrorsOf(IDEMPOTENCY_ERROR_CODES);

export const idempotencyErrors = {
  keyRequired: () => error(400, 'IDEMPOTENCY_KEY_REQUIRED', 'The Idempotency-Key header is required: 8 to 100 visible ASCII characters, e.g. a UUID'),
  /** An optional key that was sent but is not one (products). */
  keyInvalid: () => error(400, 'IDEMPOTENCY_KEY_INVALID', 'The Idempotency-Key header must be 8 to 100 visible ASCII characters, e.g. a UUID'),
  /** The same key again with a different request: nothing was done a second time. */
  keyReused: () => error(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request'),
  /** The first request with this key has not finished being written yet: retry shortly. */
  conflict: () => error(409, 'IDEMPOTENCY_CONFLICT', 'The first request with this key is still being written; retry'),
};
