// `npm start`: validate the configuration, start the embedded PostgreSQL when DATABASE_URL is unset,
// then serve the API, sockets and the built client on one port.
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EnvValidationError, parseEnv, type Env } from './config/env.js';
import { createRootLogger } from './common/logging/logger.js';
import { interfaceAddresses, lanCandidates, runningInContainer, startupAddressLines } from './config/public-url.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { createApp } from './create-app.js';
import { applyMemorySettings, startFlagsMissing } from './config/memory.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function loadEnv(): Env {
  try {
    return parseEnv(process.env, { cwd: process.cwd(), clientDistDir: path.resolve(here, '../../client/dist') });
  } catch (error) {
    if (error instanceof EnvValidationError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function main() {
  applyMemorySettings();
  const env = loadEnv();
  const logger = createRootLogger(env.logLevel);
  const missing = startFlagsMissing();
  if (missing.length > 0) {
    logger.warn({ flags: missing }, 'node was started without these flags (`npm start` and the Docker image pass them): the app may hold about 16 MB more memory');
  }
  let embedded: EmbeddedDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let stopping = false;

  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(code || 1), 20000);
    force.unref();
    try {
      await app?.close(); // HTTP server, sockets, then the database pool
    } catch (error) {
      logger.error({ err: error }, 'error while closing the app');
    }
    try {
      await embedded?.stop();
    } catch (error) {
      logger.error({ err: error }, 'error while stopping the embedded PostgreSQL');
    }
    logger.flush();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    let databaseUrl = env.databaseUrl;
    if (!databaseUrl) {
      const dataDir = path.join(env.dataDir, 'pg');
      logger.info({ dataDir, port: env.embeddedPgPort }, 'DATABASE_URL is unset: starting the embedded PostgreSQL');
      const pgLog = logger.child({ component: 'embedded-postgres' });
      embedded = await startEmbeddedPostgres({
        dataDir,
        port: env.embeddedPgPort,
        log: (line) => pgLog.debug(line),
        onSupervision: (event) => {
          if (event.kind === 'down') pgLog.error({ pid: event.pid, code: event.code, signal: event.signal }, 'embedded PostgreSQL died; restarting it');
          else if (event.kind === 'restart_failed') pgLog.error({ attempt: event.attempt, nextInMs: event.nextInMs, reason: event.error }, 'embedded PostgreSQL did not start again; retrying');
          else pgLog.warn({ pid: event.pid, attempts: event.attempts, downMs: event.downMs }, `embedded PostgreSQL restarted after ${event.downMs} ms`);
        },
      });
      databaseUrl = embedded.url;
    }
    app = await createApp({ ...env, databaseUrl }, logger);
    await app.listen(env.port, env.host);
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    await shutdown('startup failure', 1);
    return;
  }

  const port = (app.getHttpServer().address() as { port: number }).port;
  const interfaces = interfaceAddresses();
  const inContainer = runningInContainer();
  const lan = lanCandidates(interfaces, inContainer).map((address) => `http://${address}:${port}`);
  const lines = [
    '',
    '  Pasar Latihan is running',
    `  On this computer:  http://localhost:${port}`,
    ...startupAddressLines(port, env.publicUrl, interfaces, inContainer),
    `  API docs:          http://localhost:${port}/api/docs`,
    `  Database:          ${embedded ? `embedded PostgreSQL, data in ${embedded.dataDir}` : 'DATABASE_URL'}`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  logger.info({ port, lan, embedded: Boolean(embedded) }, 'listening');
}

void main();
