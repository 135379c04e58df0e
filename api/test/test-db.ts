// A database per test file, on the server that global-setup.mjs chose: by default a copy of the migrated template
// global-setup.mjs made once (CREATE DATABASE … TEMPLATE), so the app's start-up finds every migration recorded and
// runs none; or an empty one, for the specs about migrations and a first start's own migrating.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
/** Set by global-setup.mjs: a connection to the test server's maintenance database. */
const ADMIN_URL_VARIABLE = 'PL_TEST_ADMIN_DATABASE_URL';
/** Set by global-setup.mjs: the database every migration ran on, closed to connections, to copy. */
const TEMPLATE_VARIABLE = 'PL_TEST_TEMPLATE_DATABASE';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** No tables at all, not even `migrations` (instead of a copy of the migrated template). */
  empty?: boolean;
}

function setBy(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is unset: run the API tests through vitest (api/vitest.config.ts, global-setup.mjs)`);
  return value;
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: setBy(ADMIN_URL_VARIABLE) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `pl_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? '' : ` TEMPLATE ${setBy(TEMPLATE_VARIABLE)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}${template}`));
  const url = new URL(setBy(ADMIN_URL_VARIABLE));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
