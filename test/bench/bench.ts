// `npm run bench`: the built app in production mode on a fresh database, one class (50 products with large stock,
// 64 buyers), closed-loop checkouts at 16 and 64 shoppers, then the storefront listing and a light read at 64; one
// line of figures, then a check that nothing was lost or doubled (exit 1 if it was). A script, not a test: the
// figures depend on the machine, so nothing here passes or fails on a time.
//
// A checkout: add to cart → courier options (quote) → place the order (Idempotency-Key, BCA VA) → the payer pays the
// VA in the simulator's bank app, whose signed notification settles it → the order reads PAID ("Perlu Dikirim").
//
// Then, on an app of its own, the realtime phase (`sockets.ts`): 3,000 authenticated socket.io clients in 100 classes,
// and payments settled through the simulator's signed notification, timed until the seller's socket hears them.
//
// Flags: --warmup 5 --duration 30 (seconds), --shoppers 16,64, --reads 64 (0: no read phases), --top N (the N
// statements with the most calls per checkout), --json FILE (every figure), --cpu-prof DIR (the app writes a V8 CPU
// profile there when it stops), --sockets 3000 (0: no realtime phase) --settles 300 --settle-concurrency 4,
// --socket-load 16 (checkout shoppers running while the settlements are timed, with the --warmup/--duration above;
// 0: the settlements alone), --no-restart (else the realtime phase ends by restarting the app with every socket
// connected), --restart-before 20 --restart-after 100 (payments settled just before the SIGTERM and right after).
// `--shoppers 0 --reads 0` runs the realtime phase alone. DATABASE_URL: a PostgreSQL server to make a fresh database
// on (else the embedded one). Memory: the app's RSS once started and after the load, with what Node says holds it
// (test/bench/mem-probe.mjs), against the 250 MB goal; --idle S reads it again S seconds later; --app-env KEY=VALUE
// and --node-flag FLAG (both repeatable) start the app with more environment or Node flags, for an A/B.
// `--nodes 1,2,3` runs instead the checkout phases through nginx in front of 1, 2 and 3 app nodes (`nodes.ts`).
// `--jump 30x30` runs instead the moment 30 classes of 30 shipped parcels each press "+3 hari" at once, until every
// parcel reads "Sampai", with 16 shoppers checking out meanwhile (`clock-jump.ts`; --jump-load N, --jump-timeout S).
// `--requests` runs instead what one request costs the app's CPU: an answer without the database, an order's page and
// an item into a cart (`request-cost.ts`; --request-kinds read,static for only those).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { makeDataDir, type AppProcess } from '../support/app-process.js';
import { closedLoop, quantile, type LoopResult, type StepTimes } from './closed-loop.js';
import { CpuMeter, machineBusySeconds, rssSplitMb, WakeupMeter } from './proc.js';
import { REPO_ROOT } from '../support/paths.js';
import { pathToFileURL } from 'node:url';
import { runSockets, type LoadFigures, type SocketBenchReport } from './sockets.js';
import { STOCK, benchAppEnv } from './bench-fixtures.js';
import { checkout, seed, type Ledger, type Seeded } from './checkout-flow.js';
import { runNodes } from './nodes.js';
import { parseJump, runClockJump } from './clock-jump.js';
import { startBenchApp, type BenchApp } from './bench-app.js';
import { runRequestCost } from './request-cost.js';

export interface BenchOptions {
  warmupS: number;
  durationS: number;
  shoppers: number[];
  reads: number;
  top: number;
  json?: string;
  cpuProfDir?: string;
  databaseUrl?: string;
  /** The realtime phase (`sockets.ts`, its own app): sockets to connect (0: none), payments to settle, loops at once. */
  sockets?: number;
  settles?: number;
  settleConcurrency?: number;
  /** Checkout shoppers during the realtime phase's settlements (0: none); the restart after them, and its payments. */
  socketLoad?: number;
  restart?: boolean;
  restartBefore?: number;
  restartAfter?: number;
  /** For an A/B of memory settings: extra environment of the app (`--app-env KEY=VALUE`, repeatable) and Node flags
   * before its entry (`--node-flag --max-semi-space-size=4`, repeatable). */
  appEnv?: Record<string, string>;
  /** Seconds to leave the app idle after the load before its memory is read once more (0: not read again). */
  idleS?: number;
  nodeFlags?: string[];
  /** `--nodes 1,2,3`: instead of the phases above, the checkout load through nginx in front of 1, 2 and 3 app nodes
   * (`nodes.ts`). */
  nodes?: number[];
}

