// `npm run bench:compare`: the Vendure 3.7 anchor, pgbench TPC-B on the system PostgreSQL, our bench, and the floor
// (`npm run bench:floor`: the same checkout served by the least a Node process can do), interleaved A B C A B C in
// one sitting on this machine, so that other work slows them alike; prints the ratios on one line.
//
// The anchor is not in this repository and no path outside it is assumed: it is copied from VENDURE_ANCHOR (the
// harness folder with its run.sh, kept by whoever runs the comparison) to a scratch folder outside it (VENDURE_WORKDIR, default $TMPDIR/vendure-anchor), where its
// `run.sh` installs Vendure from npm once and runs it on its own fresh PostgreSQL 15 cluster (needs root and
// /usr/lib/postgresql/15/bin). When it cannot run, the line says why and gives what could be measured.
//
// Flags: --rounds 2, --warmup 5 --duration 30 (for all three), --shoppers 16,64. DATABASE_URL: the server for pgbench's
// scratch database and our bench's fresh database (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/app-process.js';
import { REPO_ROOT } from '../support/paths.js';
import { runBench, type BenchReport } from './bench.js';
import { runFloor, type FloorReport } from './floor.js';
import { scratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { leaveOutUnanswered, parseVendure, type VendureFigures } from './vendure-figures.js';

const log = (...words: unknown[]) => console.error(`[compare ${new Date().toISOString().slice(11, 19)}]`, ...words);

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

const ROUNDS = Number(flag('rounds', '2'));
const WARMUP = Number(flag('warmup', '5'));
const DURATION = Number(flag('duration', '30'));
const SHOPPERS = flag('shoppers', '16,64').split(',').map(Number);
const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Runs a command; resolves with its exit code and output (stderr teed to ours with a prefix). */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; prefix: string }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) console.error(`${options.prefix} ${line}`);
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: stderr + String(error) }));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The anchor's scratch copy, or why there is none. */
function anchorCopy(): { dir: string } | { why: string } {
  const dir = path.resolve(process.env.VENDURE_WORKDIR ?? path.join(os.tmpdir(), 'vendure-anchor'));
  if (dir.startsWith(REPO_ROOT + path.sep)) return { why: `VENDURE_WORKDIR ${dir} is inside the repository` };
  if (!fs.existsSync(path.join(dir, 'run.sh'))) {
    if (!process.env.VENDURE_ANCHOR) return { why: 'no Vendure anchor: set VENDURE_ANCHOR to the harness folder (with its run.sh)' };
    const source = path.resolve(process.env.VENDURE_ANCHOR);
    if (!fs.existsSync(path.join(source, 'run.sh'))) return { why: `no run.sh in VENDURE_ANCHOR (${source})` };
    fs.cpSync(source, dir, { recursive: true, filter: (from) => !from.includes(`${path.sep}node_modules${path.sep}`) && !from.endsWith(`${path.sep}node_modules`) });
  }
  if (process.getuid?.() !== 0) return { why: 'run.sh needs root (it starts PostgreSQL as the postgres OS user)' };
  if (!fs.existsSync('/usr/lib/postgresql/15/bin/initdb')) return { why: 'run.sh needs the PostgreSQL 15 server binaries in /usr/lib/postgresql/15/bin' };
  return { dir };
}

async function vendureRound(dir: string, round: number): Promise<{ figures?: VendureFigures; why?: string; unanswered?: string[] }> {
  const env = {
    ...process.env,
    WARMUP: String(WARMUP),
    DURATION: String(DURATION),
    PGPORT: String(await freePort()),
    VENDURE_PORT: String(await freePort()),
    PGROOT: path.join(os.tmpdir(), `vbench-pg-${process.pid}-${round}`),
  };
  log(`Vendure anchor, round ${round} (${dir}/run.sh, PostgreSQL on ${env.PGPORT}, Vendure on ${env.VENDURE_PORT})`);
  const result = await run('bash', ['run.sh'], { cwd: dir, env, prefix: '  [vendure]' });
  fs.rmSync(env.PGROOT, { recursive: true, force: true });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  const figures = parseVendure(line);
  if (result.code !== 0 || !figures) return { why: `run.sh exited ${result.code}: ${(result.stderr.trim().split('\n').at(-1) ?? '').slice(0, 200)}` };
  log(`  ${line}`);
  const unanswered = leaveOutUnanswered(figures);
  // The CPU split of its checkout@16 run (cores used over the window), as ms per checkout like ours.
  try {
    const results = path.join(dir, 'results');
    const newest = fs.readdirSync(results).sort().at(-1)!;
    const run16 = JSON.parse(fs.readFileSync(path.join(results, newest, 'checkout-16.json'), 'utf8')) as {
      per_second: number;
      cpu: { coresUsed: { server: number; worker: number; postgres: number } };
    };
    const cores = run16.cpu.coresUsed;
    figures.appCpuMs = ((cores.server + cores.worker) / run16.per_second) * 1000;
    figures.pgCpuMs = (cores.postgres / run16.per_second) * 1000;
  } catch (error) {
    log(`  (no CPU split from run.sh's results: ${error instanceof Error ? error.message : String(error)})`);
  }
  return { figures, unanswered };
}

