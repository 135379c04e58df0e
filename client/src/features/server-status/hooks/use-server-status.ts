import { useEffect, useState } from 'react';
import { getHealth } from '../api/get-health';

export type ServerState = 'checking' | 'up' | 'down';

export const HEALTH_POLL_MS = 30_000;
// Village-hall Wi-Fi can hang a request for minutes; past this the server counts as unreachable.
const HEALTH_TIMEOUT_MS = 10_000;

/**
 * Whether the server answers: checked now, every 30 s while the page is visible,
 * and again whenever the window regains focus or the device comes back online.
 */
export function useServerStatus(pollMs: number = HEALTH_POLL_MS): ServerState {
  const [state, setState] = useState<ServerState>('checking');

  useEffect(() => {
    let disposed = false;
    let inFlight: AbortController | undefined;

    const check = async () => {
      if (inFlight) return; // one check at a time
      const controller = new AbortController();
      inFlight = controller;
      const timeout = setTimeout(() => controller.abort(), HEALTH_TIMEOUT_MS);
      let next: ServerState;
      try {
        const health = await getHealth(controller.signal);
        next = health.status === 'ok' ? 'up' : 'down';
      } catch {
        next = 'down';
      } finally {
        clearTimeout(timeout);
        if (inFlight === controller) inFlight = undefined;
      }
      if (!disposed) setState(next);
    };

    const checkNow = () => void check();
    const checkIfVisible = () => {
      if (document.visibilityState !== 'hidden') void check();
    };

    void check();
    const interval = setInterval(checkIfVisible, pollMs);
    window.addEventListener('focus', checkNow);
    window.addEventListener('online', checkNow);
    // navigator.onLine is unreliable on a LAN without internet, so going "offline" triggers a real check.
    window.addEventListener('offline', checkNow);
    document.addEventListener('visibilitychange', checkIfVisible);

    return () => {
      disposed = true;
      inFlight?.abort();
      clearInterval(interval);
      window.removeEventListener('focus', checkNow);
      window.removeEventListener('online', checkNow);
      window.removeEventListener('offline', checkNow);
      document.removeEventListener('visibilitychange', checkIfVisible);
    };
  }, [pollMs]);

  return state;
}
