// A form's submit: one request at a time, so a double-tapped "Gabung" or "Simpan" does one thing.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, toNetworkError } from './http';

export interface SubmitState<A extends unknown[], T> {
  /** Runs the action unless one is already running; resolves with its result, or undefined when it failed or was skipped. */
  run: (...args: A) => Promise<T | undefined>;
  pending: boolean;
  error: ApiError | undefined;
  clearError: () => void;
}

export function useSubmit<A extends unknown[], T>(action: (...args: A) => Promise<T>): SubmitState<A, T> {
  // The ref, not the state, guards: two taps in the same frame both see pending === false.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const actionRef = useRef(action);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  // A layout effect, run as the render commits: Preact runs a plain effect after the next frame, so a tap right after
  // a change rendered ran the action of the render before (a − right after a + set the stock from before the +).
  useLayoutEffect(() => {
    actionRef.current = action;
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    try {
      return await actionRef.current(...args);
    } catch (caught) {
      if (mounted.current) setError(caught instanceof ApiError ? caught : toNetworkError(caught));
      return undefined;
    } finally {
      inFlight.current = false;
      if (mounted.current) setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);

  return { run, pending, error, clearError };
}
