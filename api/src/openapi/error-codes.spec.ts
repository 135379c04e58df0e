import type { OpenAPIObject } from '@nestjs/swagger';
import { PAYER_REFUSALS } from '../payment-simulator/midtrans-protocol.js';
import { SIMULATOR_ERROR_CODES } from '../payment-simulator/simulator.errors.js';
import { PAYER_REFUSAL_CODES } from '../payments/payment.errors.js';
import { ERROR_CODES, ERROR_CODES_BY_OWNER } from './error-codes.js';
import { withErrorCodes } from './openapi.js';

describe('the error-code registry', () => {
  it('defines each code once: no two owners list the same code', () => {
    const owners = new Map<string, string[]>();
    for (const [owner, codes] of Object.entries(ERROR_CODES_BY_OWNER)) {
      for (const code of codes) owners.set(code, [...(owners.get(code) ?? []), owner]);
    }
    const twice = [...owners].filter(([, by]) => by.length > 1).map(([code, by]) => `${code}: ${by.join(', ')}`);
    expect(twice).toEqual([]);
    expect(ERROR_CODES).toHaveLength(owners.size);
  });

  it('holds only stable codes: upper snake case', () => {
    expect(ERROR_CODES.filter((code) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code))).toEqual([]);
  });

  it('names the payer refusals payments passes on exactly as the simulator answers them', () => {
    expect([...PAYER_REFUSAL_CODES].sort()).toEqual([...PAYER_REFUSALS].sort());
    expect(SIMULATOR_ERROR_CODES).toBe(PAYER_REFUSALS);
  });

  it('types ErrorResponse.code in the OpenAPI document with the ErrorCode enum of every code', () => {
    const document = withErrorCodes({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { ErrorResponse: { type: 'object', properties: { code: { type: 'string' } } } } },
    } as OpenAPIObject);
    expect(document.components!.schemas!['ErrorCode']).toMatchObject({ type: 'string', enum: [...ERROR_CODES] });
    expect(document.components!.schemas!['ErrorResponse']).toMatchObject({ properties: { code: { $ref: '#/components/schemas/ErrorCode' } } });
    expect(ERROR_CODES).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'EMAIL_TAKEN', 'IDEMPOTENCY_KEY_REQUIRED', 'VA_EXPIRED', 'CLASS_NOT_FOUND']));
  });
});
