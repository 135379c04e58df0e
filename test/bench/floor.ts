// `npm run bench:floor`: the checkout of `npm run bench`, driven by the same shoppers over the same HTTP calls,
// against the least a Node process can do for it (floor-server.ts: node:http, one pg pool, one SQL statement per use
// case, the gateway over loopback HTTP). A script that prints figures, not a test. What it is for: issue 18's goals
// are ratios against Vendure and pgbench; the floor says how far any Node implementation of this checkout could go
// on this machine, so a goal the floor cannot reach is a goal no framework or cut would reach here.
//
// Flags: --warmup 5 --duration 30 (seconds), --shoppers 16,64, --json FILE. DATABASE_URL: the server to make a fresh
// database on (default postgres://postgres@127.0.0.1:5432/postgres, as bench:compare); it is dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { Phone, Tally } from '../support/phones.js';
import { REPO_ROOT } from '../support/paths.js';
import { phase, type DbWatch, type PhaseFigures } from './bench.js';
import { checkout, type Ledger, type Seeded } from './checkout-flow.js';
import { STOCK } from './bench-fixtures.js';
import { rssMb } from './proc.js';
import { scratchDatabase } from './scratch-database.js';

export interface FloorOptions {
  warmupS: number;
  durationS: number;
  shoppers: number[];
  databaseUrl: string;
}

export interface FloorReport {
  phases: PhaseFigures[];
  rssMb: number;
  verification: { ok: boolean; lines: string[] };
  line: string;
}

