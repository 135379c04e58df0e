// A stand-in for the API in component tests: answers by "METHOD /path", records every request.
import { vi } from 'vitest';

export type FakeAnswer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = FakeAnswer | ((request: Request) => FakeAnswer | Promise<FakeAnswer>);

export interface FakeApi {
  /** Every request that reached fetch, in order. */
  requests: Request[];
  /** Requests to one "METHOD /path". */
  calls: (route: string) => Request[];
}

/**
 * Replaces fetch: `stubApi({ 'GET /api/join/KMNPQR': { body: {...} }, 'POST /api/join': (req) => ({...}) })`.
 * A route with no answer gets 404 NOT_FOUND, as the real API would.
 */
export function stubApi(routes: Record<string, Handler>): FakeApi {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      requests.push(request);
      const route = `${request.method} ${new URL(request.url).pathname}`;
      const handler = routes[route];
      const answer: FakeAnswer = handler
        ? typeof handler === 'function'
          ? await handler(request.clone())
          : handler
        : { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: `no fake for ${route}` } };
      const status = answer.status ?? 200;
      if (answer.body === undefined) return new Response(null, { status, headers: answer.headers });
      if (typeof answer.body === 'string') return new Response(answer.body, { status, headers: answer.headers });
      return Response.json(answer.body, { status, headers: answer.headers });
    }),
  );
  return {
    requests,
    calls: (route) => requests.filter((r) => `${r.method} ${new URL(r.url).pathname}` === route),
  };
}

/** The error body every API failure has. */
export function apiError(status: number, code: string, message = code): FakeAnswer {
  return { status, body: { statusCode: status, code, message } };
}

/** A promise and the functions that settle it, to hold an answer back while a test taps again. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
