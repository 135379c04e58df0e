import { DomainError } from './domain-error.js';
import type { PlatformErrorCode } from './platform.errors.js';

/** Seconds a client is told to wait after the database went away (a PostgreSQL restart takes well under that). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** Seconds after every database connection stayed busy for the pool's whole wait. */
export const POOL_BUSY_RETRY_AFTER_SECONDS = 2;
/** Seconds a client is told to wait when this process is stopping (a restart answers again within that, here 10-20 s). */
export const STOPPING_RETRY_AFTER_SECONDS = 10;

/** A 503 that says when to come back: the error filter sends `Retry-After`. */
export class RetryLaterError extends DomainError {
  constructor(
    code: Extract<PlatformErrorCode, 'DATABASE_UNAVAILABLE' | 'SERVER_BUSY' | 'SERVICE_UNAVAILABLE'>,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, code, message);
    this.name = 'RetryLaterError';
  }
}

export const outageErrors = {
  databaseUnavailable: () =>
    new RetryLaterError('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; try again shortly', DATABASE_RETRY_AFTER_SECONDS),
  poolBusy: () => new RetryLaterError('SERVER_BUSY', 'The server is busy; try again shortly', POOL_BUSY_RETRY_AFTER_SECONDS),
  serverBusy: (retryAfterSeconds: number) => new RetryLaterError('SERVER_BUSY', 'The server is busy; try again shortly', retryAfterSeconds),
  /** A request that needs the task queue while this process stops (or before it started): nothing was written. */
  stopping: () => new RetryLaterError('SERVICE_UNAVAILABLE', 'The server is restarting; try again shortly', STOPPING_RETRY_AFTER_SECONDS),
};
