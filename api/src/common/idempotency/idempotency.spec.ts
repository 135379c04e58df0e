import { idempotencyErrors } from '../errors/idempotency.errors.js';
import { assertSameRequest, canonicalJson, isIdempotencyKey, optionalIdempotencyKey, requestFingerprint, requiredIdempotencyKey } from './idempotency.js';

describe('the one Idempotency-Key helper', () => {
  it('hashes the same request the same, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it.each([
    ['a UUID', '3f2a9c10-7e0b-4c1e-9b44-2a6f0e5b1c7d', true],
    ['8 characters', 'abcdefgh', true],
    ['7 characters', 'abcdefg', false],
    ['101 characters', 'k'.repeat(101), false],
    ['a space inside', 'abcd efgh', false],
    ['nothing', undefined, false],
  ])('takes %s as a key: %s', (_case, key, ok) => {
    expect(isIdempotencyKey(key)).toBe(ok);
  });

  it('reads a required key, refusing a missing or malformed one with IDEMPOTENCY_KEY_REQUIRED', () => {
    expect(requiredIdempotencyKey('abcdefgh')).toBe('abcdefgh');
    expect(() => requiredIdempotencyKey(undefined)).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REQUIRED', statusCode: 400 }));
    expect(() => requiredIdempotencyKey('short')).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REQUIRED' }));
  });

  it('reads an optional key: absent is fine, malformed is IDEMPOTENCY_KEY_INVALID', () => {
    expect(optionalIdempotencyKey(undefined)).toBeUndefined();
    expect(optionalIdempotencyKey('abcdefgh')).toBe('abcdefgh');
    expect(() => optionalIdempotencyKey('a b')).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY_KEY_INVALID', statusCode: 400 }));
  });

  it('fingerprints a list of plain values exactly as JSON.stringify did, so fingerprints stored before still match', () => {
    const request = ['p-1', false, null, 'bca_va', true];
    expect(requestFingerprint(request)).toBe(requestFingerprint(JSON.parse(JSON.stringify(request))));
    expect(canonicalJson(request)).toBe(JSON.stringify(request));
  });

  it('refuses a replay that asks for something else with 409 IDEMPOTENCY_KEY_REUSED', () => {
    expect(() => assertSameRequest(requestFingerprint({ amount: 1 }), requestFingerprint({ amount: 1 }))).not.toThrow();
    expect(() => assertSameRequest(requestFingerprint({ amount: 1 }), requestFingerprint({ amount: 2 }))).toThrow(
      expect.objectContaining({ code: idempotencyErrors.keyReused().code, statusCode: 409 }),
    );
  });
});
