import { DomainError } from '../common/errors/domain-error.js';
import { idempotencyErrors } from '../common/errors/idempotency.errors.js';
import { orderErrors } from '../orders/order.errors.js';

/** Codes the demo-order and scenario capability owns; the client translates each one. */
export const scenarioErrors = {
  personaNotFound: () => new DomainError(404, 'PERSONA_NOT_FOUND', 'No such demo buyer in this class'),
  traineeNotFound: () => new DomainError(404, 'PARTICIPANT_NOT_FOUND', 'No such trainee in this class'),
  targetRequired: () => new DomainError(400, 'TARGET_REQUIRED', 'Name one trainee (participantId) or all trainees (all: true), not both'),
  noActiveProduct: () => new DomainError(409, 'NO_ACTIVE_PRODUCT', 'The trainee has no active product in stock to order'),
  noTargets: () => new DomainError(409, 'NO_TARGETS', 'No trainee has an active product in stock'),
  idempotencyKeyRequired: idempotencyErrors.keyRequired,
  idempotencyKeyReused: () => new DomainError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request'),
  orderNotFound: orderErrors.notFound,
  paymentRefused: (code: string) => new DomainError(409, 'DEMO_PAYMENT_REFUSED', `The simulator refused the payment (${code})`, { simulatorCode: code }),
  scenarioNotFound: () => new DomainError(404, 'SCENARIO_NOT_FOUND', 'No such scenario'),
  noPerishableProduct: () => new DomainError(409, 'NO_PERISHABLE_PRODUCT', 'The trainee has no active perishable product (with a shelf life)'),
  noBankAccount: () => new DomainError(409, 'NO_BANK_ACCOUNT', 'The trainee has not registered a bank account yet'),
  tooManyTargets: () => new DomainError(400, 'TOO_MANY_TARGETS', 'At most 100 trainees at once'),
};
