// Pure: any thrown value → the one error body the API ever answers with.
import { databaseOutage } from './database-outage.js';
import { DomainError } from './domain-error.js';
import { codeForStatus } from './platform.errors.js';
import { outageErrors, RetryLaterError } from './retry-later.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** What Nest's HttpException and Fastify's own errors look like, without importing either. */
interface HttpLikeError {
  getStatus?: () => number;
  getResponse?: () => unknown;
  status?: unknown;
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
}

export interface ErrorAnswer {
  body: ErrorBody;
  /** A bug: logged with its stack. */
  unexpected: boolean;
  /** Seconds for the `Retry-After` header of a 503. */
  retryAfterSeconds?: number;
  /** The database is away or saturated: logged as a warning, not a bug. */
  outage?: boolean;
}

export function toErrorBody(error: unknown): ErrorAnswer {
  if (error instanceof DomainError) {
    const body: ErrorBody = { statusCode: error.statusCode, code: error.code, message: error.message };
    if (error.details) body.details = error.details;
    if (error instanceof RetryLaterError) return { body, unexpected: false, retryAfterSeconds: error.retryAfterSeconds };
    return { body, unexpected: false };
  }
  // PostgreSQL down, cut or every pooled connection busy: 503 with a retry hint, never 500 (issue 15, defect 7).
  const outage = databaseOutage(error);
  if (outage) {
    const answer = outage === 'SERVER_BUSY' ? outageErrors.poolBusy() : outageErrors.databaseUnavailable();
    return {
      body: { statusCode: 503, code: answer.code, message: answer.message },
      unexpected: false,
      retryAfterSeconds: answer.retryAfterSeconds,
      outage: true,
    };
  }
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;

  if (typeof candidate.getStatus === 'function') {
    const statusCode = candidate.getStatus();
    const response = candidate.getResponse?.();
    const fromResponse = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const code = typeof fromResponse.code === 'string' ? fromResponse.code : codeForStatus(statusCode);
    const rawMessage = fromResponse.message ?? (typeof response === 'string' ? response : candidate.message);
    const message = Array.isArray(rawMessage) ? rawMessage.join('; ') : String(rawMessage ?? 'Error');
    // An HttpException was thrown on purpose, so its message is meant for the client; a bare 500 is not.
    const unexpected = statusCode === 500;
    return { body: { statusCode, code, message: unexpected ? 'Internal server error' : message }, unexpected };
  }

  // Fastify's own refusals before a route runs (a body over the limit, a Content-Length that lies): `FST_ERR_…`.
  const status = Number(candidate.statusCode ?? candidate.status);
  if (typeof candidate.code === 'string' && candidate.code.startsWith('FST_') && Number.isInteger(status) && status >= 400 && status < 500) {
    return { body: { statusCode: status, code: codeForStatus(status), message: String(candidate.message) }, unexpected: false };
  }

  return { body: { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' }, unexpected: true };
}
