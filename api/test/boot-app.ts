// Boots the whole Nest app, exactly as main.ts configures it, on a random port and a database of its own: a copy of
// the migrated template (test-db.ts), so its start-up finds every migration done, unless asked for an empty one.
import os from 'node:os';
import path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/create-app.js';
import { createRootLogger } from '../src/common/logging/logger.js';
import { parseEnv, type EnvSource } from '../src/config/env.js';
import { SERVER_KEY } from './orders-fixtures.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export interface BootedApp {
  app: NestFastifyApplication;
  baseUrl: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface BootOptions {
  env?: EnvSource;
  extraModules?: DynamicModule['imports'];
  /** Reuse a database (e.g. to boot a second node on it); a fresh one is made otherwise. */
  database?: TestDatabase;
  /** A fresh database with no tables, so the app's own start-up migrates it (as on a first start). */
  emptyDatabase?: boolean;
  /** Listen on this port (and say so in PORT), e.g. to start the app again where its clients reconnect; a random one otherwise. */
  port?: number;
}

export async function bootApp(options: BootOptions = {}): Promise<BootedApp> {
  const database = options.database ?? (await createTestDatabase({ empty: options.emptyDatabase }));
  let app: NestFastifyApplication | undefined;
  try {
    const env = parseEnv(
      // A fixed test key, so tests can sign notifications (SERVER_KEY); pass PAYMENT_SERVER_KEY: '' to get a generated one.
      { NODE_ENV: 'test', LOG_LEVEL: 'silent', PAYMENT_SERVER_KEY: SERVER_KEY, PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATA_DIR: os.tmpdir(), CLIENT_DIST_DIR: path.join(os.tmpdir(), 'pl-test-no-client'), ...options.env, DATABASE_URL: database.url },
      { cwd: process.cwd(), clientDistDir: os.tmpdir() },
    );
    const logger = createRootLogger(env.logLevel);
    app = await createApp({ ...env, databaseUrl: database.url }, logger, options.extraModules ?? []);
    await app.listen(options.port ?? 0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const booted = app;
    return {
      app: booted,
      baseUrl: `http://127.0.0.1:${port}`,
      database,
      close: async () => {
        await booted.close();
        if (!options.database) await database.drop();
      },
    };
  } catch (error) {
    // A boot that failed leaves nothing running and no database behind (a server named by TEST_DATABASE_URL outlives
    // the run); its own error is the one to report.
    await app?.close().catch(() => undefined);
    if (!options.database) await database.drop().catch(() => undefined);
    throw error;
  }
}
