// Pure: any thrown value → the one error body the API ever answers with.
import { DomainError } from './domain-error.js';
import { codeForStatus } from './platform.errors.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** What Nest's HttpException and body-parser errors look like, without importing either. */
interface HttpLikeError {
  getStatus?: () => number;
  getResponse?: () => unknown;
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

export function toErrorBody(error: unknown): { body: ErrorBody; unexpected: boolean } {
  if (error instanceof DomainError) {
    const body: ErrorBody = { statusCode: error.statusCode, code: error.code, message: error.message };
    if (error.details) body.details = error.details;
    return { body, unexpected: false };
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

  // Errors raised by Express middleware (body-parser: malformed JSON, body too large, wrong charset).
  const status = Number(candidate.statusCode ?? candidate.status);
  if (candidate.expose === true && Number.isInteger(status) && status >= 400 && status < 500) {
    const message = candidate.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : String(candidate.message);
    return { body: { statusCode: status, code: codeForStatus(status), message }, unexpected: false };
  }

  return { body: { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' }, unexpected: true };
}
