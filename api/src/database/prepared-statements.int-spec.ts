import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { dataSourceOptions } from './data-source-options.js';
import { StatementNames } from './prepared-statements.js';

describe('StatementNames', () => {
  it.each([
    ['a text seen once is sent unnamed', ['a'], [undefined]],
    ['named on its second use, and keeps that name', ['a', 'a', 'a'], [undefined, 'pasar_0', 'pasar_0']],
    ['each text its own name', ['a', 'b', 'b', 'a'], [undefined, undefined, 'pasar_0', 'pasar_1']],
    ['no new name past the limit (2); named texts keep theirs', ['a', 'a', 'b', 'b', 'c', 'c', 'a'], [undefined, 'pasar_0', undefined, 'pasar_1', undefined, undefined, 'pasar_0']],
    ['a full list of texts seen once is emptied, so a text waits for a second use again', ['a', 'x', 'y', 'z', 'a', 'a'], [undefined, undefined, undefined, undefined, undefined, 'pasar_0']],
  ])('%s', (_label, texts, expected) => {
    const names = new StatementNames(2, 3);
    expect(texts.map((text) => names.nameFor(text))).toEqual(expected);
  });
});

describe('prepared statements on a real PostgreSQL', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];
  /** One connection, so pg_prepared_statements (per connection) shows what the app's queries left on it. */
  const connect = async (preparedStatements: boolean) => {
    const dataSource = await new DataSource(dataSourceOptions(database.url, 1, preparedStatements)).initialize();
    open.push(dataSource);
    return dataSource;
  };
  const prepared = async (dataSource: DataSource): Promise<string[]> =>
    ((await dataSource.query('SELECT statement FROM pg_prepared_statements ORDER BY statement')) as { statement: string }[]).map((row) => row.statement);

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    for (const dataSource of open) await dataSource.destroy();
    await database?.drop();
  });

  it('a statement with values is prepared on the server from its second run; its answers stay right', async () => {
    const dataSource = await connect(true);
    const text = 'SELECT $1::int + 1 AS n -- second run';
    expect(await dataSource.query(text, [1])).toEqual([{ n: 2 }]);
    expect(await prepared(dataSource)).not.toContain(text);
    expect(await dataSource.query(text, [2])).toEqual([{ n: 3 }]);
    expect(await dataSource.query(text, [41])).toEqual([{ n: 42 }]);
    expect(await prepared(dataSource)).toContain(text);
    // Without values (START TRANSACTION, COMMIT, this read): pg's simple protocol, never named.
    expect(await prepared(dataSource)).not.toContain('SELECT statement FROM pg_prepared_statements ORDER BY statement');
  });

  it('DB_PREPARED_STATEMENTS=false: nothing is prepared', async () => {
    const dataSource = await connect(false);
    const text = 'SELECT $1::int * 2 AS n -- switched off';
    for (const value of [1, 2, 3]) expect(await dataSource.query(text, [value])).toEqual([{ n: value * 2 }]);
    expect(await prepared(dataSource)).toEqual([]);
  });

  it('a named statement that fails leaves the connection and the name usable', async () => {
    const dataSource = await connect(true);
    const text = 'SELECT 10 / $1::int AS n -- fails on zero';
    expect(await dataSource.query(text, [5])).toEqual([{ n: 2 }]);
    await expect(dataSource.query(text, [0])).rejects.toMatchObject({ driverError: { code: '22012' } });
    expect(await dataSource.query(text, [2])).toEqual([{ n: 5 }]);
    expect(await prepared(dataSource)).toContain(text);
  });

  it('a statement first named inside a transaction that rolls back is still there after (named statements are not transactional)', async () => {
    const dataSource = await connect(true);
    const text = 'SELECT $1::text AS s -- named in a rolled-back transaction';
    await dataSource.query(text, ['one']);
    await dataSource
      .transaction(async (manager) => {
        expect(await manager.query(text, ['two'])).toEqual([{ s: 'two' }]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await dataSource.query(text, ['three'])).toEqual([{ s: 'three' }]);
    expect(await prepared(dataSource)).toContain(text);
  });
});
