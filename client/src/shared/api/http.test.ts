import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, callApi, NETWORK_ERROR, toApiError } from './http';

describe('toApiError', () => {
  it.each([
    [503, { statusCode: 503, code: 'DATABASE_UNREACHABLE', message: 'db down' }, 'DATABASE_UNREACHABLE', 'db down'],
    [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'name must be a string' }, 'VALIDATION_FAILED', 'name must be a string'],
    [502, '<html>Bad Gateway</html>', 'SERVICE_UNAVAILABLE', 'Bad Gateway'],
    [429, undefined, 'TOO_MANY_REQUESTS', 'Too Many Requests'],
    [500, { oops: true }, 'INTERNAL_ERROR', 'Internal Server Error'],
    [418, undefined, 'UNKNOWN_ERROR', "I'm a teapot"],
  ])('turns a %d answer into its code', (status, body, code, message) => {
    const error = toApiError(new Response(null, { status, statusText: String(message) }), body);
    expect(error).toBeInstanceOf(ApiError);
    expect({ status: error.status, code: error.code, message: error.message }).toEqual({ status, code, message });
  });
});

describe('callApi', () => {
  it('returns the data of a successful call', async () => {
    const body = { status: 'ok', database: 'up', uptimeSeconds: 1, serverTime: '2026-11-28T15:00:00.000Z' };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(body)));
    await expect(callApi(api.GET('/api/health'))).resolves.toEqual(body);
  });

  it('throws the API error code of a failed call', async () => {
    const body = { statusCode: 503, code: 'DATABASE_UNREACHABLE', message: 'db down' };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(body, { status: 503 })));
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 503, code: 'DATABASE_UNREACHABLE' });
  });

  it('throws NETWORK_ERROR when fetch itself fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});
