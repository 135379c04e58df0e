// The built app as every bench phase starts it (the checkout phases, `--jump`, `--requests`, the realtime phase): on a
// fresh database of the server in DATABASE_URL, or on the embedded PostgreSQL restarted once with pg_stat_statements
// loaded; and the PostgreSQL processes whose CPU and wake-ups the bench reads. `stopApp()` and `startAgain()` restart
// it on the same port and data (the realtime phase's restart); `stop()` stops it, waits for the embedded postmaster,
// drops the scratch database and removes the data folder.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, postmasterPid, startApp, waitForExit, type AppProcess } from '../support/app-process.js';
import { childPids } from './proc.js';
import { scratchDatabase, type ScratchDatabase } from './scratch-database.js';

export interface BenchApp {
  /** The app as it runs now (a new process after `startAgain`). */
  readonly app: AppProcess;
  /** The embedded PostgreSQL's port; undefined on a server. */
  pgPort?: number;
  /** A URL for the bench's own connection to the app's database. */
  clientUrl: string;
  /** The database's processes: the embedded postmaster and its children, or this database's backends on a server. */
  pgPids(): number[];
  /** On a server: reads this database's backends again (a backend the pool opened since counts from then). */
  refresh?: () => Promise<void>;
  /** Stops the app (SIGTERM by default) and, embedded, waits until its PostgreSQL has stopped too. */
  stopApp(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the app again on the same port, data folder and database. */
  startAgain(): Promise<AppProcess>;
  stop(): Promise<void>;
}

export async function startBenchApp(options: {
  dataDir: string;
  env: Record<string, string>;
  execArgv?: string[];
  /** A server to make a fresh database on; else the embedded PostgreSQL. */
  databaseUrl?: string;
  /** Names the scratch database (`pl_<label>_…`). */
  label: string;
  /** More lines for the embedded PostgreSQL's postgresql.conf, with pg_stat_statements (the realtime phase's
   * `track_commit_timestamp = on`). */
  postgresConf?: string[];
  log: (...words: unknown[]) => void;
}): Promise<BenchApp> {
  const { dataDir, execArgv, log } = options;
  const env = { ...options.env };
  let app: AppProcess | undefined;
  let scratch: ScratchDatabase | undefined;
  let pgPort: number | undefined;
  const stopApp = async (signal?: NodeJS.Signals) => {
    if (!app) return;
    const postmaster = pgPort === undefined ? undefined : postmasterPid(dataDir);
    await app.stop(signal);
    if (postmaster) await waitForExit(postmaster, 30_000);
  };
  const stop = async () => {
    await stopApp();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const startAgain = async () => (app = await startApp({ dataDir, port: app?.port, embeddedPgPort: pgPort, env, execArgv }));
  const handle = (pgPids: () => number[], clientUrl: string, refresh?: () => Promise<void>): BenchApp => ({
    get app() {
      return app!;
    },
    pgPort,
    clientUrl,
    pgPids,
    refresh,
    stopApp,
    startAgain,
    stop,
  });
  try {
    if (options.databaseUrl) {
      const db = (scratch = await scratchDatabase(options.databaseUrl, options.label));
      env.DATABASE_URL = db.url;
      log(`database ${db.name} on ${new URL(db.url).host}`);
      app = await startApp({ dataDir, env, execArgv });
      // The backends serving this database (the app's pool, pg-boss, the bench's own connection).
      let known = await db.backends();
      return handle(() => known, db.url, async () => void (known = await db.backends()));
    }
    log('embedded PostgreSQL: first start (initdb, migrations)');
    pgPort = await freePort();
    app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
    await stopApp();
    const conf = ["shared_preload_libraries = 'pg_stat_statements'", ...(options.postgresConf ?? [])];
    fs.appendFileSync(path.join(dataDir, 'pg', 'postgresql.conf'), `\n${conf.join('\n')}\n`);
    app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
    // The postmaster of the PostgreSQL running now (a new one after a restart) and its children.
    const pgPids = () => {
      const postmaster = postmasterPid(dataDir);
      return postmaster ? [postmaster, ...childPids(postmaster)] : [];
    };
    return handle(pgPids, `postgres://pasar:pasar-latihan-local@127.0.0.1:${pgPort}/pasar_latihan`);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
