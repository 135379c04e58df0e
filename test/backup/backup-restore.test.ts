// `npm run backup` → `npm run restore` into an empty instance gives back the same class: every table's rows (count and
// checksum, read straight from PostgreSQL), the sequences, the photos byte for byte, the orders' states and a balanced
// ledger. On the embedded PostgreSQL (the laptop path: backed up while the app runs) and on an external one
// (DATABASE_URL: backed up with the app stopped). A restore refuses a running app and a database that holds data.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, makeDataDir, postmasterPid, startApp, type AppProcess } from '../support/app-process.js';
import {
  BACKUP_CLI,
  createExternalDatabase,
  databaseChecksums,
  mediaHashes,
  photoUrls,
  quietChecksums,
  RESTORE_CLI,
  runCli,
  sha256,
  undoneAfterAll,
  TEST_ADMIN,
  workshopWithMoney,
  type LedgerCheck,
  type WorkshopWithMoney,
} from '../support/backup.js';
import { api } from '../support/e2e.js';
import { orderState } from '../support/workshop.js';

const embeddedUrl = (port: number) => `postgres://pasar:pasar-latihan-local@127.0.0.1:${port}/pasar_latihan`;

/** Everything a test made, undone in afterAll whether it passed or not. */
const { apps, folders, databases } = undoneAfterAll();

async function start(options: Parameters<typeof startApp>[0]): Promise<AppProcess> {
  const app = await startApp({ timeoutMs: 240_000, ...options, env: { ...TEST_ADMIN, ...options?.env } });
  apps.add(app);
  folders.add(app.dataDir);
  return app;
}

async function stop(app: AppProcess): Promise<void> {
  expect(await app.stop()).toBe(0);
  apps.delete(app);
}

