// Starts the built app (`node api/dist/main.js`, what `npm start` runs, with the same node flags) as a real child
// process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { API_MAIN, REPO_ROOT } from './paths.js';

export interface AppProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and resolves with the exit code once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The first port of the kernel's ephemeral range (Linux: ip_local_port_range, 32768 by default). */
function ephemeralLow(): number {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 20_100 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

/** Listens on the port for a moment: the port number when it was free, undefined when taken. */
function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A free port for an app or its PostgreSQL, picked at random below the kernel's ephemeral range. The kernel hands out
 * ephemeral ports to every `listen(0)` and outgoing connection on the machine, so one picked there could be taken
 * between this check and the app's start, or while the app restarts on it (a second `npm test` beside this one did:
 * EADDRINUSE on a restart in fault/money-under-faults). Below that range only another test's own random pick can
 * collide. Falls back to the kernel's pick when 50 tries find nothing.
 */
export async function freePort(): Promise<number> {
  const low = 20_000;
  const high = ephemeralLow();
  for (let i = 0; i < 50; i++) {
    const port = await tryListen(low + Math.floor(Math.random() * (high - low)));
    if (port) return port;
  }
  const port = await tryListen(0);
  if (!port) throw new Error('no free port');
  return port;
}

/** A data folder the `postgres` OS user can reach (mkdtemp makes 0700 folders). */
export function makeDataDir(prefix = 'pl-e2e-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * Set by test/support/global-setup.ts to a folder for this run. The first test that wants a first-start app makes in
 * it, once, the data folder the app's first start with the test admin leaves behind (stopped cleanly): the PostgreSQL
 * cluster initialised, every migration applied, the admin and the app's secrets made. Later apps start from a copy,
 * which takes a fraction of a second where initialising takes a first start several seconds of CPU.
 */
export const FIRST_START_TEMPLATE = 'PL_TEST_FIRST_START_TEMPLATE';

/**
 * A data folder for an app that starts as if for the first time with these admin credentials (the test admin of
 * e2e.ts): a copy of the run's first-start template inside `vitest`, otherwise an empty folder (the app then
 * initialises it itself).
 */
export async function firstStartDataDir(admin: { ADMIN_EMAIL: string; ADMIN_PASSWORD: string }): Promise<string> {
  const template = await firstStartTemplate(admin);
  const dir = makeDataDir();
  // cp -a keeps the owner (the `postgres` OS user when the tests run as root) and PostgreSQL's 0700 modes.
  if (template) execFileSync('cp', ['-a', `${template}/.`, dir]);
  return dir;
}

async function firstStartTemplate(admin: { ADMIN_EMAIL: string; ADMIN_PASSWORD: string }): Promise<string | undefined> {
  const runFolder = process.env[FIRST_START_TEMPLATE];
  if (!runFolder || !fs.existsSync(runFolder)) return undefined;
  // One template per admin: an app started with other credentials never gets this admin's data.
  const root = path.join(runFolder, createHash('sha256').update(`${admin.ADMIN_EMAIL}\n${admin.ADMIN_PASSWORD}`).digest('hex').slice(0, 16));
  fs.mkdirSync(root, { recursive: true, mode: 0o755 });
  const data = path.join(root, 'data');
  const ready = path.join(root, 'ready');
  const failed = path.join(root, 'failed');
  // Test files run side by side: the one that makes the folder first makes the template, the others wait for it.
  let maker = true;
  try {
    fs.mkdirSync(path.join(root, 'making'));
  } catch {
    maker = false;
  }
  if (!maker) {
    const deadline = Date.now() + 180_000;
    while (!fs.existsSync(ready) && !fs.existsSync(failed) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // Without a template this app makes its own first start (and says why, if it cannot).
    return fs.existsSync(ready) ? data : undefined;
  }
  fs.mkdirSync(data, { mode: 0o755 });
  let app: AppProcess | undefined;
  try {
    app = await startApp({ dataDir: data, env: { ...admin, SEED_DEMO: 'false' } });
    const code = await app.stop();
    if (code !== 0) throw new Error(`the app exited with ${code} when stopped:\n${app.output()}`);
    fs.writeFileSync(ready, '');
    return data;
  } catch (error) {
    fs.writeFileSync(failed, String(error));
    await app?.stop();
    throw error;
  }
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  embeddedPgPort?: number;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Node flags before the app's entry (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
  execArgv?: string[];
}

/**
 * The node flags `npm run start:prebuilt` puts before api/dist/main.js (V8's start-only memory flags,
 * api/src/config/memory.ts), so the tests and the benches start the app as a deployment does.
 */
function productionNodeFlags(): string[] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts['start:prebuilt'] ?? '').trim().split(/\s+/);
  const main = words.indexOf('api/dist/main.js');
  if (words[0] !== 'node' || main < 1) throw new Error(`package.json's start:prebuilt is not "node [flags] api/dist/main.js": ${scripts['start:prebuilt']}`);
  return words.slice(1, main);
}

export async function startApp(options: StartOptions = {}): Promise<AppProcess> {
  if (!fs.existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` first`);
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? makeDataDir();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(options.embeddedPgPort ?? (await freePort())),
    LOG_LEVEL: 'info',
    // The demo class is seeded on a real first start; tests that want it pass SEED_DEMO: 'true'.
    SEED_DEMO: 'false',
    ...options.env,
  };
  let output = '';
  // The caller's flags come after the production ones, so a bench's --node-flag can override them (V8: the last wins).
  const child = spawn(process.execPath, [...productionNodeFlags(), ...(options.execArgv ?? []), API_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  // Generous by default: on a busy 2-core machine a first start (initdb, migrations) has taken over 30 s. The loop
  // waits on /api/health, so a fast machine is not slowed by the limit.
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} while starting:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // SIGTERM first so the app stops the embedded PostgreSQL it started; SIGKILL only if it does not go.
      child.kill('SIGTERM');
      const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
      if (!gone) child.kill('SIGKILL');
      throw new Error(`the app did not answer /api/health within the time limit:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    dataDir,
    child,
    output: () => output,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits until the process with this pid has gone (e.g. the PostgreSQL the app started). */
export async function waitForExit(pid: number, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  return Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
}
