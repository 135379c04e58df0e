// Which database and media folder `npm run backup` / `npm run restore` work on: the same configuration as the app
// (api/src/config/env.ts). DATABASE_URL set: that database. Unset: the embedded PostgreSQL under DATA_DIR/pg, which the
// command starts itself (and stops after) when the app is not running. When the app runs on it, a backup reads the
// running database (one consistent snapshot), and a restore refuses: the app must be stopped first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvValidationError, parseEnv, type Env } from '../config/env.js';
import { embeddedDatabaseUrl, runningPostmaster, startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { BackupError, type Log } from './backup.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BackupTarget {
  databaseUrl: string;
  mediaDir: string;
  /** For the messages: never the URL itself, which may carry a password. */
  description: string;
  close(): Promise<void>;
}

export function loadEnv(): Env {
  try {
    return parseEnv(process.env, { cwd: process.cwd(), clientDistDir: path.resolve(here, '../../../client/dist') });
  } catch (error) {
    if (error instanceof EnvValidationError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(78); // EX_CONFIG, as the app
    }
    throw error;
  }
}

/** The version of the app that writes an archive (api/package.json). */
export function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function openTarget(env: Env, purpose: 'backup' | 'restore', log: Log): Promise<BackupTarget> {
  const mediaDir = path.join(env.dataDir, 'media');
  if (env.databaseUrl) {
    const host = new URL(env.databaseUrl);
    return { databaseUrl: env.databaseUrl, mediaDir, description: `DATABASE_URL (${host.hostname}:${host.port || 5432}${host.pathname})`, close: async () => {} };
  }
  const pgDir = path.join(env.dataDir, 'pg');
  const running = runningPostmaster(pgDir);
  if (running) {
    if (purpose === 'restore') {
      throw new BackupError(
        'APP_RUNNING',
        `The embedded PostgreSQL of ${pgDir} is running (pid ${running.pid}): the app is probably running. Stop it (Ctrl+C) before restoring.`,
      );
    }
    log(`the app's embedded PostgreSQL is running (pid ${running.pid}, port ${running.port}): backing up from it`);
    return { databaseUrl: embeddedDatabaseUrl(running.port), mediaDir, description: `embedded PostgreSQL in ${pgDir} (running)`, close: async () => {} };
  }
  log(`starting the embedded PostgreSQL in ${pgDir} on port ${env.embeddedPgPort}`);
  const embedded = await startEmbeddedPostgres({ dataDir: pgDir, port: env.embeddedPgPort, log: () => {} });
  return { databaseUrl: embedded.url, mediaDir, description: `embedded PostgreSQL in ${pgDir}`, close: () => embedded.stop() };
}

/** Runs a command's body, prints a refusal as `code: message`, and always stops what it started. */
export async function runCommand(name: string, body: (log: Log) => Promise<void>): Promise<never> {
  const log: Log = (message) => process.stderr.write(`${message}\n`);
  try {
    await body(log);
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`${name} refused: ${error.code}: ${error.message}\n`);
      process.exit(3);
    }
    process.stderr.write(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}
