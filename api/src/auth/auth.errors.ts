// Codes the auth capability owns; UNAUTHENTICATED and FORBIDDEN are the platform's (common/errors/platform.errors.ts).
import { domainErrorsOf } from '../common/errors/domain-error.js';
import { platformErrors } from '../common/errors/platform.errors.js';

export const AUTH_ERROR_CODES = ['INVALID_CREDENTIALS', 'EMAIL_TAKEN', 'TOO_MANY_ATTEMPTS'] as const;

const error = domainErrorsOf(AUTH_ERROR_CODES);

export const authErrors = {
  unauthenticated: platformErrors.unauthenticated,
  invalidCredentials: () => error(401, 'INVALID_CREDENTIALS', 'Email or password is wrong'),
  forbidden: platformErrors.forbidden,
  emailTaken: () => error(409, 'EMAIL_TAKEN', 'A facilitator with this email already exists'),
  /** Too many wrong passwords or PINs (failure-backoff.ts): wait `retryAfterSeconds` (also the Retry-After header). */
  tooManyAttempts: (retryAfterSeconds: number) =>
    error(
      429,
      'TOO_MANY_ATTEMPTS',
      `Too many wrong attempts; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};