const SCHEMA = `
CREATE TABLE f_buyer (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), token text NOT NULL UNIQUE);
CREATE TABLE f_shop (id uuid PRIMARY KEY DEFAULT gen_random_uuid());
CREATE TABLE f_product (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), shop_id uuid NOT NULL REFERENCES f_shop,
  price integer NOT NULL, weight_grams integer NOT NULL, stock integer NOT NULL CHECK (stock >= 0));
CREATE TABLE f_cart_item (buyer_id uuid NOT NULL REFERENCES f_buyer, product_id uuid NOT NULL REFERENCES f_product,
  quantity integer NOT NULL CHECK (quantity > 0), PRIMARY KEY (buyer_id, product_id));
CREATE TABLE f_idempotency (key text PRIMARY KEY, buyer_id uuid NOT NULL REFERENCES f_buyer);
CREATE TABLE f_order (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), buyer_id uuid NOT NULL REFERENCES f_buyer,
  shop_id uuid NOT NULL REFERENCES f_shop, total integer NOT NULL, state text NOT NULL, idempotency_key text NOT NULL,
  address jsonb NOT NULL, courier text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX ON f_order (buyer_id, idempotency_key);
CREATE TABLE f_order_line (order_id uuid NOT NULL REFERENCES f_order, product_id uuid NOT NULL REFERENCES f_product,
  quantity integer NOT NULL, price integer NOT NULL, PRIMARY KEY (order_id, product_id));
CREATE TABLE f_payment (order_id uuid PRIMARY KEY REFERENCES f_order, amount integer NOT NULL, state text NOT NULL, va_number text);
CREATE TABLE f_va (number text PRIMARY KEY, order_id uuid NOT NULL, amount integer NOT NULL, state text NOT NULL);
CREATE TABLE f_ledger (id bigserial PRIMARY KEY, order_id uuid NOT NULL REFERENCES f_order, account text NOT NULL, amount integer NOT NULL);
`;

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const script = path.join(REPO_ROOT, '.test-scripts/bench/floor-server.js');
  const child = spawn(process.execPath, ['--experimental-default-type=module', script], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the floor server did not start within 30 s')), 30_000);
    lines.on('line', (line) => {
      const match = /floor listening on (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.once('exit', (code) => reject(new Error(`the floor server exited ${code}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const SELLERS = 10;
const PRODUCTS_PER_SELLER = 5;
const BUYERS = 64;

async function seed(client: pg.Client, url: string): Promise<Seeded> {
  const tally = new Tally();
  const products: Seeded['products'] = [];
  for (let s = 0; s < SELLERS; s++) {
    const shop = (await client.query<{ id: string }>('INSERT INTO f_shop DEFAULT VALUES RETURNING id')).rows[0]!.id;
    for (let p = 0; p < PRODUCTS_PER_SELLER; p++) {
      const id = (await client.query<{ id: string }>('INSERT INTO f_product (shop_id, price, weight_grams, stock) VALUES ($1, 36000, 500, $2) RETURNING id', [shop, STOCK])).rows[0]!.id;
      products.push({ id, shopId: shop });
    }
  }
  const buyers: Phone[] = [];
  for (let b = 0; b < BUYERS; b++) {
    const phone = new Phone(url, tally);
    phone.token = randomBytes(24).toString('base64url');
    await client.query('INSERT INTO f_buyer (token) VALUES ($1)', [phone.token]);
    buyers.push(phone);
  }
  return { classId: 'floor', adminToken: '', buyers, products };
}

async function verify(client: pg.Client, book: Ledger): Promise<FloorReport['verification']> {
  const lines: string[] = [];
  let ok = true;
  const check = (good: boolean, line: string) => {
    lines.push(`${good ? 'ok  ' : 'FAIL'} ${line}`);
    if (!good) ok = false;
  };
  const one = async (sql: string) => Number(Object.values((await client.query(sql)).rows[0] ?? {})[0] ?? 0);
  const orders = await one('SELECT count(*) FROM f_order');
  const paid = await one(`SELECT count(*) FROM f_order WHERE state = 'PAID'`);
  const settled = await one(`SELECT count(*) FROM f_payment WHERE state = 'settled'`);
  const settledSum = await one(`SELECT coalesce(sum(amount), 0) FROM f_payment WHERE state = 'settled'`);
  check(orders === book.placed.size, `orders in the database ${orders} = orders the bench placed ${book.placed.size}`);
  check(settled === orders && paid === orders && book.paid.size === orders, `settled payments ${settled} = PAID orders ${paid} = orders paid by the bench ${book.paid.size}`);
  const placedSum = [...book.placed.values()].reduce((a, b) => a + b, 0);
  check(settledSum === placedSum, `settled amount Rp ${settledSum} = totals of the orders placed Rp ${placedSum}`);
  const sold = await one('SELECT coalesce(sum(quantity), 0) FROM f_order_line');
  const stockDown = await one(`SELECT coalesce(sum(${STOCK} - stock), 0) FROM f_product`);
  check(sold === stockDown, `stock went down by ${stockDown} = units sold ${sold}`);
  const ledger = await one('SELECT coalesce(sum(amount), 0) FROM f_ledger');
  const lineCount = await one('SELECT count(*) FROM f_ledger');
  check(ledger === 0 && lineCount === 2 * orders, `ledger sums to ${ledger} over ${lineCount} lines (2 per order)`);
  return { ok, lines };
}

export async function runFloor(options: FloorOptions, log: (...words: unknown[]) => void): Promise<FloorReport> {
  const db = await scratchDatabase(options.databaseUrl, 'floor');
  let server: { child: ChildProcess; url: string } | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await client.connect();
    await client.query(SCHEMA);
    server = await startServer(db.url);
    log(`floor server ${server.url}, database ${db.name} on ${new URL(db.url).host}`);
    const seeded = await seed(client, server.url);
    let known = await db.backends();
    const watch: DbWatch = { client, pgPids: () => known, refresh: async () => void (known = await db.backends()), mode: 'xact' };
    const book: Ledger = { placed: new Map(), paid: new Set() };
    const phases: PhaseFigures[] = [];
    const running = server;
    for (const shoppers of options.shoppers) {
      log(`floor checkout @${shoppers}: ${options.warmupS} s warm-up, ${options.durationS} s measured`);
      const figures = await phase('checkout', shoppers, { ...options, top: 0 }, () => [running.child.pid!], watch, (worker, steps) =>
        checkout(seeded.buyers[worker % seeded.buyers.length]!, seeded.products, book, steps),
      );
      log(`  ${figures.perSecond}/s p99 ${figures.p99} ms, errors ${figures.errors}${figures.firstErrors.length ? `: ${figures.firstErrors.join(' | ')}` : ''}`);
      phases.push(figures);
    }
    const rss = rssMb(running.child.pid!);
    const verification = await verify(client, book);
    for (const line of verification.lines) log(line);
    const parts = ['floor', `checkouts/s${phases.map((p) => `@${p.concurrency}=${p.perSecond}`).join(' ')}`];
    for (const p of phases) {
      const per = Math.max(1, p.done);
      parts.push(`p50/p95/p99_ms@${p.concurrency}=${p.p50}/${p.p95}/${p.p99}`);
      parts.push(`steps@${p.concurrency}[p50/p99]=${Object.entries(p.steps).map(([s, v]) => `${s}:${v.p50}/${v.p99}`).join(',')}`);
      parts.push(`cpu_ms/checkout@${p.concurrency}=app:${(p.appCpuMs / per).toFixed(1)}+pg:${(p.pgCpuMs / per).toFixed(1)}`);
      parts.push(`machine_cpu_ms/checkout@${p.concurrency}=${(p.machineCpuMs / per).toFixed(1)}`);
      parts.push(`xacts/checkout@${p.concurrency}=${(p.transactions / per).toFixed(1)}`);
      parts.push(`pg_wakeups/checkout@${p.concurrency}=${(p.pgWakeups / per).toFixed(1)}`);
    }
    parts.push(`errors=${phases.reduce((n, p) => n + p.errors, 0)}`, `rss_mb=${rss}`, `verified=${verification.ok ? 'ok' : 'FAILED'}`);
    return { phases, rssMb: rss, verification, line: parts.join(' ') };
  } finally {
    if (server) await stopServer(server.child);
    await client.end().catch(() => undefined);
    await db.drop();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const at = argv.indexOf(`--${flag}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const options: FloorOptions = {
    warmupS: Number(value('warmup') ?? 5),
    durationS: Number(value('duration') ?? 30),
    shoppers: (value('shoppers') ?? '16,64').split(',').map(Number).filter((n) => n > 0),
    databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  };
  const log = (...words: unknown[]) => console.error(`[floor ${new Date().toISOString().slice(11, 19)}]`, ...words);
  runFloor(options, log).then(
    (report) => {
      const json = value('json');
      if (json) fs.writeFileSync(json, JSON.stringify(report, null, 2));
      console.log(report.line);
      process.exit(report.verification.ok && report.phases.every((p) => p.errors === 0) ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
