// Once per API test run (vitest's globalSetup, in the main process): a PostgreSQL server for the integration tests. The one named by
// TEST_DATABASE_URL when set, otherwise a throwaway embedded PostgreSQL in a temp folder.
// On it, one database every migration ran on, the template: each test file then copies it (see test-db.ts) instead
// of migrating a database of its own. Made here, before any worker starts, so they never race to make it.
// Plain JS on the built API. It returns the teardown (global-teardown.mjs), which vitest runs after the last file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBuilt } from './ensure-built.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '../dist');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function withAdminClient(adminUrl, work) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server, migrated by the built API (the current source: ensureBuilt), then closed. */
async function createTemplate(adminUrl) {
  const { runMigrations } = await import(path.join(dist, 'database/run-migrations.js'));
  const name = `pl_test_template_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await runMigrations(url.toString()); // closes its connections when done
    // A template is copied only while nobody is connected to it: nobody can connect from now on.
    await withAdminClient(adminUrl, (client) => client.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`));
  } catch (error) {
    await dropTemplate(adminUrl, name);
    throw error;
  }
  return name;
}

export async function dropTemplate(adminUrl, name) {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export default async function globalSetup() {
  ensureBuilt();
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = await import(path.join(dist, 'database/embedded-postgres.js'));
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-api-test-'));
    fs.chmodSync(folder, 0o755); // the postgres OS user must reach it when tests run as root
    const server = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg'), port: await freePort(), log: () => {} });
    globalThis.plEmbeddedTestDatabase = { server, folder };
    const url = new URL(server.url);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  }
  process.env.PL_TEST_ADMIN_DATABASE_URL = adminUrl;
  try {
    const template = await createTemplate(adminUrl);
    globalThis.plTestTemplateDatabase = template;
    process.env.PL_TEST_TEMPLATE_DATABASE = template;
  } catch (error) {
    // No teardown runs when the setup fails: stop what was started here.
    const { default: globalTeardown } = await import('./global-teardown.mjs');
    await globalTeardown();
    throw error;
  }
  const { default: globalTeardown } = await import('./global-teardown.mjs');
  return globalTeardown;
}
