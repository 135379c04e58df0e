import type { ClientBase } from 'pg';

/**
 * pg-pool's `onConnect` for every pool the app opens (TypeORM's and pg-boss's): the connection listens for its own
 * errors for its whole life.
 *
 * pg-pool listens only while a connection is idle, and whoever borrows it (TypeORM's query runner) a moment after it
 * was handed out. When PostgreSQL ends a connection just as it opens (a restart, or the database dropped), its
 * "ready" and its "terminating connection" (57P01) can arrive in one read: the first hands the connection out, the
 * second is an 'error' event in that moment with nobody listening, and Node ends the process. Here the error is
 * taken; the pool's own listener or the borrower's still acts on it, and a borrower that missed it finds out on its
 * next query ("not queryable": an outage, answered 503).
 */
function listenForConnectionErrors(client: ClientBase): void {
  client.on('error', ignoreHandledElsewhere);
}

/**
 * The pool option that installs it; the app's pools take it through `poolOptions` (pool-options.ts).
 */
export const LISTEN_FOR_CONNECTION_ERRORS = { onConnect: listenForConnectionErrors } as const;

function ignoreHandledElsewhere(): void {
  // The pool (idle connections) and TypeORM (borrowed ones) log and release; this only keeps the event handled.
}
