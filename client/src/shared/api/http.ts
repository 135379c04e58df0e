// The one API client. Types come from schema.d.ts, generated from the API's OpenAPI document.
// The API serves this app on the same origin, so paths stay relative ("/api/...").
import createClient from 'openapi-fetch';
import { expireSession, getSession } from '../auth/session';
import { noteAnswer } from './database-trouble';
import { requestKey, takeEarlyAnswer } from './early-answers';
import { readEnded, readStarted } from './read-marks';
import type { paths } from './schema';

export const NETWORK_ERROR = 'NETWORK_ERROR';

/** Every failed call ends up as this: the HTTP status (0 when nothing came back), a stable code, a developer message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * How long a call waits for the server's answer to begin, and then for each next part of its body. Past it there is
 * none: the phone says so (NETWORK_ERROR: "Tidak tersambung ke server…", or the data saved last for a read) and she
 * can tap again. On a stalled connection (the hall's Wi-Fi dropped her, the 4G cell was lost mid-request) fetch itself
 * waits for many minutes with the button on "Memproses…", and so does reading a body whose headers came before the
 * link stalled. The API answers in well under a second; a body of ours takes 2 s even at 40 kbit/s. Every write that
 * must not happen twice carries an Idempotency-Key kept for the attempt, so tapping again is safe.
 */
export const ANSWER_WITHIN_MS = 30_000;
/** The same for an upload (a photo in the chat): a 500 KB photo at 40 kbit/s takes about 100 s. */
export const UPLOAD_ANSWER_WITHIN_MS = 180_000;

function noAnswer(ms: number): DOMException {
  return new DOMException(`No answer within ${ms / 1000} s`, 'TimeoutError');
}

/**
 * fetch(), given up with a TimeoutError once no answer has begun within `ms`; `controller` (one of its own when not
 * given) is the one it aborts, and the caller's own signal on `request` still stops it too.
 */
function fetchWithin(request: Request, ms: number = ANSWER_WITHIN_MS, controller: AbortController = new AbortController()): Promise<Response> {
  const callers = request.signal;
  const stop = () => controller.abort(abortError(callers));
  if (callers.aborted) stop();
  else callers.addEventListener('abort', stop, { once: true });
  const answer = givenUpAfter(globalThis.fetch(new Request(request, { signal: controller.signal })), ms, controller);
  const settled = () => callers.removeEventListener('abort', stop);
  answer.then(settled, settled);
  return answer;
}

/**
 * `answer`, whose request `controller` aborts with a TimeoutError when `ms` pass with nothing arriving: before the
 * answer begins, or between two parts of its body once it has. Aborting the request errors its body too, so whoever
 * reads it (openapi-fetch's `response.json()`, each copy of a shared answer) gets the TimeoutError.
 */
function givenUpAfter(answer: Promise<Response>, ms: number, controller: AbortController): Promise<Response> {
  let timer = setTimeout(() => controller.abort(noAnswer(ms)), ms);
  const arrived = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(noAnswer(ms)), ms);
  };
  const settled = () => clearTimeout(timer);
  answer.then((response) => untilBodyEnds(response, arrived).then(settled, settled), settled);
  return answer;
}

/**
 * Reads a copy of `response`'s body to its end, calling `arrived` on each part. The copy is a tee of the same stream:
 * the caller's own read is not disturbed, and is answered from what this one has already pulled in. The API's
 * answers are a few KB, so holding a body until its reader comes costs nothing worth counting.
 */
async function untilBodyEnds(response: Response, arrived: () => void): Promise<void> {
  if (!response.body || response.bodyUsed) return;
  const reader = response.clone().body!.getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) return;
    arrived();
  }
}

interface SharedRequest {
  answer: Promise<Response>;
  /** Cancels the request once no caller waits for it any more. */
  controller: AbortController;
  waiting: number;
}

const inFlight = new Map<string, SharedRequest>();

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The same GET asked again while the first is on its way (the nav badges, the home counters and the header read the
 * same counts as a page opens) shares that one request: on a slow phone network each one costs a round trip and
 * one of the browser's six connections. Each caller gets its own copy of the answer and may stop waiting on its own;
 * the request itself is cancelled when the last one stops.
 */
