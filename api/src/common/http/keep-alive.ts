// How long a phone's connection stays open between two taps. Node closes an idle keep-alive connection after 5 s; a
// trainee reads a page for longer than that, so nearly every tap opened a new TCP connection: one more round trip
// before the request could even leave her phone (on village 4G, 100–200 ms). Chromium keeps a used connection for
// 5 minutes, so it is the server that decides.
import type { Server } from 'node:http';

/** The same as nginx's default `keepalive_timeout` in front of the multi-node stack, so both deployments keep a phone's
 * connection alike: a minute of reading and more. */
export const KEEP_ALIVE_MS = 75_000;
/** While the server closes, how often the connections that have gone idle are closed. */
const CLOSING_SWEEP_MS = 100;

export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // A request's headers still have to arrive within a minute of its first byte (Node's own default, named here so
  // that it reads as chosen): an idle connection is timed by keepAliveTimeout, a slow request by this.
  server.headersTimeout = 60_000;

  // Node's close() closes the connections idle at that moment, then waits for the rest to close themselves: one that
  // finishes its request afterwards would stay open for KEEP_ALIVE_MS, and a stop or restart of the app with it.
  // So, once closing, each connection is closed as soon as it is idle.
  const close = server.close.bind(server);
  server.close = (callback?: (error?: Error) => void): Server => {
    const sweep = setInterval(() => server.closeIdleConnections(), CLOSING_SWEEP_MS);
    sweep.unref();
    server.once('close', () => clearInterval(sweep));
    return close(callback);
  };
}