export function parseArgs(argv: string[]): BenchOptions {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const every = (name: string) => argv.flatMap((word, at) => (word === `--${name}` && argv[at + 1] !== undefined ? [argv[at + 1]!] : []));
  return {
    appEnv: Object.fromEntries(every('app-env').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
    nodeFlags: every('node-flag'),
    idleS: Number(value('idle') ?? 0),
    warmupS: Number(value('warmup') ?? 5),
    durationS: Number(value('duration') ?? 30),
    shoppers: (value('shoppers') ?? '16,64').split(',').map(Number).filter((n) => n > 0),
    reads: Number(value('reads') ?? 64),
    top: Number(value('top') ?? 0),
    json: value('json'),
    cpuProfDir: value('cpu-prof'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    sockets: Number(value('sockets') ?? 3000),
    settles: Number(value('settles') ?? 300),
    settleConcurrency: Number(value('settle-concurrency') ?? 4),
    socketLoad: Number(value('socket-load') ?? 16),
    restart: !argv.includes('--no-restart'),
    restartBefore: Number(value('restart-before') ?? 20),
    restartAfter: Number(value('restart-after') ?? 100),
    nodes: (value('nodes') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0),
  };
}

/** Where the database's CPU and statement counts are read. */
export interface DbWatch {
  client: pg.Client;
  pgPids(): number[];
  /** Reads the backends again (an external server: those of this database), when the window opens and closes, so a
   * backend the app's pool opened during the warm-up is counted. */
  refresh?: () => Promise<void>;
  /** 'pg_stat_statements', or 'xact' when the server does not load it (then only transactions are counted). */
  mode: 'pg_stat_statements' | 'xact';
}

/** A closed-loop phase: the figures the realtime phase's checkout load has too, and more. */
export interface PhaseFigures extends Omit<LoadFigures, 'shoppers'> {
  name: string;
  concurrency: number;
  steps: Record<string, { p50: number; p99: number }>;
  appCpuMs: number;
  pgCpuMs: number;
  /** Times the database's backends slept waiting in the window: about one per round trip from the app (proc.ts, WakeupMeter). */
  pgWakeups: number;
  /** CPU ms in the window of the further process groups the caller named (`--nodes`: each node, nginx, Redis, the bench). */
  cpuMs: Record<string, number>;
  /** CPU ms the whole machine was busy in the window (all CPUs, every process: this bench's and everyone else's). */
  machineCpuMs: number;
  statements: number;
  transactions: number;
  /** The statements with the most calls in the measured window (pg_stat_statements is reset as it opens): calls, and PostgreSQL's execution ms in all. */
  top: { calls: number; ms: number; query: string }[];
}

async function dbCounters(watch: DbWatch): Promise<{ statements: number; transactions: number }> {
  const stats = await watch.client.query<{ xacts: string }>(`SELECT xact_commit + xact_rollback AS xacts FROM pg_stat_database WHERE datname = current_database()`);
  let statements = 0;
  if (watch.mode === 'pg_stat_statements') {
    const rows = await watch.client.query<{ calls: string | null }>(
      `SELECT sum(calls) AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    statements = Number(rows.rows[0]?.calls ?? 0);
  }
  return { statements, transactions: Number(stats.rows[0]?.xacts ?? 0) };
}

/**
 * One closed-loop phase against the app process(es) `appPids`, with the CPU of the app and of the database's backends
 * in the measured window, and of any further process `groups` (name → pids).
 */
export async function phase(
  name: string,
  concurrency: number,
  options: Pick<BenchOptions, 'warmupS' | 'durationS' | 'top'>,
  appPids: () => number[],
  watch: DbWatch,
  iteration: (worker: number, steps: StepTimes) => Promise<void>,
  groups: Record<string, () => number[]> = {},
): Promise<PhaseFigures> {
  let appCpu: CpuMeter | undefined;
  let pgCpu: CpuMeter | undefined;
  let pgWakeups: WakeupMeter | undefined;
  let groupCpu: [string, CpuMeter][] = [];
  let machineBefore = 0;
  let before = { statements: 0, transactions: 0 };
  const figures = { appCpuMs: 0, pgCpuMs: 0, pgWakeups: 0, cpuMs: {} as Record<string, number>, machineCpuMs: 0, statements: 0, transactions: 0, top: [] as { calls: number; ms: number; query: string }[] };
  const result: LoopResult = await closedLoop(concurrency, options.warmupS * 1000, options.durationS * 1000, iteration, {
    open: async () => {
      await watch.refresh?.();
      if (watch.mode === 'pg_stat_statements') await watch.client.query('SELECT pg_stat_statements_reset()');
      await watch.client.query('SELECT pg_stat_clear_snapshot()');
      before = await dbCounters(watch);
      appCpu = new CpuMeter(appPids);
      pgCpu = new CpuMeter(watch.pgPids);
      pgWakeups = new WakeupMeter(watch.pgPids);
      groupCpu = Object.entries(groups).map(([group, pids]) => [group, new CpuMeter(pids)]);
      machineBefore = machineBusySeconds();
    },
    close: async () => {
      figures.machineCpuMs = (machineBusySeconds() - machineBefore) * 1000;
      figures.appCpuMs = appCpu!.read() * 1000;
      for (const [group, meter] of groupCpu) figures.cpuMs[group] = meter.read() * 1000;
      await watch.refresh?.();
      figures.pgCpuMs = pgCpu!.read() * 1000;
      figures.pgWakeups = pgWakeups!.read();
      await watch.client.query('SELECT pg_stat_clear_snapshot()');
      const after = await dbCounters(watch);
      figures.statements = after.statements - before.statements;
      figures.transactions = after.transactions - before.transactions;
      if (watch.mode === 'pg_stat_statements' && options.top > 0) {
        const rows = await watch.client.query<{ calls: string; ms: string; query: string }>(
          `SELECT calls, total_exec_time AS ms, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
           ORDER BY calls DESC LIMIT $1`,
          [options.top],
        );
        figures.top = rows.rows.map((row) => ({ calls: Number(row.calls), ms: Number(row.ms), query: shortened(row.query.replace(/\s+/g, ' ')) }));
      }
    },
  });
  const steps: PhaseFigures['steps'] = {};
  for (const [step, values] of result.steps) steps[step] = { p50: quantile(values, 0.5), p99: quantile(values, 0.99) };
  return {
    name,
    concurrency,
    perSecond: Math.round((result.done / result.seconds) * 10) / 10,
    done: result.done,
    errors: result.errors,
    firstErrors: result.firstErrors,
    p50: quantile(result.latencies, 0.5),
    p95: quantile(result.latencies, 0.95),
    p99: quantile(result.latencies, 0.99),
    steps,
    ...figures,
  };
}

/** The memory goal of issue 18 (docs/performance.md, "Memory"): the app's RSS after the checkout load. */
export const RSS_GOAL_MB = 250;

/** What holds the app's memory at one moment: the kernel's RSS and its split, and what Node says it holds. */
export interface MemoryFigures {
  rss: number;
  anon: number;
  file: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** V8's own malloc'ed memory (outside the JS heap). */
  malloced: number;
  /** The young generation (both semi-spaces) and the old space as V8 has them committed, and what is live in them. */
  newSpace: { size: number; used: number };
  oldSpace: { size: number; used: number };
}

/** What test/bench/mem-probe.mjs writes: process.memoryUsage(), V8's malloc'ed memory and its heap spaces in bytes. */
interface ProbeAnswer {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  mallocedMemory: number;
  spaces: Record<string, { size: number; used: number } | undefined>;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Asks the app (started with test/bench/mem-probe.mjs) for process.memoryUsage() by SIGUSR2 and reads the kernel's RSS
 * at the same moment. Node's figures are 0 when the probe did not answer within 10 s.
 */
async function memoryOf(app: AppProcess, probeFile: string): Promise<MemoryFigures> {
  fs.rmSync(probeFile, { force: true });
  app.child.kill('SIGUSR2');
  const split = rssSplitMb(app.child.pid!);
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(probeFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const node = fs.existsSync(probeFile)
    ? (JSON.parse(fs.readFileSync(probeFile, 'utf8')) as ProbeAnswer)
    : { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, mallocedMemory: 0, spaces: {} };
  const space = (name: string) => ({ size: mb(node.spaces[name]?.size ?? 0), used: mb(node.spaces[name]?.used ?? 0) });
  return {
    rss: split.rss,
    anon: split.anon,
    file: split.file,
    heapUsed: mb(node.heapUsed),
    heapTotal: mb(node.heapTotal),
    external: mb(node.external),
    arrayBuffers: mb(node.arrayBuffers),
    malloced: mb(node.mallocedMemory),
    newSpace: space('new_space'),
    oldSpace: space('old_space'),
  };
}

const memoryWords = (m: MemoryFigures) =>
  `rss ${m.rss} MB (anon ${m.anon}, file ${m.file}); heap used/total ${m.heapUsed}/${m.heapTotal} MB, external ${m.external} MB (array buffers ${m.arrayBuffers}), new space ${m.newSpace.used}/${m.newSpace.size} MB, old space ${m.oldSpace.used}/${m.oldSpace.size} MB, V8 malloc ${m.malloced} MB`;

interface Verification {
  ok: boolean;
  lines: string[];
}

/** Orders = settled payments = what the bench paid; stock down by exactly what was sold; the ledger check is clean. */
export async function verify(client: pg.Client, url: string, seeded: Seeded, book: Ledger): Promise<Verification> {
  const lines: string[] = [];
  let ok = true;
  const check = (good: boolean, line: string) => {
    lines.push(`${good ? 'ok  ' : 'FAIL'} ${line}`);
    if (!good) ok = false;
  };
  const one = async (sql: string) => Number(Object.values((await client.query(sql, [seeded.classId])).rows[0] ?? {})[0] ?? 0);
  const orders = await one(`SELECT count(*) FROM orders WHERE class_id = $1`);
  const paidOrders = await one(`SELECT count(*) FROM orders WHERE class_id = $1 AND state = 'PAID'`);
  const settled = await one(`SELECT count(*) FROM payment WHERE class_id = $1 AND state = 'settled'`);
  const settledSum = await one(`SELECT coalesce(sum(amount), 0) FROM payment WHERE class_id = $1 AND state = 'settled'`);
  check(orders === book.placed.size, `orders in the database ${orders} = orders the bench placed ${book.placed.size}`);
  check(settled === orders && paidOrders === orders && book.paid.size === orders, `settled payments ${settled} = PAID orders ${paidOrders} = orders paid by the bench ${book.paid.size} = orders ${orders}`);
  const paidSum = [...book.placed.values()].reduce((a, b) => a + b, 0);
  check(settledSum === paidSum, `settled amount Rp ${settledSum} = totals of the orders placed Rp ${paidSum}`);
  const sold = await one(`SELECT coalesce(sum(l.quantity), 0) FROM order_line l JOIN orders o ON o.id = l.order_id WHERE o.class_id = $1`);
  const stockDown = await one(`SELECT coalesce(sum(${STOCK} - stock), 0) FROM product WHERE class_id = $1`);
  check(stockDown === sold, `stock went down by ${stockDown} = units sold ${sold}`);
  const ledger = await fetch(`${url}/api/classes/${seeded.classId}/ledger-check`, { headers: { authorization: `Bearer ${seeded.adminToken}` } });
  const body = (await ledger.json()) as { ok: boolean; totalSum: number; entryCount: number };
  check(ledger.status === 200 && body.ok === true, `ledger check: ok=${body.ok}, sum ${body.totalSum} over ${body.entryCount} entries`);
  return { ok, lines };
}

export interface BenchReport {
  date: string;
  database: string;
  statementSource: string;
  phases: PhaseFigures[];
  rssMb: number;
  /** The app's memory once started (before seeding) and after the load (before the checks). */
  memory: { boot: MemoryFigures; afterLoad: MemoryFigures };
  verification: Verification;
  line: string;
}

const ms = (n: number) => Math.round(n);

function summaryLine(report: Omit<BenchReport, 'line'>): string {
  const parts: string[] = ['pasar'];
  const checkouts = report.phases.filter((p) => p.name === 'checkout');
  parts.push(`checkouts/s${checkouts.map((p) => `@${p.concurrency}=${p.perSecond}`).join(' ')}`);
  for (const p of checkouts) {
    parts.push(`p50/p95/p99_ms@${p.concurrency}=${p.p50}/${p.p95}/${p.p99}`);
    parts.push(`steps@${p.concurrency}[p50/p99]=${Object.entries(p.steps).map(([s, v]) => `${s}:${v.p50}/${v.p99}`).join(',')}`);
  }
  for (const p of report.phases.filter((p) => p.name !== 'checkout')) parts.push(`${p.name}_qps@${p.concurrency}=${p.perSecond} ${p.name}_p99_ms=${p.p99}`);
  parts.push(`errors=${report.phases.reduce((n, p) => n + p.errors, 0)}`);
  const after = report.memory.afterLoad;
  parts.push(`rss_mb=${report.rssMb}`, `rss_goal_mb=${RSS_GOAL_MB}:${report.rssMb <= RSS_GOAL_MB ? 'ok' : 'over'}`, `rss_boot_mb=${report.memory.boot.rss}`);
  parts.push(`mem_after_load_mb=anon:${after.anon},file:${after.file},heap_used:${after.heapUsed},heap_total:${after.heapTotal},external:${after.external},array_buffers:${after.arrayBuffers}`);
  for (const p of checkouts) {
    const per = Math.max(1, p.done);
    parts.push(`cpu_ms/checkout@${p.concurrency}=app:${ms(p.appCpuMs / per)}+pg:${ms(p.pgCpuMs / per)}`);
    if (report.statementSource === 'pg_stat_statements') parts.push(`sql/checkout@${p.concurrency}=${Math.round((p.statements / per) * 10) / 10}`);
    parts.push(`xacts/checkout@${p.concurrency}=${Math.round((p.transactions / per) * 10) / 10}`);
    parts.push(`pg_wakeups/checkout@${p.concurrency}=${Math.round((p.pgWakeups / per) * 10) / 10}`);
  }
  parts.push(`sql_source=${report.statementSource}`, `db=${report.database}`, `verified=${report.verification.ok ? 'ok' : 'FAILED'}`);
  return parts.join(' ');
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = (...words: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...words);
  const env = benchAppEnv(options.appEnv);
  const dataDir = makeDataDir('pl-bench-');
  // The memory probe answers SIGUSR2 with process.memoryUsage() (test/bench/mem-probe.mjs); it changes nothing else.
  const probeFile = path.join(dataDir, 'mem-probe.json');
  env.PASAR_MEM_PROBE = probeFile;
  const execArgv: string[] = [...(options.nodeFlags ?? []), '--import', pathToFileURL(path.join(REPO_ROOT, 'test/bench/mem-probe.mjs')).href];
  if (options.cpuProfDir) {
    fs.mkdirSync(options.cpuProfDir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`);
  }
  let started: BenchApp | undefined;
  let client: pg.Client | undefined;
  // Stopped by a signal (Ctrl-C): the app and the PostgreSQL it started go too.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the app`);
    void (started?.stop() ?? Promise.resolve()).finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    started = await startBenchApp({ dataDir, env, execArgv, databaseUrl: options.databaseUrl, label: 'bench', log });
    const { app, clientUrl, pgPids, refresh } = started;
    client = new pg.Client({ connectionString: clientUrl });
    await client.connect();
    let mode: DbWatch['mode'] = 'xact';
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
      mode = 'pg_stat_statements';
    } catch (error) {
      log(`pg_stat_statements not available (${error instanceof Error ? error.message : String(error)}): counting transactions only`);
    }
    const watch: DbWatch = { client, pgPids, refresh, mode };
    const boot = await memoryOf(app, probeFile);
    log(`app memory once started: ${memoryWords(boot)}`);

    log('seeding: a class, 10 sellers × 5 products, 64 buyers');
    const seeded = await seed(app.url);
    const book: Ledger = { placed: new Map(), paid: new Set() };
    const phases: PhaseFigures[] = [];
    const running = app;
    for (const shoppers of options.shoppers) {
      await refresh?.();
      log(`checkout @${shoppers}: ${options.warmupS} s warm-up, ${options.durationS} s measured`);
      const figures = await phase('checkout', shoppers, options, () => [running.child.pid!], watch, (worker, steps) => checkout(seeded.buyers[worker % seeded.buyers.length]!, seeded.products, book, steps));
      log(`  ${figures.perSecond}/s p99 ${figures.p99} ms, errors ${figures.errors}${figures.firstErrors.length ? `: ${figures.firstErrors.join(' | ')}` : ''}`);
      phases.push(figures);
    }
    if (options.reads > 0) {
      const listing = `/api/classes/${seeded.classId}/products?pageSize=20`;
      await refresh?.();
      log(`listing @${options.reads}`);
      phases.push(
        await phase('listing', options.reads, options, () => [running.child.pid!], watch, async (worker) => {
          const page = await seeded.buyers[worker % seeded.buyers.length]!.expect<{ items: unknown[] }>('listing', 'GET', listing);
          if (page.body.items.length !== 20) throw new Error(`listing: ${page.body.items.length} items, not 20`);
        }),
      );
      log(`light read (one product's page) @${options.reads}`);
      phases.push(
        await phase('light', options.reads, options, () => [running.child.pid!], watch, async (worker) => {
          const item = seeded.products[worker % seeded.products.length]!;
          await seeded.buyers[worker % seeded.buyers.length]!.expect('light', 'GET', `/api/classes/${seeded.classId}/products/${item.id}`);
        }),
      );
    }
    const afterLoad = await memoryOf(running, probeFile);
    const rss = afterLoad.rss;
    log(`app memory after the load: ${memoryWords(afterLoad)}; goal ${RSS_GOAL_MB} MB: ${rss <= RSS_GOAL_MB ? 'met' : `${rss - RSS_GOAL_MB} MB over`}`);
    if ((options.idleS ?? 0) > 0) {
      await new Promise((r) => setTimeout(r, options.idleS! * 1000));
      log(`app memory ${options.idleS} s later, idle: ${memoryWords(await memoryOf(running, probeFile))}`);
    }
    log('verifying');
    const verification = await verify(client, running.url, seeded, book);
    for (const line of verification.lines) log(line);
    if (options.top > 0) {
      for (const p of phases.filter((f) => f.top.length > 0)) {
        log(`top statements, ${p.name} @${p.concurrency} (calls and PostgreSQL's execution ms per completed iteration):`);
        for (const row of p.top) log(`  ${(row.calls / Math.max(1, p.done)).toFixed(2).padStart(6)} ${(row.ms / Math.max(1, p.done)).toFixed(3).padStart(7)}  ${row.query}`);
      }
    }
    const partial = {
      date: new Date().toISOString(),
      database: options.databaseUrl ? 'external' : 'embedded',
      statementSource: mode,
      phases,
      rssMb: rss,
      memory: { boot, afterLoad },
      verification,
    };
    return { ...partial, line: summaryLine(partial) };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await client?.end().catch(() => undefined);
    await started?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const options = parseArgs(process.argv.slice(2));
  const log = (...words: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...words);
  const jump = parseJump(process.argv[process.argv.indexOf('--jump') + 1]);
  if (process.argv.includes('--jump')) {
    if (!jump) {
      console.error('--jump takes CLASSESxPARCELS, e.g. --jump 30x30');
      process.exit(2);
    }
    const timeout = process.argv.indexOf('--jump-timeout');
    const load = process.argv.indexOf('--jump-load');
    runClockJump(
      { ...jump, timeoutS: timeout > 0 ? Number(process.argv[timeout + 1]) : 600, load: load > 0 ? Number(process.argv[load + 1]) : 16, top: options.top, databaseUrl: options.databaseUrl, appEnv: options.appEnv, nodeFlags: options.nodeFlags },
      log,
    ).then(
      (report) => {
        if (options.json) fs.writeFileSync(options.json, JSON.stringify(report, null, 2));
        console.log(report.line);
        process.exit(report.delivered === report.parcels && report.checkoutErrors === 0 ? 0 : 1);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(2);
      },
    );
  } else if (process.argv.includes('--requests')) {
    runRequestCost(
      {
        databaseUrl: options.databaseUrl,
        appEnv: options.appEnv,
        nodeFlags: options.nodeFlags,
        cpuProfDir: options.cpuProfDir,
        kinds: process.argv.includes('--request-kinds') ? process.argv[process.argv.indexOf('--request-kinds') + 1]?.split(',') : undefined,
      },
      log,
    ).then(
      (report) => {
        if (options.json) fs.writeFileSync(options.json, JSON.stringify(report, null, 2));
        console.log(report.line);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else if (options.nodes?.length) {
    runNodes(options, log).then(
      (runs) => {
        if (options.json) fs.writeFileSync(options.json, JSON.stringify(runs, null, 2));
        for (const run of runs) console.log(run.line);
        process.exit(runs.every((run) => run.verification.ok && run.phases.every((p) => p.errors === 0)) ? 0 : 1);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(2);
      },
    );
  } else {
    (async () => {
      const report = options.shoppers.length > 0 || options.reads > 0 ? await runBench(options) : undefined;
      let sockets: SocketBenchReport | undefined;
      if ((options.sockets ?? 0) > 0) {
        sockets = await runSockets(
          {
            sockets: options.sockets!,
            settles: options.settles ?? 300,
            concurrency: options.settleConcurrency ?? 4,
            databaseUrl: options.databaseUrl,
            cpuProfDir: options.cpuProfDir,
            top: options.top,
            loadShoppers: options.socketLoad ?? 0,
            warmupS: options.warmupS,
            durationS: options.durationS,
            restart: options.restart ?? false,
            restartSettlesBefore: options.restartBefore,
            restartSettlesAfter: options.restartAfter,
            appEnv: options.appEnv,
          },
          log,
        );
        for (const error of sockets.errors) log(`sockets: ${error}`);
        if (sockets.top.length) log('top statements per settlement cycle (calls, mean):\n' + sockets.top.join('\n'));
      }
      return { report, sockets };
    })().then(
      ({ report, sockets }) => {
        if (options.json) fs.writeFileSync(options.json, JSON.stringify({ ...report, sockets }, null, 2));
        if (report) console.log(report.line);
        if (sockets) console.log(`pasar-realtime ${sockets.line}`);
        if (sockets?.restartLine) console.log(`pasar-restart ${sockets.restartLine}`);
        const errors = (report?.phases ?? []).reduce((n, p) => n + p.errors, 0);
        const socketsOk = !sockets || (sockets.missed === 0 && sockets.dropped === 0 && (sockets.restart?.missed ?? 0) === 0);
        process.exit((report?.verification.ok ?? true) && errors === 0 && socketsOk ? 0 : 1);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(2);
      },
    );
  }
}

/** A statement's start and end: statements that open with the same CTE (the mission reads) differ only at the end. */
function shortened(query: string): string {
  return query.length <= 200 ? query : `${query.slice(0, 110)} … ${query.slice(-80)}`;
}
