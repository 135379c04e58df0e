import { describe, expect, it, vi } from 'vitest';
import { getSession, onSessionExpired, saveSession } from '../auth/session';
import { ANSWER_WITHIN_MS, api, ApiError, BUSY_RETRIES, callApi, fetchWithSession, NETWORK_ERROR, toApiError } from './http';
import { databaseTroubled } from './database-trouble';

describe('toApiError', () => {
  it.each([
    [503, { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'db down' }, 'DATABASE_UNAVAILABLE', 'db down'],
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
    const body = { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'db down' };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(body, { status: 503 })));
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('throws NETWORK_ERROR when fetch itself fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});

describe('the session token', () => {
  const session = {
    kind: 'facilitator',
    token: 'tok_facilitator_0123456789abcdef',
    expiresAt: '2099-01-01T00:00:00.000Z',
    id: 'f-1',
    name: 'Rina',
    role: 'facilitator',
  } as const;

  it('is sent as a bearer header on every call', async () => {
    saveSession(session);
    const fetch = vi.fn(async (_request: Request) => Response.json([]));
    vi.stubGlobal('fetch', fetch);
    await callApi(api.GET('/api/classes'));
    expect(fetch.mock.calls[0]![0].headers.get('Authorization')).toBe(`Bearer ${session.token}`);
  });

  it('is forgotten when the API answers 401 UNAUTHENTICATED', async () => {
    saveSession(session);
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'x' }, { status: 401 })));
    await expect(callApi(api.GET('/api/classes'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    stop();
    expect(getSession()).toBeNull();
    expect(expired).toHaveBeenCalledWith('facilitator');
  });

  it('is kept on other 401s, which answer a form (a wrong password or PIN)', async () => {
    saveSession(session);
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ statusCode: 401, code: 'INVALID_PIN', message: 'x' }, { status: 401 })));
    await expect(callApi(api.POST('/api/join/pin', { body: { code: 'KMNPQR', pin: '000000' } }))).rejects.toMatchObject({
      code: 'INVALID_PIN',
    });
    expect(getSession()?.token).toBe(session.token);
  });

  it('goes with fetchWithSession too, which throws the API error code', async () => {
    saveSession(session);
    const fetch = vi.fn(async (_request: Request) => Response.json({ statusCode: 404, code: 'CLASS_NOT_FOUND', message: 'x' }, { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchWithSession('/api/classes/x/attendance.csv')).rejects.toMatchObject({ status: 404, code: 'CLASS_NOT_FOUND' });
    expect(fetch.mock.calls[0]![0].headers.get('Authorization')).toBe(`Bearer ${session.token}`);
  });
});