export function sharedGet(request: Request): Promise<Response> {
  if (request.method !== 'GET') return fetchWithin(request);
  const key = requestKey(request.url, request.headers.get('Authorization'));
  let shared = inFlight.get(key);
  if (!shared) {
    // The page's first read may be on its way already, asked by index.html's route-preload script (early-answers.ts).
    const early = takeEarlyAnswer(key);
    const controller = early?.controller ?? new AbortController();
    // The shared request is the callers' to stop (below), so it goes without any caller's signal.
    const answer = early
      ? givenUpAfter(early.answer, ANSWER_WITHIN_MS, controller)
      : fetchWithin(new Request(request, { signal: null }), ANSWER_WITHIN_MS, controller);
    const entry: SharedRequest = { answer, controller, waiting: 0 };
    const forget = () => {
      if (inFlight.get(key) === entry) inFlight.delete(key);
    };
    answer.then(forget, forget);
    // Its broadcast mark, for the socket's first connection (read-marks.ts).
    const startedIn = readStarted();
    answer.then(
      (response) => readEnded(response, startedIn),
      () => readEnded(controller.signal.aborted ? 'dropped' : null, startedIn),
    );
    inFlight.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  entry.waiting += 1;
  const signal = request.signal;
  return new Promise<Response>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      entry.waiting -= 1;
    };
    const onAbort = () => {
      leave();
      reject(abortError(signal!));
      if (entry.waiting === 0) {
        if (inFlight.get(key) === entry) inFlight.delete(key);
        entry.controller.abort();
      }
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.answer.then(
      (response) => {
        if (done) return;
        leave();
        resolve(response.clone());
      },
      (error: unknown) => {
        if (done) return;
        leave();
        reject(error);
      },
    );
  });
}

/** Times a call is asked again after a 503 that says when to come back (see `busyRetryDelay`). */
export const BUSY_RETRIES = 2;
/** The longest Retry-After waited out; a longer one is shown to the user instead (she can tap again). */
const MAX_BUSY_WAIT_MS = 10_000;
const BUSY_CODES = new Set(['SERVER_BUSY', 'DATABASE_UNAVAILABLE']);
/** Methods whose repeat does nothing twice; POST only with an Idempotency-Key (the server answers a repeat from it). */
const REPEATABLE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/** Whether asking again cannot do anything twice. */
export function repeatable(method: string, headers: Headers): boolean {
  return REPEATABLE_METHODS.has(method.toUpperCase()) || headers.has('Idempotency-Key');
}

/**
 * How long to wait before asking again, or null to give the answer to the caller: a 503 SERVER_BUSY (every database
 * connection or the photo line busy) or DATABASE_UNAVAILABLE (PostgreSQL restarting) with the server's Retry-After.
 * In a hall of 30 phones those pass within seconds; a busy moment should not become an error on a trainee's screen.
 */
export async function busyRetryDelay(status: number, retryAfter: string | null, body: () => Promise<unknown>): Promise<number | null> {
  if (status !== 503 || retryAfter === null) return null;
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds * 1000 > MAX_BUSY_WAIT_MS) return null;
  const parsed = await body().catch(() => undefined);
  if (!isRecord(parsed) || typeof parsed.code !== 'string' || !BUSY_CODES.has(parsed.code)) return null;
  return Math.max(500, seconds * 1000);
}

