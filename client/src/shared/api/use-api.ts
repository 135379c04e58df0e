// A small "load this and keep it on screen" hook: no cache library, the 150 KB budget counts every dependency.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { getSession } from '../auth/session';
import { EARLY_ANSWER_MAX_AGE_MS, peekEarlyData, requestKey } from './early-answers';
import { readResponse, saveResponse } from '../offline/saved-responses';
import { ApiError, NETWORK_ERROR, toNetworkError } from './http';
import { shownWithoutRead } from './read-marks';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True until the first answer for this key (a reload keeps the old data on screen meanwhile). */
  loading: boolean;
  /** True while any request for this key is on its way, the first or a reload. */
  fetching: boolean;
  /** Loads again, e.g. after a reconnect or an event that changed the data. */
  reload: () => void;
  /** Replaces the data on screen (an event or a write already told us the new value). */
  setData: (update: (current: T | undefined) => T | undefined) => void;
  /** Set when `data` is the last answer saved on this phone (no signal now): its time, epoch ms. */
  savedAt: number | undefined;
}

export interface ApiOptions {
  /**
   * A read-only screen worth showing without signal: each answer is saved on the phone (IndexedDB, per person),
   * and when the network fails the last one is shown instead, with `savedAt` set; the return of the signal
   * loads again.
   */
  keepOffline?: boolean;
  /**
   * The address `load` asks, exactly as the API client sends it (path and query). An answer already in hand for it
   * is the data of the very first render:
   * - an early read of the opened page (src/app/early-reads.ts), read before the first render (main.tsx waits for it,
   *   settleEarlyAnswers); `load` still runs and takes that same answer;
   * - an answer a write already gave for it (primeRead); `load` still runs, to the network.
   */
  early?: string;
}

/** Answers a write already gave for a read (primeRead), by sharedGet's key of the read; forgotten once read afresh. */
const primed = new Map<string, { data: unknown; at: number }>();

/** sharedGet's key of a read of this address by the person signed in. */
function readKey(address: string): string {
  const token = getSession()?.token;
  return requestKey(`${location.origin}${address}`, token ? `Bearer ${token}` : null);
}

/**
 * A write's answer that is also what a read of `address` answers now (the order "Buat Pesanan" made is what its
 * payment page reads): the page that reads it (with that address as `early`) draws it in its first render instead of
 * "Memuat…" while its own read is on its way, a round trip less to wait on a slow phone network. Kept in memory
 * until that read answers, EARLY_ANSWER_MAX_AGE_MS at most; a reload reads as usual.
 */
export function primeRead(address: string, data: unknown, nowMs = Date.now()): void {
  primed.set(readKey(address), { data, at: nowMs });
}

function peekPrimed(key: string, nowMs = Date.now()): unknown {
  const entry = primed.get(key);
  return entry && nowMs - entry.at <= EARLY_ANSWER_MAX_AGE_MS ? entry.data : undefined;
}

interface Result<T> {
  key: string;
  version: number;
  data?: T;
  error?: ApiError;
  savedAt?: number;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : toNetworkError(error);
}

/**
 * Loads `load()` whenever `key` changes (null: load nothing yet). `load` may change on every render;
 * the latest one is used. Answers that arrive after the key changed are dropped.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options?: ApiOptions): ApiState<T> {
  const keepOffline = options?.keepOffline === true;
  const early = options?.early;
  const [result, setResult] = useState<Result<T> | undefined>(() => {
    if (key === null || !early) return undefined;
    const read = readKey(early);
    const data = (peekEarlyData(read) ?? peekPrimed(read)) as T | undefined;
    return data === undefined ? undefined : { key, version: 0, data };
  });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);

  useLayoutEffect(() => {
    loadRef.current = load;
  });

  // Sent as soon as the screen is committed, not after it is painted (where useEffect runs): on a 4× slower phone
  // the first paint of a page takes a few hundred ms, and its reads no longer wait for it.
  useLayoutEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    // Saved per person: a phone passed to someone else never shows the first one's data.
    const savedKey = keepOffline ? `${getSession()?.id ?? 'anonymous'}|${key}` : undefined;
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (controller.signal.aborted) return;
        if (early) primed.delete(readKey(early));
        setResult({ key, version, data });
        if (savedKey) void saveResponse(savedKey, data);
      })
      .catch(async (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        if (savedKey && apiError.code === NETWORK_ERROR) {
          const saved = await readResponse<T>(savedKey);
          if (controller.signal.aborted) return;
          if (saved) {
            shownWithoutRead();
            // Live data already on screen stays (with the error); otherwise the saved answer, marked.
            setResult((previous) =>
              previous?.key === key && previous.data !== undefined && previous.savedAt === undefined
                ? { ...previous, version, error: apiError }
                : { key, version, data: saved.data, savedAt: saved.savedAt },
            );
            return;
          }
        }
        // A failed reload keeps the data already shown; the error is shown beside it.
        setResult((previous) => ({
          key,
          version,
          data: previous?.key === key ? previous.data : undefined,
          savedAt: previous?.key === key ? previous.savedAt : undefined,
          error: apiError,
        }));
      });
    return () => controller.abort();
  }, [key, version, keepOffline, early]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) =>
      setResult((previous) => (previous ? { ...previous, data: update(previous.data) } : previous)),
    [],
  );

  const current = result?.key === key ? result : undefined;
  const showingSaved = current?.savedAt !== undefined;
  // Saved data on screen: the return of the signal loads the live data.
  useEffect(() => {
    if (!showingSaved) return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [showingSaved, reload]);

  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && current === undefined,
    fetching: key !== null && current?.version !== version,
    reload,
    setData,
    savedAt: current?.savedAt,
  };
}