function archivePath(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pl-archive-${label}-`));
  folders.add(dir);
  return path.join(dir, 'pasar-latihan.tar.gz');
}

async function photoBytes(app: AppProcess, workshop: WorkshopWithMoney): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const url of await photoUrls(app, workshop)) {
    const res = await fetch(`${app.url}${url}`);
    expect(res.status, url).toBe(200);
    hashes[url] = sha256(new Uint8Array(await res.arrayBuffer()));
  }
  expect(Object.keys(hashes).length).toBeGreaterThanOrEqual(2);
  return hashes;
}

/** The restored app serves the same class: orders in their states (the buyer's token still works), ledger balanced. */
async function expectSameClass(app: AppProcess, workshop: WorkshopWithMoney): Promise<void> {
  for (const [orderId, state] of Object.entries(workshop.orders)) expect(await orderState(app, orderId, workshop.buyerToken)).toBe(state);
  const ledger = await api<LedgerCheck>(app, 'GET', `/api/classes/${workshop.classId}/ledger-check`, undefined, workshop.adminToken);
  expect(ledger.ok, JSON.stringify(ledger)).toBe(true);
  expect(ledger.totalSum).toBe(0);
  expect(ledger.entryCount).toBe(workshop.ledgerEntries);
}

describe('backup and restore', () => {
  it('round-trips a class with orders, photos and a balanced ledger on the embedded PostgreSQL, backed up while the app runs', { timeout: 900_000 }, async () => {
    const pgPortA = await freePort();
    const appA = await start({ dataDir: makeDataDir('pl-backup-a-'), embeddedPgPort: pgPortA });
    const workshop = await workshopWithMoney(appA);
    const before = await quietChecksums(embeddedUrl(pgPortA));
    const photos = await photoBytes(appA, workshop);
    expect(before['orders']).toMatch(/^3 rows/);
    expect(Number(/^(\d+)/.exec(before['journal_line']!)![1])).toBeGreaterThan(0);

    const archive = archivePath('embedded');
    const backup = await runCli(BACKUP_CLI, ['--out', archive], { DATA_DIR: appA.dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain('backing up from it'); // the running app's database, not a second cluster
    // The snapshot is what the test compares against: nothing moved while the backup ran.
    expect(await databaseChecksums(embeddedUrl(pgPortA))).toEqual(before);
    const mediaBefore = mediaHashes(appA.dataDir);
    await stop(appA);
    // With the app stopped, the command starts the embedded PostgreSQL itself, reads the same data and stops it again.
    const cold = archivePath('embedded-cold');
    const coldBackup = await runCli(BACKUP_CLI, ['--out', cold], { DATA_DIR: appA.dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(coldBackup.code, coldBackup.output).toBe(0);
    expect(coldBackup.output).toContain('starting the embedded PostgreSQL');
    expect(postmasterPid(appA.dataDir)).toBeUndefined();
    // The archive is a plain .tar.gz: the system's tar reads its manifest.
    const manifestOf = (file: string) => JSON.parse(execFileSync('tar', ['xzOf', file, 'pasar-latihan-backup.json']).toString()) as { tables: unknown[]; media: unknown };
    expect(manifestOf(cold).tables).toEqual(manifestOf(archive).tables);
    expect(manifestOf(cold).media).toEqual(manifestOf(archive).media);

    const dataDirB = makeDataDir('pl-backup-b-');
    folders.add(dataDirB);
    const restore = await runCli(RESTORE_CLI, [archive], { DATA_DIR: dataDirB, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(restore.code, restore.output).toBe(0);
    expect(mediaHashes(dataDirB)).toEqual(mediaBefore);
    console.log(`embedded: archive ${fs.statSync(archive).size} bytes, backup ${backup.ms} ms, restore ${restore.ms} ms (initdb included)`);

    const pgPortB = await freePort();
    const appB = await start({ dataDir: dataDirB, embeddedPgPort: pgPortB });
    expect(await databaseChecksums(embeddedUrl(pgPortB))).toEqual(before);
    expect(await photoBytes(appB, workshop)).toEqual(photos);
    await expectSameClass(appB, workshop);

    const whileRunning = await runCli(RESTORE_CLI, [archive], { DATA_DIR: dataDirB, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(whileRunning.code, whileRunning.output).toBe(3);
    expect(whileRunning.output).toContain('APP_RUNNING');
    await stop(appB);
    const intoData = await runCli(RESTORE_CLI, [archive], { DATA_DIR: dataDirB, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(intoData.code, intoData.output).toBe(3);
    expect(intoData.output).toContain('DATABASE_NOT_EMPTY');
    expect(intoData.output).toContain('--force');
  });

  it('round-trips the same class on an external PostgreSQL (DATABASE_URL), and --force replaces a database that holds data', { timeout: 900_000 }, async () => {
    const dbA = await createExternalDatabase('backup_a');
    databases.add(dbA);
    const dbB = await createExternalDatabase('backup_b');
    databases.add(dbB);
    const appA = await start({ dataDir: makeDataDir('pl-backup-xa-'), env: { DATABASE_URL: dbA.url } });
    const workshop = await workshopWithMoney(appA);
    const photos = await photoBytes(appA, workshop);
    await stop(appA);
    const before = await databaseChecksums(dbA.url);
    const mediaBefore = mediaHashes(appA.dataDir);

    const archive = archivePath('external');
    const backup = await runCli(BACKUP_CLI, ['--out', archive], { DATABASE_URL: dbA.url, DATA_DIR: appA.dataDir });
    expect(backup.code, backup.output).toBe(0);
    const dataDirB = makeDataDir('pl-backup-xb-');
    folders.add(dataDirB);
    const restore = await runCli(RESTORE_CLI, [archive], { DATABASE_URL: dbB.url, DATA_DIR: dataDirB });
    expect(restore.code, restore.output).toBe(0);
    expect(await databaseChecksums(dbB.url)).toEqual(before);
    expect(mediaHashes(dataDirB)).toEqual(mediaBefore);
    console.log(`external: archive ${fs.statSync(archive).size} bytes, backup ${backup.ms} ms, restore ${restore.ms} ms`);

    const appB = await start({ dataDir: dataDirB, env: { DATABASE_URL: dbB.url } });
    expect(await photoBytes(appB, workshop)).toEqual(photos);
    await expectSameClass(appB, workshop);
    const whileRunning = await runCli(RESTORE_CLI, [archive, '--force'], { DATABASE_URL: dbB.url, DATA_DIR: dataDirB });
    expect(whileRunning.code, whileRunning.output).toBe(3);
    expect(whileRunning.output).toContain('APP_RUNNING');
    await stop(appB);

    const afterStart = await databaseChecksums(dbB.url);
    const refused = await runCli(RESTORE_CLI, [archive], { DATABASE_URL: dbB.url, DATA_DIR: dataDirB });
    expect(refused.code, refused.output).toBe(3);
    expect(refused.output).toContain('DATABASE_NOT_EMPTY');
    expect(await databaseChecksums(dbB.url)).toEqual(afterStart); // refused means untouched
    const forced = await runCli(RESTORE_CLI, [archive, '--force'], { DATABASE_URL: dbB.url, DATA_DIR: dataDirB });
    expect(forced.code, forced.output).toBe(0);
    expect(await databaseChecksums(dbB.url)).toEqual(before);
  });
});
