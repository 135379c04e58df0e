// Answers to the opened page's first reads, asked before the app's JS has even run. On a cold load of a slow phone
// the entry arrives, takes half a second to run and as long again to render; a page's own read would start only
// then. The small route-preload script (client/build/route-preload.ts, run from index.html's head) starts those
// reads at once, for the pages of src/app/early-reads.ts, and leaves them here; sharedGet (http.ts) takes the one
// that is exactly the request it was about to send (same address, same token) instead of sending it again.

/** Where the route-preload script leaves its requests: a Map on window, by sharedGet's key. */
export const EARLY_ANSWERS_GLOBAL = '__pasarLatihanEarly';

/** An answer asked for this long ago is no longer taken: the page reads afresh. */
export const EARLY_ANSWER_MAX_AGE_MS = 20_000;

export interface EarlyAnswer {
  answer: Promise<Response>;
  controller: AbortController;
  /** Date.now() when it was asked. */
  at: number;
  /** Its JSON, once settleEarlyAnswers() has read it (a 2xx answer only). */
  data?: unknown;
}

function earlyAnswers(): Map<string, EarlyAnswer> | undefined {
  const early = (globalThis as Record<string, unknown>)[EARLY_ANSWERS_GLOBAL];
  return early instanceof Map ? (early as Map<string, EarlyAnswer>) : undefined;
}

/**
 * Reads the JSON of every early answer (a copy: the page's own request still takes the response), so that the first
 * render can draw it at once (main.tsx waits for this, as for the page's chunk): the page's content comes in the same
 * render as the page, instead of a render, a paint and an effect later. Never rejects.
 */
export function settleEarlyAnswers(): Promise<void> {
  const early = earlyAnswers();
  if (!early) return Promise.resolve();
  return Promise.all(
    [...early.values()].map((entry) =>
      entry.answer
        .then((response) => (response.ok ? response.clone().json() : undefined))
        .then(
          (data: unknown) => {
            entry.data = data;
          },
          () => undefined,
        ),
    ),
  ).then(() => undefined);
}

/** The JSON of the early answer with this key, if it was read already; the answer stays for the page's request. */
export function peekEarlyData(key: string, nowMs = Date.now()): unknown {
  const entry = earlyAnswers()?.get(key);
  return entry && nowMs - entry.at <= EARLY_ANSWER_MAX_AGE_MS ? entry.data : undefined;
}

/** sharedGet's key of a request: its absolute URL and its Authorization header. */
export function requestKey(url: string, authorization: string | null): string {
  return `${url}\n${authorization ?? ''}`;
}

/** The early request with this key, once: a later read of the same address goes to the network. */
export function takeEarlyAnswer(key: string, nowMs = Date.now()): EarlyAnswer | undefined {
  const early = earlyAnswers();
  if (!early) return undefined;
  const entry = early.get(key);
  if (!entry) return undefined;
  early.delete(key);
  if (nowMs - entry.at > EARLY_ANSWER_MAX_AGE_MS) {
    entry.controller.abort();
    return undefined;
  }
  return entry;
}
