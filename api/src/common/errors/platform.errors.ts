// Codes that belong to the platform itself rather than to one capability.
export const PLATFORM_ERROR_CODES = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_REQUEST: 'MALFORMED_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
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
} as const;
export type PlatformErrorCode = keyof typeof PLATFORM_ERROR_CODES;

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
