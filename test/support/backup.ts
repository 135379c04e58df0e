// What the backup and upgrade tests share: running the built `npm run backup` / `npm run restore` commands as child
// processes, a workshop class with money in it made through the HTTP API, and per-table checksums read straight from
// PostgreSQL (independent of the backup code's own checks).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect } from 'vitest';
import type { AppProcess } from './app-process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, until } from './e2e.js';
import { REPO_ROOT } from './paths.js';
import { createWorkshopClass, orderState, payInSimulator, placeOrder, postPalmSugar, shipAtDropPoint } from './workshop.js';

export const BACKUP_CLI = path.join(REPO_ROOT, 'api/dist/backup/backup-cli.js');
export const RESTORE_CLI = path.join(REPO_ROOT, 'api/dist/backup/restore-cli.js');
/** The external PostgreSQL of the tests (trust auth). */
export const EXTERNAL_PG = process.env.TEST_EXTERNAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_ADMIN = { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false' };

/** Children a test started: stopped in its afterAll even when the test failed half-way. */
const children = new Set<ChildProcess>();

export async function stopCommands(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }),
  );
}

export interface CommandResult {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs a built command (`node api/dist/backup/…-cli.js args`) with only the given environment; SIGTERM at the limit. */
export function runCli(script: string, args: string[], env: Record<string, string>, timeoutMs = 240_000): Promise<CommandResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

/** A database of its own on the external PostgreSQL; `drop()` removes it (also when connections are left). */
export async function createExternalDatabase(label: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `pl_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(EXTERNAL_PG);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: EXTERNAL_PG });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TIME ZONE 'UTC'`);
    return await body(client);
  } finally {
    await client.end();
  }
}

/**
 * Every table of the public schema (migrations included) with its row count and the md5 of its rows as text, sorted,
 * and every sequence's position: two databases with the same map hold the same data.
 */
