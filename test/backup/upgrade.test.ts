// Upgrading from the release before backups (git 375b6c1): its database, with a class, orders, photos and ledger
// (test/fixtures/upgrade-375b6c1, made by make-fixture.test.ts there), is loaded as it was, then the current app starts
// on it and runs the newer migrations. Every row survives, the newer migrations did their work (the second "Bu Siti
// Cadangan"'s shop is numbered, the argon2 password of 0.1 still signs in and is rehashed), the photos are served and
// the ledger balances. On the embedded PostgreSQL and on an external one; the external run also restores a backup of
// the old database with the current code (an older archive: loaded, then upgraded).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, makeDataDir, startApp, type AppProcess } from '../support/app-process.js';
import {
  BACKUP_CLI,
  createExternalDatabase,
  RESTORE_CLI,
  runCli,
  sha256,
  startBareEmbeddedPostgres,
  undoneAfterAll,
  TEST_ADMIN,
  withClient,
  type LedgerCheck,
} from '../support/backup.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api } from '../support/e2e.js';
import { REPO_ROOT } from '../support/paths.js';
import { orderState } from '../support/workshop.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/upgrade-375b6c1');
const facts = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'facts.json'), 'utf8')) as {
  classId: string;
  buyerToken: string;
  orders: Record<string, string>;
  ledgerEntries: number;
  twinShopId: string;
  twinShopName: string;
  migrations: string[];
};

/** Everything a test made, undone in afterAll whether it passed or not. */
const { apps, folders, databases } = undoneAfterAll();

function dataDirWithOldMedia(label: string): string {
  const dataDir = makeDataDir(`pl-upgrade-${label}-`);
  folders.add(dataDir);
  fs.cpSync(path.join(FIXTURE, 'media'), path.join(dataDir, 'media'), { recursive: true });
  return dataDir;
}

async function loadOldRelease(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    await client.query(fs.readFileSync(path.join(FIXTURE, 'schema.sql'), 'utf8'));
    return rowCounts(client);
  });
}

async function rowCounts(client: import('pg').Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  for (const { name } of tables.rows) counts[name] = Number((await client.query(`SELECT count(*) AS n FROM public."${name}"`)).rows[0].n);
  return counts;
}

async function start(dataDir: string, env: Record<string, string>): Promise<AppProcess> {
  const app = await startApp({ dataDir, timeoutMs: 240_000, ...(env.EMBEDDED_PG_PORT ? { embeddedPgPort: Number(env.EMBEDDED_PG_PORT) } : {}), env: { ...TEST_ADMIN, ...env } });
  apps.add(app);
  return app;
}

/** What an upgraded instance must show. `before`: the old release's row counts. */
async function expectUpgraded(app: AppProcess, url: string, before: Record<string, number>): Promise<void> {
  const after = await withClient(url, async (client) => ({
    counts: await rowCounts(client),
    migrations: (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((row) => row.name),
    twinShop: (await client.query<{ name: string }>('SELECT name FROM shop WHERE id = $1', [facts.twinShopId])).rows[0]!.name,
    ledgerSum: Number((await client.query('SELECT coalesce(sum(amount), 0) AS s FROM journal_line')).rows[0].s),
  }));
  expect(after.migrations.slice(0, facts.migrations.length)).toEqual(facts.migrations);
  expect(after.migrations).toContain('Security1764800000000');
  expect(after.migrations.length).toBeGreaterThan(facts.migrations.length);
  for (const [table, rows] of Object.entries(before)) {
    if (table === 'migrations') continue;
    expect(`${table}: ${after.counts[table]}`).toBe(`${table}: ${rows}`);
  }
  expect(before['orders']).toBe(3);
  expect(facts.twinShopName).toBe('Toko Bu Siti Cadangan');
  expect(after.twinShop).toBe('Toko Bu Siti Cadangan (2)');
  expect(after.ledgerSum).toBe(0);

  for (const [orderId, state] of Object.entries(facts.orders)) expect(await orderState(app, orderId, facts.buyerToken)).toBe(state);
  const { token } = await api<{ token: string }>(app, 'POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const hash = await withClient(url, async (client) => (await client.query('SELECT password_hash FROM facilitator WHERE email = $1', [ADMIN_EMAIL])).rows[0].password_hash as string);
  expect(hash.startsWith('scrypt$')).toBe(true); // 0.1's argon2id hash, replaced at this sign-in
  const ledger = await api<LedgerCheck>(app, 'GET', `/api/classes/${facts.classId}/ledger-check`, undefined, token);
  expect(ledger.ok, JSON.stringify(ledger)).toBe(true);
  expect(ledger.entryCount).toBe(facts.ledgerEntries);

  const files = fs.readdirSync(path.join(FIXTURE, 'media'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length).toBeGreaterThanOrEqual(2);
  for (const file of files) {
    const res = await fetch(`${app.url}/media/${file.name}`);
    expect(res.status, file.name).toBe(200);
    expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(sha256(fs.readFileSync(path.join(file.parentPath, file.name))));
  }
}

describe('upgrade from the previous release (375b6c1)', () => {
  it('on the embedded PostgreSQL: the app started on the old database migrates it and keeps every row, photo and the ledger', { timeout: 900_000 }, async () => {
    const dataDir = dataDirWithOldMedia('embedded');
    const pgPort = await freePort();
    const bare = await startBareEmbeddedPostgres(dataDir, pgPort);
    let before: Record<string, number>;
    try {
      before = await loadOldRelease(bare.url);
    } finally {
      await bare.stop();
    }
    const app = await start(dataDir, { EMBEDDED_PG_PORT: String(pgPort) });
    await expectUpgraded(app, bare.url, before);
    expect(await app.stop()).toBe(0);
    apps.delete(app);
  });

  it('on an external PostgreSQL, and by restoring a backup of the old database with the current code', { timeout: 900_000 }, async () => {
    const db = await createExternalDatabase('upgrade');
    databases.add(db);
    const dataDir = dataDirWithOldMedia('external');
    const before = await loadOldRelease(db.url);
    const backup = await runCli(BACKUP_CLI, ['--out', path.join(dataDir, 'old.tar.gz')], { DATABASE_URL: db.url, DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);

    const app = await start(dataDir, { DATABASE_URL: db.url });
    await expectUpgraded(app, db.url, before);
    expect(await app.stop()).toBe(0);
    apps.delete(app);

    const restoredDb = await createExternalDatabase('upgrade_restored');
    databases.add(restoredDb);
    const restoredDir = makeDataDir('pl-upgrade-restored-');
    folders.add(restoredDir);
    const restore = await runCli(RESTORE_CLI, [path.join(dataDir, 'old.tar.gz')], { DATABASE_URL: restoredDb.url, DATA_DIR: restoredDir });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/upgraded with \d+ newer migrations/);
    const restored = await start(restoredDir, { DATABASE_URL: restoredDb.url });
    await expectUpgraded(restored, restoredDb.url, before);
  });
});
