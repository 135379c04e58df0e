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
  // Catalog (api/src/catalog/catalog.errors.ts).
  TITLE_TOO_SHORT: 'errors.titleTooShort',
  TITLE_TOO_LONG: 'errors.titleTooLong',
  DESCRIPTION_TOO_LONG: 'errors.descriptionTooLong',
  PROHIBITED_PRODUCT: 'errors.prohibitedProduct',
  INVALID_PRICE: 'errors.invalidPrice',
  INVALID_STOCK: 'errors.invalidStock',
  INVALID_WEIGHT: 'errors.invalidWeight',
  INVALID_DIMENSIONS: 'errors.invalidDimensions',
  INVALID_MIN_ORDER: 'errors.invalidMinOrder',
  SHELF_LIFE_REQUIRED: 'errors.shelfLifeRequired',
  INVALID_SHELF_LIFE: 'errors.invalidShelfLife',
  PHOTO_REQUIRED: 'errors.photoRequired',
  TOO_MANY_PHOTOS: 'errors.tooManyPhotos',
  PHOTO_NOT_FOUND: 'errors.photoNotFound',
  PRODUCT_NOT_FOUND: 'errors.productNotFound',
  // Media (api/src/media/media.errors.ts).
  IMAGE_REQUIRED: 'errors.imageRequired',
  IMAGE_TOO_LARGE: 'errors.imageTooLarge',
  NOT_AN_IMAGE: 'errors.notAnImage',
  UNSUPPORTED_IMAGE_TYPE: 'errors.unsupportedImageType',
  IMAGE_TOO_MANY_PIXELS: 'errors.imageTooManyPixels',
  MEDIA_NOT_FOUND: 'errors.mediaNotFound',
  // Cart, checkout and orders (api/src/orders/order.errors.ts).
  CART_EMPTY: 'errors.cartEmpty',
  CART_FULL: 'errors.cartFull',
  PRODUCT_NOT_AVAILABLE: 'errors.productNotAvailable',
  OWN_PRODUCT: 'errors.ownProduct',
  BELOW_MIN_ORDER: 'errors.belowMinOrder',
  OUT_OF_STOCK: 'errors.outOfStock',
  COURIER_REQUIRED: 'errors.courierRequired',
  SHOP_NOT_IN_CHECKOUT: 'errors.shopNotInCheckout',
  COURIER_NOT_AVAILABLE: 'errors.courierNotAvailable',
  COD_NOT_AVAILABLE: 'errors.codNotAvailable',
  IDEMPOTENCY_KEY_REQUIRED: 'errors.checkoutKeyMissing',
  IDEMPOTENCY_KEY_REUSED: 'errors.orderAlreadyPlaced',
  ORDER_NOT_FOUND: 'errors.orderNotFound',
  INVALID_TRANSITION: 'errors.invalidTransition',
  NOT_ALLOWED: 'errors.notAllowed',
  PAYMENT_NOT_CONFIRMED: 'errors.paymentNotConfirmed',
  NOT_PAID: 'errors.notPaid',
  CANCEL_REASON_REQUIRED: 'errors.cancelReasonRequired',
  INVALID_ORDER_SETTINGS: 'errors.invalidOrderSettings',
  // Payments (api/src/payments/payment.errors.ts).
  NOTHING_TO_PAY: 'errors.nothingToPay',
  PAYMENT_GATEWAY_UNAVAILABLE: 'errors.gatewayUnavailable',
  PAY_NOW_UNAVAILABLE: 'errors.payNowUnavailable',
  // The payment simulator's payer side (api/src/payment-simulator/simulator.errors.ts).
  VA_NOT_FOUND: 'errors.vaNotFound',
  ALREADY_PAID: 'errors.alreadyPaid',
  VA_CLOSED: 'errors.vaClosed',
  VA_EXPIRED: 'errors.vaExpired',
  AMOUNT_MISMATCH: 'errors.amountMismatch',
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
