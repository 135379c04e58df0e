import { useEffect, useState, useSyncExternalStore } from 'react';
import { clearDatabaseTrouble, databaseTroubled, subscribeDatabaseTrouble } from '../../../shared/api/database-trouble';
import { socketLive, subscribeSocketLive } from '../../../shared/realtime/socket';
import { getHealth } from '../api/get-health';

export type ServerState = 'checking' | 'up' | 'down';

export const HEALTH_POLL_MS = 30_000;
// Village-hall Wi-Fi can hang a request for minutes; past this the server counts as unreachable.
const HEALTH_TIMEOUT_MS = 10_000;

/**
 * Whether the server answers. While the signed-in phone's socket is connected, it does: the socket's own ping
 * (every 20 s, a few bytes) says so, and nothing else is asked. Otherwise (before she signs in, once the socket
 * drops, or once an answer said the database is away: the socket stays connected through that) GET /api/health is
 * asked now, every 30 s while the page is visible, and again whenever the window regains focus or the device comes
 * back online. Each of those costs about 1.4 KB on the wire: 174 KB an hour
 * (`npm run idle:phone`).
 */
export function useServerStatus(pollMs: number = HEALTH_POLL_MS): ServerState {
  const [state, setState] = useState<ServerState>('checking');
  const live = useSyncExternalStore(subscribeSocketLive, socketLive, () => false);
  const troubled = useSyncExternalStore(subscribeDatabaseTrouble, databaseTroubled, () => false);
  const trusted = live && !troubled;

  useEffect(() => {
    if (trusted) return;
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
        if (next === 'up') clearDatabaseTrouble();
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
  }, [pollMs, trusted]);

  // An answer that said the database is away is the latest word until the health check's.
  return trusted ? 'up' : troubled ? 'down' : state;
}
