// One socket.io connection per signed-in token, shared by every page that listens.
// socket.io-client is imported on first use, which is always after the first render (from an effect),
// so it is never part of the trainee's first-load JavaScript.
import type { Socket } from 'socket.io-client';
import { expireSession, getSession, subscribeSession } from '../auth/session';
import { createFlag } from '../store/flag';

/** After the server refused the handshake for a passing reason (a database hiccup), try again this much later. */
const RETRY_AFTER_REFUSAL_MS = 5_000;

let current: { token: string; socket: Promise<Socket> } | undefined;
/** How many times each socket connected: its first connection follows the page's first reads (read-marks.ts). */
const connections = new WeakMap<Socket, number>();

/** Whether this is the socket's first connection since the app opened (not a reconnection after a drop). */
export function firstConnection(socket: Socket): boolean {
  return connections.get(socket) === 1;
}
let watchingSession = false;

/** Whether the shared socket is connected now: the server answers (server-status reads it instead of polling). */
const live = createFlag();

export const socketLive = live.get;

/** Calls `listener` whenever the shared socket connects or drops; returns the unsubscribe. */
export const subscribeSocketLive = live.subscribe;

function loadClient() {
  return import('socket.io-client');
}

/** The shared socket for this token (connecting, or connected); a different token closes the old one. */
export function connectSocket(token: string): Promise<Socket> {
  if (current?.token === token) return current.socket;
  disconnectSocket();
  watchSessionChanges();
  const entry = {
    token,
    socket: loadClient().then(({ io }) => {
      const socket = io({ auth: { token }, transports: ['websocket', 'polling'] });
      // Registered first, so a page's own 'connect' listener already sees this connection counted.
      socket.on('connect', () => connections.set(socket, (connections.get(socket) ?? 0) + 1));
      socket.on('connect', () => {
        if (current === entry) live.set(true);
      });
      socket.on('disconnect', () => {
        if (current === entry) live.set(false);
      });
      socket.on('connect_error', (error) => {
        // socket.io retries network failures by itself; a refusal by the server's middleware it does not.
        if (socket.active) return;
        if (error.message === 'UNAUTHENTICATED') {
          expireSession(token);
          return;
        }
        setTimeout(() => {
          if (current === entry && !socket.connected) socket.connect();
        }, RETRY_AFTER_REFUSAL_MS);
      });
      return socket;
    }),
  };
  // The chunk did not arrive (no signal): forget the failure, so that the next call tries again.
  entry.socket.catch(() => {
    if (current === entry) current = undefined;
  });
  current = entry;
  return entry.socket;
}

export function disconnectSocket(): void {
  const previous = current;
  current = undefined;
  live.set(false);
  void previous?.socket.then((socket) => socket.disconnect()).catch(() => undefined);
}

// Signing out (or in as someone else) must not leave the old person's socket listening.
function watchSessionChanges(): void {
  if (watchingSession) return;
  watchingSession = true;
  subscribeSession(() => {
    if (current && getSession()?.token !== current.token) disconnectSocket();
  });
}

/**
 * The browser says the signal is back: connect now rather than at the end of socket.io's back-off (up to 5 s).
 * A socket that is still connected is left alone.
 */
export function reconnectNow(): void {
  void current?.socket
    .then((socket) => {
      if (socket.connected) return;
      // Closing first cancels the pending back-off timer, so connect() opens at once.
      socket.disconnect();
      socket.connect();
    })
    .catch(() => undefined);
}
