import { DomainError } from '../common/errors/domain-error.js';

export const authErrors = {
  unauthenticated: () => new DomainError(401, 'UNAUTHENTICATED', 'Sign in first'),
  invalidCredentials: () => new DomainError(401, 'INVALID_CREDENTIALS', 'Email or password is wrong'),
  forbidden: () => new DomainError(403, 'FORBIDDEN', 'You may not do this'),
  emailTaken: () => new DomainError(409, 'EMAIL_TAKEN', 'A facilitator with this email already exists'),
  /** Too many wrong passwords or PINs (failure-backoff.ts): wait `retryAfterSeconds` (also the Retry-After header). */
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError(
      429,
      'TOO_MANY_ATTEMPTS',
      `Too many wrong attempts; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};
