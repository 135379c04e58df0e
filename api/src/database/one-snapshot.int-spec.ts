import pg from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { dataSourceOptions } from './data-source-options.js';
import { readInOneSnapshot, withLiterals } from './one-snapshot.js';

describe('withLiterals: values written into the statement as pg would send them', () => {
  it.each<[string, string, unknown[], string]>([
    ['a text', 'SELECT * FROM t WHERE id = $1', ['a'], "SELECT * FROM t WHERE id = 'a'"],
    ['a quote doubled', 'SELECT $1::text', ["Bu O'neng"], "SELECT 'Bu O''neng'::text"],
    ['a backslash in an E string', 'SELECT $1::text', ['a\\b'], "SELECT  E'a\\\\b'::text"],
    ['null', 'SELECT $1::int', [null], 'SELECT NULL::int'],
    ['a number', 'SELECT $1::int', [42], "SELECT '42'::int"],
    ['an array of uuids', 'WHERE id = ANY($1::uuid[])', [['0b5e8a6e-9f1c-4c47-8d1e-3d0f3c1f5a01', '1b5e8a6e-9f1c-4c47-8d1e-3d0f3c1f5a02']], "WHERE id = ANY('{\"0b5e8a6e-9f1c-4c47-8d1e-3d0f3c1f5a01\",\"1b5e8a6e-9f1c-4c47-8d1e-3d0f3c1f5a02\"}'::uuid[])"],
    ['$10 is not $1', 'SELECT $1, $10', ['a', 2, 3, 4, 5, 6, 7, 8, 9, 'j'], "SELECT 'a', 'j'"],
    ['$1 inside a quoted literal is text', "SELECT '$1 each', $1", ['x'], "SELECT '$1 each', 'x'"],
  ])('%s', (_label, sql, values, expected) => {
    expect(withLiterals(sql, values)).toBe(expected);
  });

  it.each<[string, string, unknown[], RegExp]>([
    ['dollar quoting', 'SELECT $$a$$ || $1', ['x'], /dollar-quoted/],
    ['a tagged dollar quote', 'SELECT $q$a$q$', [], /dollar-quoted/],
    ['a placeholder without a value', 'SELECT $2', ['x'], /\$2 has no value/],
    ['binary', 'SELECT $1::bytea', [Buffer.from('x')], /binary/],
  ])('refuses %s', (_label, sql, values, error) => {
    expect(() => withLiterals(sql, values)).toThrow(error);
  });
});

