// Codes the clock capability owns; the client translates them.
import { DomainError } from '../common/errors/domain-error.js';

export const CLOCK_ERROR_CODES = {
  INVALID_CLOCK_SPEED: 'INVALID_CLOCK_SPEED',
  INVALID_CLOCK_JUMP: 'INVALID_CLOCK_JUMP',
  /** Another facilitator changed the clock after this one read it: nothing was applied; read the clock again. */
  CLOCK_CHANGED: 'CLOCK_CHANGED',
  /** The classes capability's code: a clock exists exactly when its class does. */
  CLASS_NOT_FOUND: 'CLASS_NOT_FOUND',
} as const;
export type ClockErrorCode = keyof typeof CLOCK_ERROR_CODES;

const messages: Record<ClockErrorCode, string> = {
  INVALID_CLOCK_SPEED: 'The clock speed must be 1×, 60× or 600×',
  INVALID_CLOCK_JUMP: 'The clock can only jump forward, by at most 30 days',
  CLOCK_CHANGED: 'The clock was changed by someone else since you read it; nothing was applied, read it again',
  CLASS_NOT_FOUND: 'No such class',
};

const statuses: Record<ClockErrorCode, number> = {
  INVALID_CLOCK_SPEED: 400,
  INVALID_CLOCK_JUMP: 400,
  CLOCK_CHANGED: 409,
  CLASS_NOT_FOUND: 404,
};

export function clockError(code: ClockErrorCode): DomainError {
  return new DomainError(statuses[code], code, messages[code]);
}
