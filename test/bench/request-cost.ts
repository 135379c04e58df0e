// `npm run bench -- --requests`: what one request costs the app's CPU, for the three kinds every page is made of.
//
// On an app of its own (the embedded PostgreSQL, or a fresh database on DATABASE_URL's server), the bench's class is
// seeded and each of 4 buyers checks out 25 times; then, kind by kind, 4 phones send 2,000 requests at a time, five
// times, and the app's CPU (user + system, /proc) is divided by the requests: the median of the five is printed.
// - `static`: an answer without the database (`GET /api/regions/regencies/18.10`): what the request path itself costs
//   (Node's HTTP, Fastify, Nest's pipeline, the app's middlewares, the answer's compression and ETag);
// - `read`: her order's page (`GET /api/orders/:id`): one statement, the order's view;
// - `write`: one item into her cart (`PUT /api/cart/items/:id`): one transaction.
// A checkout is about nine such requests (five of the phone's, and the gateway's charge, its status and the
// notification, all served by this app), so a change of the request path shows here first, and per request.
// `--request-kinds read,static` measures only those; `--cpu-prof DIR` profiles the app meanwhile, as the
// checkout bench does. A script, not a test: nothing passes or fails on a time; it exits 1 only when a call fails.
import path from 'node:path';
import { makeDataDir } from '../support/app-process.js';
import type { Phone } from '../support/phones.js';
import { benchAppEnv } from './bench-fixtures.js';
import { startBenchApp } from './bench-app.js';
import { CpuMeter } from './proc.js';
import { quantile } from './closed-loop.js';
import { checkout, seed, type Ledger } from './checkout-flow.js';

const PHONES = 4;
const CHECKOUTS_EACH = 25;
const WARM_UP = 500;
const REQUESTS = 2_000;
const ROUNDS = 5;

export interface RequestCostOptions {
  databaseUrl?: string;
  appEnv?: Record<string, string>;
  nodeFlags?: string[];
  cpuProfDir?: string;
  /** Only these kinds (`--request-kinds read,static`); all three by default. */
  kinds?: string[];
}

export interface RequestCostReport {
  /** App CPU µs per request, the median of the rounds, by kind; and every round's. */
  medianUs: Record<string, number>;
  roundsUs: Record<string, number[]>;
  line: string;
}

export async function runRequestCost(options: RequestCostOptions, log: (...words: unknown[]) => void): Promise<RequestCostReport> {
  const execArgv = [...(options.nodeFlags ?? [])];
  if (options.cpuProfDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`);
  const started = await startBenchApp({
    dataDir: makeDataDir(),
    env: benchAppEnv(options.appEnv),
    execArgv,
    databaseUrl: options.databaseUrl,
    label: 'requests',
    log,
  });
  try {
    const url = started.app.url;
    log('seeding: a class, 10 sellers × 5 products, 64 buyers');
    const seeded = await seed(url);
    const phones = seeded.buyers.slice(0, PHONES);
    // Each buyer's own book, so that her order page is one of hers.
    const own = new Map<Phone, string>();
    log(`each of ${PHONES} buyers checks out ${CHECKOUTS_EACH} times`);
    await Promise.all(
      phones.map(async (phone) => {
        const book: Ledger = { placed: new Map(), paid: new Set() };
        for (let i = 0; i < CHECKOUTS_EACH; i++) await checkout(phone, seeded.products, book, {});
        own.set(phone, [...book.placed.keys()].at(-1)!);
      }),
    );
    const product = seeded.products[0]!.id;
    const only = options.kinds;
    const kinds: Record<string, (phone: Phone) => Promise<unknown>> = {
      static: (phone) => phone.expect('static', 'GET', '/api/regions/regencies/18.10'),
      read: (phone) => phone.expect('read', 'GET', `/api/orders/${own.get(phone)!}`),
      write: (phone) => phone.expect('write', 'PUT', `/api/cart/items/${product}`, { body: { quantity: 1 } }),
    };
    const send = async (kind: (phone: Phone) => Promise<unknown>, count: number) => {
      let left = count;
      await Promise.all(phones.map(async (phone) => {
        while (left-- > 0) await kind(phone);
      }));
    };
    const roundsUs: Record<string, number[]> = {};
    const medianUs: Record<string, number> = {};
    const app = started.app.child.pid!;
    for (const [name, kind] of Object.entries(kinds).filter(([name]) => !only || only.includes(name))) {
      await send(kind, WARM_UP);
      roundsUs[name] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const cpu = new CpuMeter(() => [app]);
        await send(kind, REQUESTS);
        roundsUs[name].push((cpu.read() * 1e6) / REQUESTS);
      }
      medianUs[name] = quantile(roundsUs[name], 0.5);
      log(`  ${name}: ${roundsUs[name].map((us) => us.toFixed(0)).join(', ')} µs`);
    }
    const line = `requests app_cpu_us/request(median of ${ROUNDS}×${REQUESTS}, ${PHONES} phones)=${Object.entries(medianUs).map(([name, us]) => `${name}:${us.toFixed(0)}`).join(',')}`;
    return { medianUs, roundsUs, line };
  } finally {
    await started.stop();
  }
}
