import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { dataSourceOptions } from './data-source-options.js';
import { MIGRATIONS } from './migrations.js';
import { runMigrations } from './run-migrations.js';

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('starts from an empty database', async () => {
    expect(await tables(dataSource)).toEqual([]);
  });

  it('runs every migration on an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await tables(dataSource)).toEqual(expect.arrayContaining(['activity', 'migrations']));
  });

  it('is idempotent: a second run applies nothing and changes nothing', async () => {
    const before = await tables(dataSource);
    expect(await dataSource.runMigrations()).toEqual([]);
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await tables(dataSource)).toEqual(before);
  });

  it('can be undone down to an empty schema and applied again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables(dataSource)).toEqual(['migrations']);
    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
  });

  it('lets several nodes start at once: each migration runs exactly once', async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([runMigrations(fresh.url), runMigrations(fresh.url), runMigrations(fresh.url)]);
      expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => new m().name).sort());
    } finally {
      await fresh.drop();
    }
  });

  it('stores times as timestamptz (UTC), never as local time', async () => {
    const rows: { column_name: string; data_type: string }[] = await dataSource.query(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type LIKE 'timestamp%' AND table_name <> 'migrations'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(`${row.column_name}: ${row.data_type}`).toBe(`${row.column_name}: timestamp with time zone`);
  });
});
