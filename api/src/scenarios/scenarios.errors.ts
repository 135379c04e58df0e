// Codes the demo-order and scenario capability owns; the client translates each one. A missing trainee is the
// classes' PARTICIPANT_NOT_FOUND, a missing order the orders' ORDER_NOT_FOUND.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { classErrors } from '../classes/classes.errors.js';
import { orderErrors } from '../orders/order.errors.js';

export const SCENARIO_ERROR_CODES = [
  'PERSONA_NOT_FOUND',
  'TARGET_REQUIRED',
  'NO_ACTIVE_PRODUCT',
  'NO_TARGETS',
  'TOO_MANY_TARGETS',
  'DEMO_PAYMENT_REFUSED',
  'NO_COURIER',
  'SCENARIO_NOT_FOUND',
  'NO_PERISHABLE_PRODUCT',
  'NO_BANK_ACCOUNT',
  'SCENARIO_ALREADY_RUNNING',
  /** Not thrown: a scenario run's step ended with this (an unexpected error), shown in the run's outcome. */
  'SCENARIO_STEP_FAILED',
  /** Not thrown: a scenario run stopped half way (the server restarted), shown in the run's outcome. */
  'SCENARIO_INTERRUPTED',
] as const;

const error = domainErrorsOf(SCENARIO_ERROR_CODES);

export const scenarioErrors = {
  personaNotFound: () => error(404, 'PERSONA_NOT_FOUND', 'No such demo buyer in this class'),
  traineeNotFound: classErrors.participantNotFound,
  targetRequired: () => error(400, 'TARGET_REQUIRED', 'Name one trainee (participantId) or all trainees (all: true), not both'),
  noActiveProduct: () => error(409, 'NO_ACTIVE_PRODUCT', 'The trainee has no active product in stock to order'),
  noTargets: () => error(409, 'NO_TARGETS', 'No trainee has an active product in stock'),
  orderNotFound: orderErrors.notFound,
  paymentRefused: (code: string) => error(409, 'DEMO_PAYMENT_REFUSED', `The simulator refused the payment (${code})`, { simulatorCode: code }),
  noCourier: (reason: unknown) => error(409, 'NO_COURIER', 'No courier takes this parcel there', { reason }),
  scenarioNotFound: () => error(404, 'SCENARIO_NOT_FOUND', 'No such scenario'),
  noPerishableProduct: () => error(409, 'NO_PERISHABLE_PRODUCT', 'The trainee has no active perishable product (with a shelf life)'),
  noBankAccount: () => error(409, 'NO_BANK_ACCOUNT', 'The trainee has not registered a bank account yet'),
  alreadyRunning: () =>
    error(409, 'SCENARIO_ALREADY_RUNNING', 'A scenario is still active (running or waiting) for this trainee, or one of these trainees; nothing was started'),
  tooManyTargets: () => error(400, 'TOO_MANY_TARGETS', 'At most 100 trainees at once'),
};