export async function databaseChecksums(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const sums: Record<string, string> = {};
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    for (const { name } of tables.rows) {
      const row = await client.query<{ n: string; sum: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM public."${name}" t`,
      );
      sums[name] = `${row.rows[0]!.n} rows, md5 ${row.rows[0]!.sum}`;
    }
    const sequences = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    for (const { name, last } of sequences.rows) sums[`sequence ${name}`] = `at ${last}`;
    return sums;
  });
}

/** Waits until two reads in a row agree (after the last request, mission checks still write for a moment). */
export async function quietChecksums(url: string): Promise<Record<string, string>> {
  let previous = '';
  const settled = await until(
    'the database to stop changing',
    async () => {
      const sums = await databaseChecksums(url);
      const same = JSON.stringify(sums) === previous;
      previous = JSON.stringify(sums);
      return { sums, same };
    },
    (read) => read.same,
    60_000,
  );
  return settled.sums;
}

/** sha256 of every file under DATA_DIR/media, by path relative to it. */
export function mediaHashes(dataDir: string): Record<string, string> {
  const root = path.join(dataDir, 'media');
  const hashes: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hashes[path.relative(root, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return hashes;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface WorkshopWithMoney {
  classId: string;
  adminToken: string;
  buyerToken: string;
  sellerToken: string;
  productIds: string[];
  /** order id → state it was left in */
  orders: Record<string, string>;
  ledgerEntries: number;
}

export interface LedgerCheck {
  ok: boolean;
  totalSum: number;
  entryCount: number;
}

/**
 * The class a backup must keep: a trainee's shop with two products with photos; one order paid and shipped at a drop
 * point, one paid (two units), one placed and unpaid; the ledger balanced. The class clock is paused at the end so no
 * scheduled task (tracking steps, deadlines) changes the data while it is compared.
 */
export async function workshopWithMoney(app: AppProcess): Promise<WorkshopWithMoney> {
  const kelas = await createWorkshopClass(app);
  const seller = await api<{ token: string; shop: { id: string } }>(app, 'POST', '/api/join', { code: kelas.joinCode, displayName: 'Bu Siti Cadangan' });
  const buyer = await api<{ token: string }>(app, 'POST', '/api/join', { code: kelas.joinCode, displayName: 'Bu Rahma', role: 'buyer' });
  const sugar = await postPalmSugar(app, seller.token);
  const darker = await postPalmSugar(app, seller.token, 'Gula Semut Aren 500 g', '#5a3210');

  const shipped = await placeOrder(app, buyer.token, { productId: sugar.id, shopId: seller.shop.id });
  await payInSimulator(app, shipped, buyer.token);
  await shipAtDropPoint(app, shipped.id, seller.token);
  await until('SHIPPED', () => orderState(app, shipped.id, buyer.token), (state) => state === 'SHIPPED');
  const paid = await placeOrder(app, buyer.token, { productId: darker.id, shopId: seller.shop.id, quantity: 2 });
  await payInSimulator(app, paid, buyer.token);
  const unpaid = await placeOrder(app, buyer.token, { productId: sugar.id, shopId: seller.shop.id });

  await api(app, 'POST', `/api/classes/${kelas.id}/clock`, { action: 'pause' }, kelas.adminToken);
  const ledger = await api<LedgerCheck>(app, 'GET', `/api/classes/${kelas.id}/ledger-check`, undefined, kelas.adminToken);
  expect(ledger.ok, JSON.stringify(ledger)).toBe(true);
  expect(ledger.entryCount).toBeGreaterThanOrEqual(2);
  return {
    classId: kelas.id,
    adminToken: kelas.adminToken,
    buyerToken: buyer.token,
    sellerToken: seller.token,
    productIds: [sugar.id, darker.id],
    orders: { [shipped.id]: 'SHIPPED', [paid.id]: 'PAID', [unpaid.id]: await orderState(app, unpaid.id, buyer.token) },
    ledgerEntries: ledger.entryCount,
  };
}

/** The photos' URLs of the workshop's products, as the app serves them. */
export async function photoUrls(app: AppProcess, workshop: WorkshopWithMoney): Promise<string[]> {
  const urls: string[] = [];
  for (const id of workshop.productIds) {
    const product = await api<{ photos: { urls: Record<string, string> }[] }>(app, 'GET', `/api/classes/${workshop.classId}/products/${id}`, undefined, workshop.sellerToken);
    for (const photo of product.photos) urls.push(...Object.values(photo.urls));
  }
  return urls;
}

/**
 * The embedded PostgreSQL of a data folder, started WITHOUT the app (so no migration runs), by the built API's own
 * `startEmbeddedPostgres` in a child process; `stop()` shuts it down cleanly. For loading a fixture before a start.
 */
export async function startBareEmbeddedPostgres(dataDir: string, port: number, timeoutMs = 240_000): Promise<{ url: string; stop(): Promise<void> }> {
  const script = `
    import { startEmbeddedPostgres } from './api/dist/database/embedded-postgres.js';
    const db = await startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]), log: () => {} });
    process.on('SIGTERM', async () => { await db.stop(); process.exit(0); });
    process.stdout.write('READY ' + db.url + '\\n');
    setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, path.join(dataDir, 'pg'), String(port)], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    children.delete(child);
    resolve(code);
  }));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the embedded PostgreSQL did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the embedded PostgreSQL exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
  };
}

/**
 * What a backup test starts or makes (apps, folders, databases), undone in afterAll whether it passed or not,
 * after the backup and restore commands it ran. Call once at the top of a test file.
 */
export function undoneAfterAll(): { apps: Set<AppProcess>; folders: Set<string>; databases: Set<{ drop(): Promise<void> }> } {
  const made = { apps: new Set<AppProcess>(), folders: new Set<string>(), databases: new Set<{ drop(): Promise<void> }>() };
  afterAll(async () => {
    await stopCommands();
    await Promise.all([...made.apps].map((app) => app.stop()));
    for (const database of made.databases) await database.drop().catch(() => undefined);
    for (const folder of made.folders) fs.rmSync(folder, { recursive: true, force: true });
  });
  return made;
}
