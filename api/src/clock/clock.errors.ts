// Codes the clock capability owns; the client translates them. A missing class is the platform's CLASS_NOT_FOUND.
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { platformErrors } from '../common/errors/platform.errors.js';

export const CLOCK_ERROR_CODES = [
  'INVALID_CLOCK_SPEED',
  'INVALID_CLOCK_JUMP',
  /** Another facilitator changed the clock after this one read it: nothing was applied; read the clock again. */
  'CLOCK_CHANGED',
] as const;
export type ClockErrorCode = (typeof CLOCK_ERROR_CODES)[number];

const messages: Record<ClockErrorCode, string> = {
  INVALID_CLOCK_SPEED: 'The clock speed must be 1×, 60× or 600×',
  INVALID_CLOCK_JUMP: 'The clock can only jump forward, by at most 30 days',
  CLOCK_CHANGED: 'The clock was changed by someone else since you read it; nothing was applied, read it again',
};

const statuses: Record<ClockErrorCode, number> = {
  INVALID_CLOCK_SPEED: 400,
  INVALID_CLOCK_JUMP: 400,
  CLOCK_CHANGED: 409,
};

const error = domainErrorsOf(CLOCK_ERROR_CODES);

export function clockError(code: ClockErrorCode | 'CLASS_NOT_FOUND') {
  return code === 'CLASS_NOT_FOUND' ? platformErrors.classNotFound() : error(statuses[code], code, messages[code]);
}
