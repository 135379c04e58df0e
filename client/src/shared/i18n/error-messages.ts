// API error code → translation key. The client translates by the stable `code`, never by the message text.
// Platform codes mirror api/src/common/errors/platform.errors.ts; NETWORK_ERROR is the client's own (fetch failed).
import type id from './id.json';

export type ErrorMessageKey = `errors.${keyof typeof id.errors}`;

export const ERROR_MESSAGE_KEYS = {
  VALIDATION_FAILED: 'errors.validationFailed',
  MALFORMED_REQUEST: 'errors.malformedRequest',
  METHOD_NOT_ALLOWED: 'errors.malformedRequest',
  PAYLOAD_TOO_LARGE: 'errors.payloadTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'errors.unsupportedMediaType',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.tooManyRequests',
  DATABASE_UNREACHABLE: 'errors.databaseUnreachable',
  SERVICE_UNAVAILABLE: 'errors.serviceUnavailable',
  INTERNAL_ERROR: 'errors.internalError',
  UNAUTHENTICATED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NETWORK_ERROR: 'errors.network',
} as const satisfies Record<string, ErrorMessageKey>;

export type KnownErrorCode = keyof typeof ERROR_MESSAGE_KEYS;

export const GENERIC_ERROR_MESSAGE_KEY: ErrorMessageKey = 'errors.generic';

function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_MESSAGE_KEYS, code);
}

/** The translation key for an error code; unknown codes get the generic message. */
export function errorMessageKey(code: string): ErrorMessageKey {
  return isKnownErrorCode(code) ? ERROR_MESSAGE_KEYS[code] : GENERIC_ERROR_MESSAGE_KEY;
}
