// Whether a request that is answered 503 had done anything yet: the client may ask again after Retry-After when it had
// not, whatever the method (issue 15, load held: a trainee's "Gabung" that met a moment when every database
// connection was busy was shown an error, though nothing had been written).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/** Sent on a 503 SERVER_BUSY or DATABASE_UNAVAILABLE when the request wrote nothing: asking again is safe. */
export const NOTHING_DONE_HEADER = 'X-Nothing-Done';

interface RequestWrites {
  /** A COMMIT was sent, or a statement that may write was sent outside a transaction. */
  wrote: boolean;
}

const requests = new AsyncLocalStorage<RequestWrites>();

/**
 * Fastify's preHandler hook: everything the route does (its guards, pipes and handler) runs in its own record of
 * writes. It is the last hook before the route, after the body was read, whose stream events would not carry it.
 */
export function trackRequestWrites(_request: unknown, _reply: unknown, done: () => void): void {
  requests.run({ wrote: false }, done);
}

/** True inside a request that has sent no COMMIT and no write outside a transaction (so its 503 left nothing behind). */
export function nothingDone(): boolean {
  const writes = requests.getStore();
  return writes !== undefined && !writes.wrote;
}

/**
 * Writes that are bookkeeping, not what the request asked for (a rate-limit count): they do not make a later 503 unsafe
 * to ask again (the repeat is counted once more, which the limits leave room for).
 */
export function bookkeeping<T>(work: () => Promise<T>): Promise<T> {
  return requests.getStore() ? requests.run({ wrote: false }, work) : work();
}

/** A statement that only reads: SELECT (a WITH may hide a write, so it counts as one). */
const READ_ONLY = /^\s*(SELECT|SHOW)\b/i;

type PatchedRunner = QueryRunner & { __writesTracked?: true };

/**
 * Counts as written, for the request in whose context they run, every COMMIT (before it is sent: a commit whose answer
 * was lost may have happened) and every statement that may write outside a transaction. A transaction rolled back
 * (a pool timeout inside it, the database gone) wrote nothing. Reads never count: a request that only looked up its
 * token before the pool refused it is still "nothing done".
 */
export function trackWrites(dataSource: DataSource): void {
  const probe = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(probe) as PatchedRunner;
  void probe.release();
  if (prototype.__writesTracked) return;
  const commit = prototype.commitTransaction;
  prototype.commitTransaction = function (this: QueryRunner) {
    const writes = requests.getStore();
    if (writes) writes.wrote = true;
    return commit.call(this);
  };
  const query = prototype.query as (this: QueryRunner, ...args: unknown[]) => Promise<unknown>;
  prototype.query = function (this: QueryRunner, ...args: unknown[]) {
    const writes = requests.getStore();
    if (writes && !this.isTransactionActive && !(typeof args[0] === 'string' && READ_ONLY.test(args[0]))) writes.wrote = true;
    return query.apply(this, args);
  } as QueryRunner['query'];
  prototype.__writesTracked = true;
}