/** Resolves after `ms`, or rejects with the signal's reason when the caller stops waiting first. */
export function waitUnlessAborted(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The server's word, on a 503, that the request wrote nothing (api/src/common/errors/nothing-done.ts). */
export const NOTHING_DONE_HEADER = 'X-Nothing-Done';

/**
 * Every call of the generated client: one that got a 503 with Retry-After is asked again after that wait, at most
 * BUSY_RETRIES times, when asking again cannot do anything twice: a repeatable call, or any call the server says it
 * did nothing for (issue 15, load held: 30 classes joining at once met a moment when every database connection was
 * busy). Anything else, and the last 503, goes to the caller as it came.
 */
export async function fetchRetryingBusy(request: Request, send: (request: Request) => Promise<Response> = sharedGet): Promise<Response> {
  const safe = repeatable(request.method, request.headers);
  for (let attempt = 0; ; attempt++) {
    const last = attempt === BUSY_RETRIES;
    const response = await send(last ? request : request.clone());
    // A 503's body is read once, for the status dot and for the wait.
    let read: Promise<unknown> | undefined;
    const body = () => (read ??= response.clone().json().catch(() => undefined));
    // A 503 DATABASE_UNAVAILABLE tells the status dot, whose socket stays connected meanwhile (database-trouble.ts).
    if (response.status === 503) void body().then((parsed) => noteAnswer(response.status, parsed));
    const mayRepeat = safe || response.headers.get(NOTHING_DONE_HEADER) === 'true';
    const wait = last || !mayRepeat ? null : await busyRetryDelay(response.status, response.headers.get('Retry-After'), body);
    if (wait === null) return response;
    await waitUnlessAborted(wait, request.signal);
  }
}

export const api = createClient<paths>({
  baseUrl: '',
  // globalThis.fetch is looked up on every call, not captured once, so a replaced fetch (tests, wrappers) is honoured.
  fetch: (request) => fetchRetryingBusy(request),
});

const BEARER = /^Bearer (.+)$/;

/** Adds the signed-in person's token, unless the caller set an Authorization header itself. */
function withSessionToken(request: Request): Request {
  const session = getSession();
  if (session && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${session.token}`);
  return request;
}

/**
 * A 401 UNAUTHENTICATED means the token itself is no longer good (logged out elsewhere, expired, class
 * archived): forget it, and the app returns to the sign-in page. Other 401s (a wrong password or PIN) are
 * answers to the form, not about the session.
 */
async function checkSessionRefused(request: Request, response: Response): Promise<void> {
  if (response.status !== 401) return;
  const token = BEARER.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token) return;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (isRecord(body) && body.code === 'UNAUTHENTICATED') expireSession(token);
}

api.use({
  onRequest: ({ request }) => withSessionToken(request),
  onResponse: async ({ request, response }) => {
    await checkSessionRefused(request, response);
    return response;
  },
});

/**
 * fetch() with the session's token, for answers that are not JSON (the attendance CSV).
 * Throws an ApiError like callApi does.
 */
export async function fetchWithSession(path: string, init?: RequestInit, answerWithinMs: number = ANSWER_WITHIN_MS): Promise<Response> {
  const request = withSessionToken(new Request(path, init));
  let response: Response;
  try {
    response = await fetchWithin(request, answerWithinMs);
    // Its body whole, within the same deadline: a stalled one becomes a NETWORK_ERROR here, not an error of another
    // shape where the caller reads it. The caller's read is then answered from memory.
    await response.clone().arrayBuffer();
  } catch (cause) {
    throw toNetworkError(cause);
  }
  await checkSessionRefused(request, response);
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    noteAnswer(response.status, body);
    throw toApiError(response, body);
  }
  return response;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Something between us and the API (a proxy, a captive portal) can answer without our error shape.
function codeWithoutBody(status: number): string {
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN_ERROR';
}

/** Turns an error response and its parsed body ({ statusCode, code, message }) into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string') {
    const message = typeof body.message === 'string' ? body.message : response.statusText;
    return new ApiError(response.status, body.code, message);
  }
  return new ApiError(response.status, codeWithoutBody(response.status), response.statusText || `HTTP ${response.status}`);
}

/** The request never got an answer: offline, server down, timed out or aborted, or the answer was unreadable. */
export function toNetworkError(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : 'Network request failed';
  return new ApiError(0, NETWORK_ERROR, message, { cause });
}

type ClientResult<Data> = { data?: Data; error?: unknown; response: Response };

/**
 * Awaits one call of the generated client and returns its data, or throws an ApiError.
 * Usage: `const health = await callApi(api.GET('/api/health', { signal }))`.
 */
export async function callApi<Data>(call: Promise<ClientResult<Data>>): Promise<Data> {
  let result: ClientResult<Data>;
  try {
    result = await call;
  } catch (cause) {
    throw toNetworkError(cause);
  }
  if (!result.response.ok || result.error !== undefined) {
    throw toApiError(result.response, result.error);
  }
  return result.data as Data;
}
