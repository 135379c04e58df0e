// A small "load this and keep it on screen" hook: no cache library, the 150 KB budget counts every dependency.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { getSession } from '../auth/session';
import { peekEarlyData, requestKey } from './early-answers';
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
   * The address `load` asks, exactly as the API client sends it (path and query), when it is one of the opened page's
   * early reads (src/app/early-reads.ts): an answer already read (main.tsx waits for it, settleEarlyAnswers) is the
   * data of the very first render. `load` still runs and takes that same answer.
   */
  early?: string;
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
  const [result, setResult] = useState<Result<T> | undefined>(() => {
    if (key === null || !options?.early) return undefined;
    const token = getSession()?.token;
    const data = peekEarlyData(requestKey(`${location.origin}${options.early}`, token ? `Bearer ${token}` : null)) as T | undefined;
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
  }, [key, version, keepOffline]);

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
