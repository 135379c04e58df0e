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
  // Capabilities' own codes (api/src/<capability>/*.errors.ts).
  INVALID_CREDENTIALS: 'errors.invalidCredentials',
  JOIN_CODE_UNKNOWN: 'errors.joinCodeUnknown',
  CLASS_CLOSED: 'errors.classClosed',
  INVALID_PIN: 'errors.invalidPin',
  CLASS_NOT_FOUND: 'errors.classNotFound',
  SHOP_NOT_FOUND: 'errors.shopNotFound',
  PARTICIPANT_NOT_FOUND: 'errors.participantNotFound',
  INVALID_CLASS_STATUS_CHANGE: 'errors.invalidClassStatusChange',
  JOIN_CODE_UNAVAILABLE: 'errors.joinCodeUnavailable',
  INVALID_CLOCK_SPEED: 'errors.invalidClockChange',
  INVALID_CLOCK_JUMP: 'errors.invalidClockChange',
  UNKNOWN_PROVINCE: 'errors.unknownRegion',
  UNKNOWN_REGENCY: 'errors.unknownRegion',
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
