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

/** What migrating made: columns, constraints, indexes, triggers, functions and the recorded migrations. */
async function schema(dataSource: DataSource): Promise<unknown[]> {
  return Promise.all([
    dataSource.query(
      `SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    ),
    dataSource.query(
      `SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    dataSource.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    dataSource.query(`SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`),
    dataSource.query(`SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname`),
    dataSource.query(`SELECT name FROM migrations ORDER BY id`),
  ]);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
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

  it('matches, migrated, the copy of the template that the other specs start from (test-db.ts)', async () => {
    const copy = await createTestDatabase();
    const copied = await new DataSource(dataSourceOptions(copy.url, 1)).initialize();
    try {
      expect(await copied.showMigrations()).toBe(false);
      expect(await schema(copied)).toEqual(await schema(dataSource));
    } finally {
      await copied.destroy();
      await copy.drop();
    }
  });

  it('lets several nodes start at once: each migration runs exactly once', async () => {
    const fresh = await createTestDatabase({ empty: true });
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
