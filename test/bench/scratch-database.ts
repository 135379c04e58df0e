// A fresh database of its own on a PostgreSQL server, for one bench run: every bench that measures on a server
// (`npm run bench` with DATABASE_URL, its realtime phase, `--nodes`, the floor, pgbench in bench:compare) makes
// one here and drops it afterwards, also when connections are left.
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  /** The server's URL with this database's name. */
  url: string;
  /** A connection to the server's own database, for reading pg_stat_activity about this one. */
  admin: pg.Client;
  /** The pids of the backends serving this database now. */
  backends(): Promise<number[]>;
  /** Drops the database (forcing its connections closed) and ends `admin`; never throws. */
  drop(): Promise<void>;
}

export async function scratchDatabase(serverUrl: string, label: string): Promise<ScratchDatabase> {
  const name = `pl_${label}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw error;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    admin,
    backends: async () => (await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name])).rows.map((r) => r.pid),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    },
  };
}