describe('the same GET asked twice at once', () => {
  it('goes out once, and each caller reads its own copy of the answer', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const first = callApi(api.GET('/api/shops/mine/order-counts'));
    const second = callApi(api.GET('/api/shops/mine/order-counts'));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    answer(Response.json({ unpaid: 1, toShip: 2 }));
    await expect(first).resolves.toEqual({ unpaid: 1, toShip: 2 });
    await expect(second).resolves.toEqual({ unpaid: 1, toShip: 2 });
    // Once answered, the next one asks again.
    fetch.mockImplementation(async () => Response.json({ unpaid: 0, toShip: 3 }));
    await expect(callApi(api.GET('/api/shops/mine/order-counts'))).resolves.toEqual({ unpaid: 0, toShip: 3 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('lets one caller stop waiting without cancelling the other, and never shares writes', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = vi.fn((request: Request) => (request.method === 'GET' ? new Promise<Response>((resolve) => (answer = resolve)) : Promise.resolve(Response.json({}))));
    vi.stubGlobal('fetch', fetch);
    const leaving = new AbortController();
    const first = callApi(api.GET('/api/health', { signal: leaving.signal }));
    const second = callApi(api.GET('/api/health'));
    leaving.abort();
    await expect(first).rejects.toMatchObject({ code: NETWORK_ERROR });
    answer(Response.json({ status: 'ok' }));
    await expect(second).resolves.toEqual({ status: 'ok' });

    await Promise.all([callApi(api.POST('/api/notifications/read-all')), callApi(api.POST('/api/notifications/read-all'))]);
    expect(fetch.mock.calls.filter(([request]) => request.method === 'POST')).toHaveLength(2);
  });

  it('cancels a request nobody waits for any more, so a hung one never holds back the next', async () => {
    const seen: Request[] = [];
    const fetch = vi.fn((request: Request) => {
      seen.push(request);
      return seen.length === 1 ? new Promise<Response>(() => undefined) : Promise.resolve(Response.json({ status: 'ok' }));
    });
    vi.stubGlobal('fetch', fetch);
    const leaving = new AbortController();
    const first = callApi(api.GET('/api/health', { signal: leaving.signal }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    leaving.abort();
    await expect(first).rejects.toMatchObject({ code: NETWORK_ERROR });
    expect(seen[0]!.signal.aborted).toBe(true);
    await expect(callApi(api.GET('/api/health'))).resolves.toEqual({ status: 'ok' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('a call that gets no answer (a stalled connection)', () => {
  /** A network that takes the request and never answers; it honours the request's signal, as fetch does. */
  const stalled = () =>
    vi.fn(
      (request: Request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
        }),
    );

  it.each([
    ['a read', () => callApi(api.GET('/api/shops/mine/orders'))],
    ['a write', () => callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' } }))],
    ['a call outside the generated client (the outbox, the CSV)', () => fetchWithSession('/api/chat/conversations')],
  ])('%s is given up once no answer has begun in 30 s: the phone says so instead of waiting minutes', async (_what, call) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = stalled();
    vi.stubGlobal('fetch', fetch);
    const result = call().then(
      () => 'answered',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(ANSWER_WITHIN_MS - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0].signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect(((error as ApiError).cause as DOMException).name).toBe('TimeoutError');
  });

  it('leaves an answer that came in time alone, and still stops when the caller does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answered = vi.fn(async (_request: Request) => Response.json({ status: 'ok' }));
    vi.stubGlobal('fetch', answered);
    await callApi(api.GET('/api/health'));
    await vi.advanceTimersByTimeAsync(2 * ANSWER_WITHIN_MS);
    expect(answered.mock.calls[0]![0].signal.aborted).toBe(false);

    const fetch = stalled();
    vi.stubGlobal('fetch', fetch);
    const controller = new AbortController();
    const result = callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' }, signal: controller.signal })).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    expect(((await result) as ApiError).cause).toMatchObject({ name: 'AbortError' });
  });
});

describe('an answer whose body stalls after its headers (the link dropped mid-answer)', () => {
  const encoder = new TextEncoder();
  /** `promise`'s outcome, or 'still waiting' if it has not settled once the pending callbacks have run. */
  const settledSoon = <T,>(promise: Promise<T>) => Promise.race([promise, new Promise<string>((resolve) => setImmediate(() => resolve('still waiting')))]);
  /**
   * A network whose answer begins (status and headers), then sends `parts` of its body `everyMs` apart, and then ends
   * it when `ends`, or else never. Aborting the request errors the body with the abort's reason, as fetch does.
   */
  const stallingBody = (parts: string[], everyMs: number, ends = false) =>
    vi.fn((request: Request) => {
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          const timers = parts.map((part, i) =>
            setTimeout(() => {
              stream.enqueue(encoder.encode(part));
              if (ends && i === parts.length - 1) stream.close();
            }, i * everyMs),
          );
          request.signal.addEventListener('abort', () => {
            timers.forEach(clearTimeout);
            stream.error(request.signal.reason);
          });
        },
      });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });

  it.each([
    ['a read', () => callApi(api.GET('/api/shops/mine/orders'))],
    ['a write', () => callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' } }))],
    ['a call outside the generated client (the outbox, the CSV)', () => fetchWithSession('/api/chat/conversations')],
  ])('%s is given up once nothing more has come for 30 s: the phone says so instead of waiting minutes', async (_what, call) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = stallingBody(['{"items":'], 0);
    vi.stubGlobal('fetch', fetch);
    const result = call().then(
      () => 'answered',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(ANSWER_WITHIN_MS - 1);
    expect(fetch.mock.calls[0]![0].signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await settledSoon(result);
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect(((error as ApiError).cause as DOMException).name).toBe('TimeoutError');
  });

  it('is given up for every caller of a shared read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', stallingBody(['{"items":'], 0));
    const read = () => callApi(api.GET('/api/shops/mine/orders')).catch((error: unknown) => error);
    const both = Promise.all([read(), read()]);
    await vi.advanceTimersByTimeAsync(ANSWER_WITHIN_MS);
    expect(await settledSoon(both)).toMatchObject([{ code: NETWORK_ERROR }, { code: NETWORK_ERROR }]);
  });

  it('leaves a slow body alone while its parts keep coming, though the whole takes longer than 30 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const everyMs = ANSWER_WITHIN_MS - 10_000;
    const fetch = stallingBody(['{"items":', '[{"id":"a"}', ']}'], everyMs, true);
    vi.stubGlobal('fetch', fetch);
    const result = callApi(api.GET('/api/shops/mine/orders')).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2 * everyMs + 1);
    expect(await result).toEqual({ items: [{ id: 'a' }] });
    expect(fetch.mock.calls[0]![0].signal.aborted).toBe(false);
  });
});

describe('the database away (503 DATABASE_UNAVAILABLE)', () => {
  it('tells the status dot, which trusts the socket otherwise; a busy server does not', async () => {
    const answer = (code: string) => Response.json({ statusCode: 503, code, message: 'x' }, { status: 503 });
    vi.stubGlobal('fetch', vi.fn(async () => answer('SERVER_BUSY')));
    await expect(callApi(api.GET('/api/shops/mine/orders'))).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    expect(databaseTroubled()).toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => answer('DATABASE_UNAVAILABLE')));
    await expect(callApi(api.GET('/api/shops/mine/orders'))).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await vi.waitFor(() => expect(databaseTroubled()).toBe(true));
  });

  it('is told by the outbox’s and the CSV’s calls too (fetchWithSession), not by their other refusals', async () => {
    const answer = (status: number, code: string) => Response.json({ statusCode: status, code, message: 'x' }, { status });
    vi.stubGlobal('fetch', vi.fn(async () => answer(503, 'SERVER_BUSY')));
    await expect(fetchWithSession('/api/products', { method: 'POST' })).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    vi.stubGlobal('fetch', vi.fn(async () => answer(400, 'DATABASE_UNAVAILABLE')));
    await expect(fetchWithSession('/api/products', { method: 'POST' })).rejects.toMatchObject({ status: 400 });
    expect(databaseTroubled()).toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => answer(503, 'DATABASE_UNAVAILABLE')));
    await expect(fetchWithSession('/api/products', { method: 'POST' })).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(databaseTroubled()).toBe(true);
  });
});

