// Pure: is this thrown value the database being away (503, not a bug), and which kind?
// TypeORM passes connection failures through raw (pg's Error with a Node `code`, or pg-pool's own messages) and wraps
// failed queries in QueryFailedError (`driverError`), so every level of `driverError` and `cause` is looked at.

export type DatabaseOutage = 'DATABASE_UNAVAILABLE' | 'SERVER_BUSY';

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is away, shutting down or starting: class 08 (connection exception), 57P01–57P03
 * (admin/crash shutdown, cannot connect now), 3D000 (the database itself is gone), 53300 (too many connections).
 */
function outageSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '3D000' || code === '53300';
}

/** pg-pool's message when every connection of the pool stayed busy for `connectionTimeoutMillis`. */
const POOL_EXHAUSTED = 'timeout exceeded when trying to connect';

const LOST_CONNECTION_MESSAGES = [
  'Connection terminated', // "… unexpectedly", "… due to connection timeout"
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Connection is not established',
];

/**
 * TypeORM releases a transaction's query runner when its connection errors (the server died under it); the
 * transaction's next query then throws one of these instead of the socket error (issue 15, money under faults).
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export function databaseOutage(error: unknown): DatabaseOutage | null {
  // An outgoing HTTP call that failed (the payment gateway) carries the same socket codes; it is not the database.
  if (error instanceof TypeError && error.message === 'fetch failed') return null;
  const seen = new Set<unknown>();
  let current: unknown = error;
  const pending: unknown[] = [];
  while (current !== undefined && current !== null && !seen.has(current) && seen.size < 8) {
    seen.add(current);
    if (typeof current === 'object') {
      const candidate = current as { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
      const code = typeof candidate.code === 'string' ? candidate.code : '';
      const message = typeof candidate.message === 'string' ? candidate.message : '';
      if (message === POOL_EXHAUSTED) return 'SERVER_BUSY';
      if (typeof candidate.name === 'string' && RELEASED_RUNNER_ERRORS.has(candidate.name)) return 'DATABASE_UNAVAILABLE';
      if (NETWORK_CODES.has(code)) return 'DATABASE_UNAVAILABLE';
      if (/^[0-9A-Z]{5}$/.test(code) && outageSqlState(code)) return 'DATABASE_UNAVAILABLE';
      if (LOST_CONNECTION_MESSAGES.some((lost) => message.startsWith(lost))) return 'DATABASE_UNAVAILABLE';
      // AggregateError: a refused connect to a host with several addresses (IPv4 and IPv6).
      if (Array.isArray(candidate.errors)) pending.push(...(candidate.errors as unknown[]));
      if (candidate.driverError) pending.push(candidate.driverError);
      if (candidate.cause) pending.push(candidate.cause);
    }
    current = pending.shift();
  }
  return null;
}
