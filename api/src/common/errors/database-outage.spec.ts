import { databaseOutage } from './database-outage.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('databaseOutage', () => {
  it.each<[string, unknown, string | null]>([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'DATABASE_UNAVAILABLE'],
    ['refused on every address (AggregateError)', Object.assign(new AggregateError([withCode('x', 'ECONNREFUSED')], ''), {}), 'DATABASE_UNAVAILABLE'],
    ['a connection cut', new Error('Connection terminated unexpectedly'), 'DATABASE_UNAVAILABLE'],
    ['a connect that timed out', new Error('Connection terminated due to connection timeout'), 'DATABASE_UNAVAILABLE'],
    ['the server shutting down (57P01), wrapped by TypeORM', { name: 'QueryFailedError', message: 'terminating', driverError: withCode('terminating connection due to administrator command', '57P01') }, 'DATABASE_UNAVAILABLE'],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03'), 'DATABASE_UNAVAILABLE'],
    ['the database dropped (3D000)', withCode('database "x" does not exist', '3D000'), 'DATABASE_UNAVAILABLE'],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300'), 'DATABASE_UNAVAILABLE'],
    ['a connection exception (08006)', withCode('connection failure', '08006'), 'DATABASE_UNAVAILABLE'],
    ['a client no longer queryable', new Error('Client has encountered a connection error and is not queryable'), 'DATABASE_UNAVAILABLE'],
    // Issue 15, money under faults: the postmaster killed mid-checkout; TypeORM had released the transaction's runner.
    ['a transaction whose connection died (TypeORM released its runner)', Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }), 'DATABASE_UNAVAILABLE'],
    ['a manager whose runner was released', Object.assign(new Error('Database connection provided by a query runner was already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' }), 'DATABASE_UNAVAILABLE'],
    ['as the cause of another error', new Error('outer', { cause: withCode('x', 'ECONNRESET') }), 'DATABASE_UNAVAILABLE'],
    ['the pool exhausted', new Error('timeout exceeded when trying to connect'), 'SERVER_BUSY'],
    ['a unique violation (a bug or a race, not an outage)', { name: 'QueryFailedError', message: 'duplicate', driverError: withCode('duplicate key', '23505') }, null],
    ['a syntax error', withCode('syntax error', '42601'), null],
    ['a plain bug', new TypeError('x is undefined'), null],
    ['a file error (not the database)', withCode('ENOENT: no such file', 'ENOENT'), null],
    ['a failed outgoing HTTP call (the gateway)', new TypeError('fetch failed', { cause: withCode('x', 'ECONNREFUSED') }), null],
    ['a string', 'boom', null],
    ['undefined', undefined, null],
  ])('%s', (_name, error, expected) => {
    expect(databaseOutage(error)).toBe(expected);
  });

  it('stops on a cycle of causes', () => {
    const a: { message: string; cause?: unknown } = { message: 'a' };
    a.cause = { message: 'b', cause: a };
    expect(databaseOutage(a)).toBeNull();
  });
});
