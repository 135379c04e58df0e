// The built app as `npm run bench` and its `--jump` phase start it: on a fresh database of the server in DATABASE_URL,
// or on the embedded PostgreSQL restarted once with pg_stat_statements loaded; and the PostgreSQL processes whose CPU
// and wake-ups the bench reads. `stop()` stops it, waits for the embedded postmaster, drops the scratch database and
// removes the data folder.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, postmasterPid, startApp, waitForExit, type AppProcess } from '../support/app-process.js';
import { childPids } from './proc.js';
import { scratchDatabase, type ScratchDatabase } from './scratch-database.js';

export interface BenchApp {
  app: AppProcess;
  /** A URL for the bench's own connection to the app's database. */
  clientUrl: string;
  /** The database's processes: the embedded postmaster and its children, or this database's backends on a server. */
  pgPids(): number[];
  /** On a server: reads this database's backends again (a backend the pool opened since counts from then). */
  refresh?: () => Promise<void>;
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
  log: (...words: unknown[]) => void;
}): Promise<BenchApp> {
  const { dataDir, execArgv, log } = options;
  const env = { ...options.env };
  let app: AppProcess | undefined;
  let scratch: ScratchDatabase | undefined;
  const stop = async () => {
    if (app) {
      const postmaster = options.databaseUrl ? undefined : postmasterPid(dataDir);
      await app.stop();
      if (postmaster) await waitForExit(postmaster, 30_000);
    }
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (options.databaseUrl) {
      const db = (scratch = await scratchDatabase(options.databaseUrl, options.label));
      env.DATABASE_URL = db.url;
      log(`database ${db.name} on ${new URL(db.url).host}`);
      app = await startApp({ dataDir, env, execArgv });
      // The backends serving this database (the app's pool, pg-boss, the bench's own connection).
      let known = await db.backends();
      return { app, clientUrl: db.url, pgPids: () => known, refresh: async () => void (known = await db.backends()), stop };
    }
    log('embedded PostgreSQL: first start (initdb, migrations)');
    const pgPort = await freePort();
    app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
    const firstPostmaster = postmasterPid(dataDir);
    await app.stop();
    if (firstPostmaster) await waitForExit(firstPostmaster, 30_000);
    fs.appendFileSync(path.join(dataDir, 'pg', 'postgresql.conf'), "\nshared_preload_libraries = 'pg_stat_statements'\n");
    app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
    const postmaster = postmasterPid(dataDir)!;
    return {
      app,
      clientUrl: `postgres://pasar:pasar-latihan-local@127.0.0.1:${pgPort}/pasar_latihan`,
      pgPids: () => [postmaster, ...childPids(postmaster)],
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