describe('readInOneSnapshot on a real PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let other: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    // One connection: what a read leaves on it (a transaction still open, a failed one) would show in the next test.
    dataSource = await new DataSource(dataSourceOptions(database.url, 1)).initialize();
    await dataSource.query(`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`);
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await dataSource.query(`DELETE FROM counter`);
    await dataSource.query(`INSERT INTO counter VALUES (1, 10), (2, 20)`);
  });

  it('gives each read its own rows, with values', async () => {
    const [one, both, none] = await readInOneSnapshot(dataSource, (manager) => [
      () => manager.query(`SELECT n FROM counter WHERE id = $1`, [1]) as Promise<{ n: number }[]>,
      () => manager.query(`SELECT id, n FROM counter WHERE id = ANY($1::int[]) ORDER BY id`, [[1, 2]]) as Promise<{ id: number; n: number }[]>,
      () => manager.query(`SELECT n FROM counter WHERE id = $1`, [3]) as Promise<{ n: number }[]>,
    ]);
    expect(one).toEqual([{ n: 10 }]);
    expect(both).toEqual([{ id: 1, n: 10 }, { id: 2, n: 20 }]);
    expect(none).toEqual([]);
  });

  it('reads in one snapshot: a commit landing between two of the statements is not seen by either', async () => {
    // The second statement waits on an advisory lock this test holds; meanwhile another connection commits a change.
    await other.query(`SELECT pg_advisory_lock(4242)`);
    const reading = readInOneSnapshot(dataSource, (manager) => [
      () => manager.query(`SELECT n FROM counter WHERE id = $1`, [1]) as Promise<{ n: number }[]>,
      () => manager.query(`SELECT pg_advisory_xact_lock_shared($1::bigint)::text AS waited`, [4242]) as Promise<unknown[]>,
      () => manager.query(`SELECT n FROM counter WHERE id = $1`, [1]) as Promise<{ n: number }[]>,
    ]);
    try {
      await waitFor(async () => {
        const { rows } = await other.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        return rows.length > 0;
      });
      await other.query(`UPDATE counter SET n = 11 WHERE id = 1`);
    } finally {
      await other.query(`SELECT pg_advisory_unlock(4242)`);
    }
    const [before, , after] = await reading;
    expect(before).toEqual([{ n: 10 }]);
    expect(after).toEqual([{ n: 10 }]);
    expect(await dataSource.query(`SELECT n FROM counter WHERE id = 1`)).toEqual([{ n: 11 }]);
  });

  it('all in ONE round trip: the snapshot begins and ends in the message that carries the statements', async () => {
    let answers = 0;
    const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
    const count = () => answers++;
    const watch = (client: pg.PoolClient) => (client as unknown as { connection: NodeJS.EventEmitter }).connection.on('readyForQuery', count);
    pool.on('acquire', watch);
    try {
      const [one, two] = await readInOneSnapshot(dataSource, (manager) => [
        () => manager.query(`SELECT n FROM counter WHERE id = $1`, [1]) as Promise<{ n: number }[]>,
        () => manager.query(`SELECT n FROM counter WHERE id = $1`, [2]) as Promise<{ n: number }[]>,
      ]);
      expect([one, two]).toEqual([[{ n: 10 }], [{ n: 20 }]]);
    } finally {
      pool.off('acquire', watch);
    }
    expect(answers).toBe(1);
    // The pool's only connection: no transaction left open.
    expect(await dataSource.query(`SELECT now() = statement_timestamp() AS outside`)).toEqual([{ outside: true }]);
  });

  it('a second statement from a read is refused (its snapshot has ended), and the connection is left clean', async () => {
    const error: unknown = await readInOneSnapshot(dataSource, (manager) => [
      async () => {
        await manager.query(`SELECT n FROM counter WHERE id = $1`, [1]);
        return manager.query(`SELECT n FROM counter WHERE id = $1`, [2]);
      },
    ]).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/a read may send one statement/);
    expect(await dataSource.query(`SELECT now() = statement_timestamp() AS outside`)).toEqual([{ outside: true }]);
  });

  it('a failing statement fails its read and the others, as a QueryFailedError, and leaves the connection clean', async () => {
    const reading = readInOneSnapshot(dataSource, (manager) => [
      () => manager.query(`SELECT n FROM counter WHERE id = $1`, [1]) as Promise<unknown[]>,
      () => manager.query(`SELECT 1 / $1::int AS x`, [0]) as Promise<unknown[]>,
    ]);
    const error: unknown = await reading.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22012');
    // The pool's only connection: not left in a failed or open transaction.
    expect(await dataSource.query(`SELECT n FROM counter WHERE id = $1`, [2])).toEqual([{ n: 20 }]);
    expect(await dataSource.query(`SELECT now() = statement_timestamp() AS outside`)).toEqual([{ outside: true }]);
  });

  it('the transaction is read-only: a write fails instead of committing', async () => {
    const error: unknown = await readInOneSnapshot(dataSource, (manager) => [() => manager.query(`UPDATE counter SET n = $1`, [0]) as Promise<unknown>]).catch((caught: unknown) => caught);
    expect((error as { driverError?: { code: string } }).driverError?.code).toBe('25006');
    expect(await dataSource.query(`SELECT sum(n)::int AS n FROM counter`)).toEqual([{ n: 30 }]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
