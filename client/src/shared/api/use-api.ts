// A small "load this and keep it on screen" hook: no cache library, the 150 KB budget counts every dependency.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, toNetworkError } from './http';

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
}

interface Result<T> {
  key: string;
  version: number;
  data?: T;
  error?: ApiError;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : toNetworkError(error);
}

/**
 * Loads `load()` whenever `key` changes (null: load nothing yet). `load` may change on every render;
 * the latest one is used. Answers that arrive after the key changed are dropped.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [result, setResult] = useState<Result<T> | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResult({ key, version, data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        // A failed reload keeps the data already shown; the error is shown beside it.
        setResult((previous) => ({
          key,
          version,
          data: previous?.key === key ? previous.data : undefined,
          error: asApiError(error),
        }));
      });
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) =>
      setResult((previous) => (previous ? { ...previous, data: update(previous.data) } : previous)),
    [],
  );

  const current = result?.key === key ? result : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && current === undefined,
    fetching: key !== null && current?.version !== version,
    reload,
    setData,
  };
}
