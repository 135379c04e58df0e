// The Idempotency-Key header's codes, shared by every use case that takes one (checkout, withdrawals, promotions,
// demo orders, scenarios): one definition, so the client's translation and the OpenAPI text never drift apart.
import { DomainError } from './domain-error.js';

export const idempotencyErrors = {
  keyRequired: () =>
    new DomainError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'The Idempotency-Key header is required: 8 to 100 visible ASCII characters, e.g. a UUID'),
};
