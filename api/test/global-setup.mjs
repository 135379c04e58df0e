// Once per `jest` run: a PostgreSQL server for the integration tests. The one named by
// TEST_DATABASE_URL when set, otherwise a throwaway embedded PostgreSQL in a temp folder.
// Each test file then creates its own clean database on it (see test-db.ts).
// Plain JS on the built API: Jest loads this file natively, outside its TypeScript transform.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ensure-built.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const builtModule = path.join(here, '../dist/database/embedded-postgres.js');

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

export default async function globalSetup() {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    process.env.PL_TEST_ADMIN_DATABASE_URL = external;
    return;
  }
  ensureBuilt();
  const { startEmbeddedPostgres } = await import(builtModule);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-api-test-'));
  fs.chmodSync(folder, 0o755); // the postgres OS user must reach it when tests run as root
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, 'pg'), port: await freePort(), log: () => {} });
  globalThis.plEmbeddedTestDatabase = { server, folder };
  const url = new URL(server.url);
  url.pathname = '/postgres';
  process.env.PL_TEST_ADMIN_DATABASE_URL = url.toString();
}
