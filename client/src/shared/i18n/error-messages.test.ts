import { describe, expect, it } from 'vitest';
import en from './en.json';
import { ERROR_MESSAGE_KEYS, errorMessageKey, GENERIC_ERROR_MESSAGE_KEY } from './error-messages';
import id from './id.json';

function lookup(locale: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}

const REQUIRED_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'SERVER_BUSY',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NETWORK_ERROR',
];

// The catalog's and media's own codes (api/src/catalog/catalog.errors.ts, api/src/media/media.errors.ts).
const CATALOG_CODES = [
  'TITLE_TOO_SHORT',
  'TITLE_TOO_LONG',
  'DESCRIPTION_TOO_LONG',
  'PROHIBITED_PRODUCT',
  'INVALID_PRICE',
  'INVALID_STOCK',
  'INVALID_WEIGHT',
  'INVALID_DIMENSIONS',
  'INVALID_MIN_ORDER',
  'SHELF_LIFE_REQUIRED',
  'INVALID_SHELF_LIFE',
  'PHOTO_REQUIRED',
  'TOO_MANY_PHOTOS',
  'PHOTO_NOT_FOUND',
  'PRODUCT_NOT_FOUND',
  'IMAGE_REQUIRED',
  'IMAGE_TOO_LARGE',
  'NOT_AN_IMAGE',
  'UNSUPPORTED_IMAGE_TYPE',
  'IMAGE_TOO_MANY_PIXELS',
  'MEDIA_NOT_FOUND',
];

// Cart, checkout, orders, payments and the simulator's refusals (api/src/orders/order.errors.ts, payments, payment-simulator).
const ORDER_CODES = [
  'CART_EMPTY',
  'CART_FULL',
  'PRODUCT_NOT_AVAILABLE',
  'OWN_PRODUCT',
  'BELOW_MIN_ORDER',
  'OUT_OF_STOCK',
  'COURIER_REQUIRED',
  'SHOP_NOT_IN_CHECKOUT',
  'COURIER_NOT_AVAILABLE',
  'COD_NOT_AVAILABLE',
  'IDEMPOTENCY_KEY_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'ORDER_NOT_FOUND',
  'INVALID_TRANSITION',
  'NOT_ALLOWED',
  'PAYMENT_NOT_CONFIRMED',
  'NOT_PAID',
  'CANCEL_REASON_REQUIRED',
  'NOTHING_TO_PAY',
  'PAYMENT_GATEWAY_UNAVAILABLE',
  'PAY_NOW_UNAVAILABLE',
  'PAYER_SIMULATOR_UNAVAILABLE',
  'VA_NOT_FOUND',
  'ALREADY_PAID',
  'VA_CLOSED',
  'VA_EXPIRED',
  'AMOUNT_MISMATCH',
];

describe('error messages', () => {
  it.each([...REQUIRED_CODES, ...CATALOG_CODES, ...ORDER_CODES])('maps %s to its own message, not the generic one', (code) => {
    expect(Object.keys(ERROR_MESSAGE_KEYS)).toContain(code);
    expect(errorMessageKey(code)).not.toBe(GENERIC_ERROR_MESSAGE_KEY);
  });

  it.each([...Object.entries(ERROR_MESSAGE_KEYS), ['(fallback)', GENERIC_ERROR_MESSAGE_KEY]])(
    '%s → %s exists in both locales',
    (_code, key) => {
      expect(typeof lookup(id, key)).toBe('string');
      expect(typeof lookup(en, key)).toBe('string');
    },
  );

  it.each(['OUT_OF_STOCK_SOMEDAY', '', 'toString', '__proto__', 'constructor'])(
    'falls back to the generic message for an unknown code %j',
    (code) => {
      expect(errorMessageKey(code)).toBe(GENERIC_ERROR_MESSAGE_KEY);
    },
  );
});
