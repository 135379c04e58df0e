// Codes that belong to the platform itself rather than to one capability.
import { domainErrorsOf } from './domain-error.js';

export const PLATFORM_ERROR_CODES = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_REQUEST: 'MALFORMED_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** 431: the URL or the headers are over Node's parser limit (16 KB); answered from the server's clientError. */
  HEADERS_TOO_LARGE: 'HEADERS_TOO_LARGE',
  /** 408: the request did not arrive within the server's request timeout. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  CONFLICT: 'CONFLICT',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A socket sent events faster than its per-connection budget (realtime.gateway.ts); the event was dropped. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** 503 + Retry-After: PostgreSQL cannot be reached (refused, cut, shutting down); also what /api/health says. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** 503 + Retry-After: this node is at capacity (photo work queue full, every database connection busy). */
  SERVER_BUSY: 'SERVER_BUSY',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  /** A JSON body or query nested deeper than any request of this API needs (common/http/input-guard.ts). */
  BODY_TOO_DEEP: 'BODY_TOO_DEEP',
  /** Text PostgreSQL cannot store: a NUL character or a lone UTF-16 surrogate (common/http/input-guard.ts). */
  INVALID_TEXT: 'INVALID_TEXT',
  /** A page cursor this API did not give (orders, chat). */
  INVALID_CURSOR: 'INVALID_CURSOR',
  /**
   * The class in the path does not exist or is not the caller's: the access guard answers it for every class route,
   * and the clock, the realtime rooms and the classes capability use the same code.
   */
  CLASS_NOT_FOUND: 'CLASS_NOT_FOUND',
} as const;
export type PlatformErrorCode = keyof typeof PLATFORM_ERROR_CODES;
export const PLATFORM_ERROR_CODE_LIST = Object.values(PLATFORM_ERROR_CODES) as PlatformErrorCode[];

const error = domainErrorsOf(PLATFORM_ERROR_CODE_LIST);

/** The platform's errors that code throws on purpose (the rest come from the filter's `codeForStatus`). */
export const platformErrors = {
  validationFailed: (problems: string) => error(400, 'VALIDATION_FAILED', problems),
  inputProblem: (code: 'BODY_TOO_DEEP' | 'INVALID_TEXT', message: string) => error(400, code, message),
  malformedJson: () => error(400, 'MALFORMED_REQUEST', 'The request body is not valid JSON'),
  payloadTooLarge: (maxBytes: number) => error(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`),
  unauthenticated: () => error(401, 'UNAUTHENTICATED', 'Sign in first'),
  forbidden: () => error(403, 'FORBIDDEN', 'You may not do this'),
  tooManyRequests: (retryAfterSeconds: number) => error(429, 'TOO_MANY_REQUESTS', `Too many attempts; try again in ${retryAfterSeconds} s`),
  invalidCursor: () => error(400, 'INVALID_CURSOR', 'The cursor is not one this API gave'),
  classNotFound: () => error(404, 'CLASS_NOT_FOUND', 'No such class'),
};

/** The code an HTTP status gets when nothing more specific was thrown. */
export function codeForStatus(status: number): PlatformErrorCode {
  switch (status) {
    case 400:
      return 'MALFORMED_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'VALIDATION_FAILED';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST';
  }
}