/** pgbench TPC-B (-s 10, 16 clients, 2 threads) on a scratch database of the system PostgreSQL. */
async function pgbenchRound(round: number): Promise<{ tps?: number; why?: string }> {
  const url = new URL(DATABASE_URL);
  let db: ScratchDatabase;
  try {
    db = await scratchDatabase(DATABASE_URL, `pgbench_${round}`);
  } catch (error) {
    return { why: `no scratch database on ${url.host}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const name = db.name;
  try {
    const base = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
    log(`pgbench, round ${round}: -i -s 10, then -c 16 -j 2 -T ${DURATION}`);
    const init = await run('pgbench', [...base, '-i', '-s', '10', '-q', name], { env, prefix: '  [pgbench -i]' });
    if (init.code !== 0) return { why: `pgbench -i exited ${init.code}` };
    const load = await run('pgbench', [...base, '-c', '16', '-j', '2', '-T', String(DURATION), name], { env, prefix: '  [pgbench]' });
    const tps = /tps = ([\d.]+)/.exec(load.stdout);
    if (load.code !== 0 || !tps) return { why: `pgbench exited ${load.code}` };
    log(`  tps ${Number(tps[1]).toFixed(0)}`);
    return { tps: Number(tps[1]) };
  } finally {
    await db.drop();
  }
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
/** A ratio with its "x", or n/a. */
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}x` : 'n/a');

async function main(): Promise<void> {
  const anchor = anchorCopy();
  const vendure: VendureFigures[] = [];
  const ours: BenchReport[] = [];
  const pgbench: number[] = [];
  const floors: FloorReport[] = [];
  const problems: string[] = [];
  if ('why' in anchor) problems.push(`vendure: ${anchor.why}`);

  for (let round = 1; round <= ROUNDS; round++) {
    // A: Vendure (its own cluster), then pgbench on the system PostgreSQL; B: ours on the system PostgreSQL.
    if ('dir' in anchor) {
      const result = await vendureRound(anchor.dir, round);
      if (result.figures) vendure.push(result.figures);
      else problems.push(`vendure round ${round}: ${result.why}`);
      if (result.unanswered?.length) problems.push(`vendure round ${round}: ${result.unanswered.join(', ')} answered no request (left out of the medians)`);
    }
    const bench = await pgbenchRound(round);
    if (bench.tps !== undefined) pgbench.push(bench.tps);
    else problems.push(`pgbench round ${round}: ${bench.why}`);
    log(`ours, round ${round}`);
    try {
      const report = await runBench({ warmupS: WARMUP, durationS: DURATION, shoppers: SHOPPERS, reads: 64, top: 0, databaseUrl: DATABASE_URL });
      log(`  ${report.line}`);
      if (!report.verification.ok) problems.push(`ours round ${round}: verification failed`);
      ours.push(report);
    } catch (error) {
      problems.push(`ours round ${round}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    log(`floor, round ${round}`);
    try {
      const floor = await runFloor({ warmupS: WARMUP, durationS: DURATION, shoppers: SHOPPERS, databaseUrl: DATABASE_URL }, log);
      log(`  ${floor.line}`);
      if (!floor.verification.ok) problems.push(`floor round ${round}: verification failed`);
      floors.push(floor);
    } catch (error) {
      problems.push(`floor round ${round}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  const ourCheckouts = (n: number) => median(ours.map((r) => r.phases.find((p) => p.name === 'checkout' && p.concurrency === n)?.perSecond ?? NaN));
  const ourP99 = (n: number) => median(ours.map((r) => r.phases.find((p) => p.name === 'checkout' && p.concurrency === n)?.p99 ?? NaN));
  const ourListing = median(ours.map((r) => r.phases.find((p) => p.name === 'listing')?.perSecond ?? NaN));
  const ourRss = median(ours.map((r) => r.rssMb));
  const v = {
    c16: median(vendure.map((f) => f.c16)),
    c64: median(vendure.map((f) => f.c64)),
    p99At16: median(vendure.map((f) => f.p99At16)),
    p99At64: median(vendure.map((f) => f.p99At64)),
    products: median(vendure.map((f) => f.products)),
    pgbench: median(vendure.map((f) => f.pgbench)),
    rss: median(vendure.map((f) => f.rss)),
    appCpuMs: median(vendure.map((f) => f.appCpuMs)),
    pgCpuMs: median(vendure.map((f) => f.pgCpuMs)),
  };
  const ourCpu = (which: 'appCpuMs' | 'pgCpuMs') =>
    median(ours.map((r) => {
      const p = r.phases.find((phase) => phase.name === 'checkout' && phase.concurrency === 16);
      return p ? p[which] / Math.max(1, p.done) : NaN;
    }));
  const tps = median(pgbench);
  const floorCheckouts = (n: number) => median(floors.map((r) => r.phases.find((p) => p.concurrency === n)?.perSecond ?? NaN));
  const floorCpu = median(floors.map((r) => {
    const p = r.phases.find((phase) => phase.concurrency === 16);
    return p ? (p.appCpuMs + p.pgCpuMs) / Math.max(1, p.done) : NaN;
  }));
  const parts = [
    `compare rounds=${ROUNDS} (median; ours on ${new URL(DATABASE_URL).host})`,
    `ours/vendure checkouts/s@16=${times(ourCheckouts(16) / v.c16)} (${fmt(ourCheckouts(16))} vs ${fmt(v.c16)})`,
    `@64=${times(ourCheckouts(64) / v.c64)} (${fmt(ourCheckouts(64))} vs ${fmt(v.c64)})`,
    `vendure_p99/ours@16=${times(v.p99At16 / ourP99(16))} (${fmt(v.p99At16, 0)} vs ${fmt(ourP99(16), 0)} ms)`,
    `@64=${times(v.p99At64 / ourP99(64))}`,
    `listing ours/vendure@64=${times(ourListing / v.products)} (${fmt(ourListing)} vs ${fmt(v.products)} q/s)`,
    `ours/pgbench=${fmt((ourCheckouts(16) / tps) * 100, 2)}%@16 ${fmt((ourCheckouts(64) / tps) * 100, 2)}%@64 (pgbench ${fmt(tps, 0)} tps system PG; ${fmt(v.pgbench, 0)} tps Vendure's cluster)`,
    `cpu_ms/checkout@16 vendure/ours=${times((v.appCpuMs + v.pgCpuMs) / (ourCpu('appCpuMs') + ourCpu('pgCpuMs')))} (app+pg ${fmt(v.appCpuMs, 0)}+${fmt(v.pgCpuMs, 0)} vs ${fmt(ourCpu('appCpuMs'), 0)}+${fmt(ourCpu('pgCpuMs'), 0)})`,
    `rss_mb ours=${fmt(ourRss, 0)} vendure=${fmt(v.rss, 0)}+worker`,
    `floor/vendure checkouts/s@16=${times(floorCheckouts(16) / v.c16)} (${fmt(floorCheckouts(16))})`,
    `floor/pgbench=${fmt((floorCheckouts(16) / tps) * 100, 2)}%@16 ${fmt((floorCheckouts(64) / tps) * 100, 2)}%@64`,
    `ours/floor checkouts/s@16=${fmt((ourCheckouts(16) / floorCheckouts(16)) * 100, 1)}% cpu_ms/checkout@16 floor=${fmt(floorCpu, 1)}`,
  ];
  if (problems.length > 0) parts.push(`problems: ${problems.join('; ')}`);
  console.log(parts.join(' '));
  process.exit(ours.length === ROUNDS && ours.every((r) => r.verification.ok) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
