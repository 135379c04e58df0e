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
  'DATABASE_UNREACHABLE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NETWORK_ERROR',
];

describe('error messages', () => {
  it.each(REQUIRED_CODES)('maps %s to its own message, not the generic one', (code) => {
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
