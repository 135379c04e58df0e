import { BadRequestException, HttpException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { toErrorBody } from './error-body.js';
import { platformErrors } from './platform.errors.js';
import { outageErrors } from './retry-later.js';

describe('toErrorBody', () => {
  it.each<[string, unknown, number, string, boolean]>([
    ['a domain error keeps its code', new DomainError(409, 'OUT_OF_STOCK', 'Stok habis'), 409, 'OUT_OF_STOCK', false],
    ['an unknown route', new NotFoundException('Cannot GET /api/nope'), 404, 'NOT_FOUND', false],
    ['a plain bad request', new BadRequestException('bad'), 400, 'MALFORMED_REQUEST', false],
    ['a 429 from a limiter', new HttpException('slow down', 429), 429, 'TOO_MANY_REQUESTS', false],
    ['a 503', new ServiceUnavailableException(), 503, 'SERVICE_UNAVAILABLE', false],
    ['malformed JSON (body-parsers.ts)', platformErrors.malformedJson(), 400, 'MALFORMED_REQUEST', false],
    ["a body over Fastify's limit", Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' }), 413, 'PAYLOAD_TOO_LARGE', false],
    ["a Content-Length Fastify finds false", Object.assign(new Error('Request body size did not match Content-Length'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' }), 400, 'MALFORMED_REQUEST', false],
    ['a 4xx-looking error that is not a refusal of ours or Fastify', Object.assign(new Error('x'), { statusCode: 400, code: 'SOMETHING' }), 500, 'INTERNAL_ERROR', true],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'x')"), 500, 'INTERNAL_ERROR', true],
    ['a thrown string', 'boom', 500, 'INTERNAL_ERROR', true],
  ])('%s', (_case, error, statusCode, code, unexpected) => {
    const result = toErrorBody(error);
    expect(result.body.statusCode).toBe(statusCode);
    expect(result.body.code).toBe(code);
    expect(result.unexpected).toBe(unexpected);
    expect(Object.keys(result.body).sort()).toEqual(['code', 'message', 'statusCode']);
  });

  it('carries the details of a domain error, and adds none where there are none', () => {
    const { body } = toErrorBody(new DomainError(409, 'OUT_OF_STOCK', 'Stok habis', { productId: 'p-1', available: 2 }));
    expect(body).toEqual({ statusCode: 409, code: 'OUT_OF_STOCK', message: 'Stok habis', details: { productId: 'p-1', available: 2 } });
  });

  it.each<[string, unknown, string, number]>([
    ['PostgreSQL refusing connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 'DATABASE_UNAVAILABLE', 5],
    ['a query cut by a server shutdown', { name: 'QueryFailedError', message: 'x', driverError: Object.assign(new Error('terminating connection'), { code: '57P01' }) }, 'DATABASE_UNAVAILABLE', 5],
    ['every pooled connection busy', new Error('timeout exceeded when trying to connect'), 'SERVER_BUSY', 2],
    ['the photo queue full', outageErrors.serverBusy(3), 'SERVER_BUSY', 3],
  ])('answers %s with 503 and a retry hint, never 500', (_case, error, code, retryAfterSeconds) => {
    const result = toErrorBody(error);
    expect(result.body).toEqual({ statusCode: 503, code, message: expect.any(String) });
    expect(result.retryAfterSeconds).toBe(retryAfterSeconds);
    expect(result.unexpected).toBe(false);
    expect(result.body.message).not.toContain('5432');
  });

  it('never passes on the text of an unexpected error', () => {
    const { body } = toErrorBody(new Error('password authentication failed for user "app"'));
    expect(body.message).toBe('Internal server error');
  });

  it('never exposes an internal middleware error, even with a status', () => {
    const { body } = toErrorBody(Object.assign(new Error('secret detail'), { status: 500, expose: false }));
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' });
  });
});