describe('a busy server (503 with Retry-After)', () => {
  const busy = (headers: Record<string, string> = {}, code = 'SERVER_BUSY') =>
    Response.json({ statusCode: 503, code, message: 'busy' }, { status: 503, headers: { 'Retry-After': '0', ...headers } });
  const joined = { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', participantId: 'p', name: 'Sri', role: 'trainee' };

  it('is waited out and a GET asked again', async () => {
    const fetch = vi.fn<(request: Request) => Promise<Response>>().mockResolvedValueOnce(busy()).mockResolvedValueOnce(Response.json({ status: 'ok' }));
    vi.stubGlobal('fetch', fetch);
    await expect(callApi(api.GET('/api/health'))).resolves.toEqual({ status: 'ok' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again a POST with an Idempotency-Key, with the same body and key', async () => {
    const fetch = vi.fn<(request: Request) => Promise<Response>>().mockResolvedValueOnce(busy({}, 'DATABASE_UNAVAILABLE')).mockResolvedValueOnce(Response.json(joined, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    await callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' }, headers: { 'Idempotency-Key': 'key-12345678' } }));
    const bodies = await Promise.all(fetch.mock.calls.map(([request]) => request.text()));
    expect(bodies).toEqual([JSON.stringify({ code: 'ABC123', displayName: 'Sri', role: 'trainee' }), JSON.stringify({ code: 'ABC123', displayName: 'Sri', role: 'trainee' })]);
    expect(fetch.mock.calls.map(([request]) => request.headers.get('Idempotency-Key'))).toEqual(['key-12345678', 'key-12345678']);
  });

  it('asks again a POST without a key only when the server says it did nothing', async () => {
    const refused = vi.fn<(request: Request) => Promise<Response>>().mockResolvedValue(busy());
    vi.stubGlobal('fetch', refused);
    await expect(callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' } }))).rejects.toMatchObject({ status: 503, code: 'SERVER_BUSY' });
    expect(refused).toHaveBeenCalledTimes(1);

    const fetch = vi.fn<(request: Request) => Promise<Response>>().mockResolvedValueOnce(busy({ 'X-Nothing-Done': 'true' })).mockResolvedValueOnce(Response.json(joined, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    await expect(callApi(api.POST('/api/join', { body: { code: 'ABC123', displayName: 'Sri', role: 'trainee' } }))).resolves.toMatchObject({ token: 't' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await fetch.mock.calls[1]![0].text()).toBe(JSON.stringify({ code: 'ABC123', displayName: 'Sri', role: 'trainee' }));
  });

  it('gives the 503 to the caller after two repeats, and at once when the wait is over 10 s or the code is another', async () => {
    const fetch = vi.fn<(request: Request) => Promise<Response>>().mockImplementation(async () => busy());
    vi.stubGlobal('fetch', fetch);
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 503, code: 'SERVER_BUSY' });
    expect(fetch).toHaveBeenCalledTimes(1 + BUSY_RETRIES);

    const long = vi.fn<(request: Request) => Promise<Response>>().mockImplementation(async () => busy({ 'Retry-After': '33' }));
    vi.stubGlobal('fetch', long);
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 503 });
    expect(long).toHaveBeenCalledTimes(1);

    const other = vi.fn<(request: Request) => Promise<Response>>().mockImplementation(async () => busy({}, 'SERVICE_UNAVAILABLE'));
    vi.stubGlobal('fetch', other);
    await expect(callApi(api.GET('/api/health'))).rejects.toMatchObject({ status: 503 });
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the caller gives up', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => busy({ 'Retry-After': '5' })));
    const controller = new AbortController();
    const call = callApi(api.GET('/api/health', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ code: NETWORK_ERROR });
  });
});
