// Backup and restore of one instance: the database as an app-level logical dump over the app's own connection (the
// embedded PostgreSQL ships no pg_dump, and Debian's pg_dump refuses a newer server), and the photos, in ONE .tar.gz.
//
// Archive layout (in this order, so a restore can check the archive before it touches anything):
//   pasar-latihan-backup.json   the manifest: app version, applied migrations, tables in load order with their
//                               columns, row counts and checksums, sequences, media totals
//   db/<table>.jsonl            one `row_to_json` line per row, every table of the public schema but `migrations`
//   media/<key>                 the files of DATA_DIR/media, byte for byte
//
// The schema is NOT in the archive: a restore runs the migrations the archive names (so the tables are exactly
// the ones the rows came from), loads the rows in one transaction, then runs the newer migrations of this code.
// pg-boss's own schema is not kept either: `scheduled_task` is the truth, and the start-up sweep re-queues the
// wake-ups of every pending task (api/src/clock/scheduler.service.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import { MIGRATIONS } from '../database/migrations.js';
import { runMigrations } from '../database/run-migrations.js';
import { readTarGz, TarGzWriter } from './tar.js';

export const MANIFEST_NAME = 'pasar-latihan-backup.json';
export const ARCHIVE_FORMAT = 'pasar-latihan-backup';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface TableManifest {
  name: string;
  rows: number;
  /** The columns the rows carry (generated columns are recomputed, so they are left out). */
  columns: string[];
  /** md5 of the table's rows as text, sorted: the restore recomputes it after loading. */
  checksum: string;
}

export interface BackupManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  postgresVersion: string;
  /** Applied migrations, oldest first; the last one names the schema the rows belong to. */
  migrations: string[];
  lastMigration: string | null;
  /** In foreign-key order: a table comes after every table it references. */
  tables: TableManifest[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  media: { files: number; bytes: number };
}

/** A refusal with a stable code, printed by the commands as `code: message`. */
export class BackupError extends Error {
  constructor(
    readonly code:
      | 'NOT_A_BACKUP'
      | 'ARCHIVE_TOO_NEW'
      | 'ARCHIVE_MISMATCH'
      | 'DATABASE_NOT_EMPTY'
      | 'APP_RUNNING'
      | 'NOT_AN_APP_DATABASE'
      | 'VERIFY_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export type Log = (message: string) => void;

const MIGRATIONS_TABLE = 'migrations';
const BATCH_BYTES = 4 * 1024 * 1024;
const FETCH_ROWS = 2000;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (name: string) => `public.${ident(name)}`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'pasar-latihan-backup' });
  await client.connect();
  // Text forms of timestamps and numbers (the checksums) must not depend on the server's settings.
  await client.query(`SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, MDY'; SET extra_float_digits = 1`);
  return client;
}

/** Tables of the public schema (but `migrations`), each after the tables it references. */
async function tablesInForeignKeyOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
       ORDER BY c.relname`,
      [MIGRATIONS_TABLE],
    )
  ).rows.map((row) => row.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid JOIN pg_class parent ON parent.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = con.connamespace
       WHERE con.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of edges) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...parents.get(table)!].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) {
      // A cycle: load the rest as they come; the foreign keys are checked at commit only if deferrable.
      ready.push(...tables.filter((table) => !placed.has(table)));
    }
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}

async function storedColumns(client: pg.Client, table: string): Promise<string[]> {
  const rows = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [qualified(table)],
  );
  return rows.rows.map((row) => row.name);
}

/** Row count and md5 of the rows' text forms in a stable order: the same in the source and after a restore. */
export async function tableChecksum(client: pg.Client, table: string): Promise<{ rows: number; checksum: string }> {
  const result = await client.query<{ rows: string; checksum: string | null }>(
    `SELECT count(*) AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS checksum
     FROM (SELECT t::text AS r FROM ${qualified(table)} AS t) AS s`,
  );
  return { rows: Number(result.rows[0]!.rows), checksum: result.rows[0]!.checksum ?? '' };
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass($1) AS t`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists.rows[0].t) return [];
  return (await client.query<{ name: string }>(`SELECT name FROM public.${ident(MIGRATIONS_TABLE)} ORDER BY id`)).rows.map((r) => r.name);
}

async function sequenceNames(client: pg.Client): Promise<string[]> {
  const rows = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' AND sequencename <> $1 ORDER BY sequencename`,
    [`${MIGRATIONS_TABLE}_id_seq`],
  );
  return rows.rows.map((row) => row.name);
}

/** Every file under the media folder, as `/`-separated paths relative to it (leftover temporary files apart). */
export function listMedia(mediaDir: string): string[] {
  if (!fs.existsSync(mediaDir)) return [];
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) files.push(relative);
    }
  };
  walk(mediaDir, '');
  return files;
}

export interface BackupOptions {
  databaseUrl: string;
  mediaDir: string;
  out: Writable;
  appVersion: string;
  log: Log;
}

/** Writes the archive. The rows come from one REPEATABLE READ snapshot, so the app may keep running. */
export async function writeBackup(options: BackupOptions): Promise<BackupManifest> {
  const client = await connect(options.databaseUrl);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) {
      throw new BackupError('NOT_AN_APP_DATABASE', 'This database has no Pasar Latihan migrations: nothing to back up.');
    }
    const tables: TableManifest[] = [];
    for (const name of await tablesInForeignKeyOrder(client)) {
      tables.push({ name, columns: await storedColumns(client, name), ...(await tableChecksum(client, name)) });
    }
    const sequences = [];
    for (const name of await sequenceNames(client)) {
      const row = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${qualified(name)}`)).rows[0]!;
      sequences.push({ name, lastValue: String(row.last_value), isCalled: row.is_called });
    }
    const mediaFiles = listMedia(options.mediaDir);
    const mediaBytes = mediaFiles.reduce((sum, file) => sum + fs.statSync(path.join(options.mediaDir, ...file.split('/'))).size, 0);
    const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    const manifest: BackupManifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: new Date().toISOString(),
      postgresVersion: version,
      migrations,
      lastMigration: migrations.at(-1) ?? null,
      tables,
      sequences,
      media: { files: mediaFiles.length, bytes: mediaBytes },
    };

    const tar = new TarGzWriter(options.out);
    await tar.add(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    for (const table of tables) {
      // A cursor keeps memory to one batch while reading; the lines of one table are then one entry.
      const parts: Buffer[] = [];
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${qualified(table.name)} AS t`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM dump`);
        for (const row of batch.rows) parts.push(Buffer.from(row.j + '\n'));
        rows += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE dump');
      if (rows !== table.rows) throw new Error(`table ${table.name}: counted ${table.rows} rows but read ${rows}`);
      await tar.add(`db/${table.name}.jsonl`, Buffer.concat(parts));
    }
    await client.query('COMMIT');
    for (const file of mediaFiles) {
      const full = path.join(options.mediaDir, ...file.split('/'));
      await tar.add(`media/${file}`, fs.readFileSync(full), fs.statSync(full).mtime);
    }
    await tar.finish();
    options.log(
      `backup: ${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} rows, ` +
        `${mediaFiles.length} media files (${mediaBytes} bytes), schema at ${manifest.lastMigration}`,
    );
    return manifest;
  } finally {
    await client.end();
  }
}

/** Which of this code's migrations the archive's schema corresponds to; refuses an archive from newer code. */
export function checkArchiveMigrations(archive: string[], code: string[]): number {
  const unknown = archive.find((name) => !code.includes(name));
  if (unknown) {
    throw new BackupError(
      'ARCHIVE_TOO_NEW',
      `This archive was made by a newer Pasar Latihan (its migration ${unknown} is unknown to this version). ` +
        'Install that version (or a newer one) and restore with it.',
    );
  }
  archive.forEach((name, index) => {
    if (code[index] !== name) {
      throw new BackupError('ARCHIVE_MISMATCH', `The archive's migrations are not in this version's order (at ${name}).`);
    }
  });
  return archive.length;
}

async function migrateTo(databaseUrl: string, migrations: typeof MIGRATIONS): Promise<void> {
  const dataSource = await new DataSource({ ...dataSourceOptions(databaseUrl, 1), migrations }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export interface RestoreOptions {
  databaseUrl: string;
  mediaDir: string;
  input: Readable;
  /** Replace a database that holds data (its public schema and pg-boss's are dropped first). */
  force: boolean;
  log: Log;
}

export interface RestoreReport {
  manifest: BackupManifest;
  rows: number;
  mediaFiles: number;
  /** Migrations of this code that ran after the rows were loaded (the archive was older). */
  upgradedWith: string[];
}

/** Refuses a database the app is connected to, or one holding data unless forced; then clears what is there. */
async function prepareTarget(client: pg.Client, force: boolean, log: Log): Promise<void> {
  const others = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'pasar-latihan%'
       AND application_name <> 'pasar-latihan-backup'`,
  );
  if (Number(others.rows[0]!.n) > 0) {
    throw new BackupError('APP_RUNNING', 'Pasar Latihan is connected to this database. Stop the app before restoring.');
  }
  const tables = await tablesInForeignKeyOrder(client);
  const withRows: string[] = [];
  for (const table of tables) {
    if ((await client.query(`SELECT 1 FROM ${qualified(table)} LIMIT 1`)).rowCount) withRows.push(table);
  }
  if (withRows.length > 0 && !force) {
    throw new BackupError(
      'DATABASE_NOT_EMPTY',
      `The database already holds data (${withRows.slice(0, 5).join(', ')}${withRows.length > 5 ? ', …' : ''}). ` +
        'Restore into an empty database, or pass --force to replace everything in it.',
    );
  }
  const hasSchema = tables.length > 0 || (await appliedMigrations(client)).length > 0 || (await sequenceNames(client)).length > 0;
  if (hasSchema) {
    if (withRows.length > 0) log(`restore: --force: dropping the data in ${withRows.length} tables`);
    // The schema is rebuilt by the archive's own migrations; stale pg-boss jobs would point at tasks that are gone.
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}

/** Loads an archive into an empty database (and its media folder), then upgrades it to this code's migrations. */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const codeMigrations = MIGRATIONS.map((migration) => migration.name);
  const entries = readTarGz(options.input);
  const first = await entries.next().catch((error: unknown) => {
    throw new BackupError('NOT_A_BACKUP', `This is not a Pasar Latihan backup (${error instanceof Error ? error.message : String(error)}).`);
  });
  if (first.done || first.value.name !== MANIFEST_NAME) {
    throw new BackupError('NOT_A_BACKUP', `This is not a Pasar Latihan backup (no ${MANIFEST_NAME} at its start).`);
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(first.value.data.toString('utf8')) as BackupManifest;
  } catch {
    throw new BackupError('NOT_A_BACKUP', `${MANIFEST_NAME} is not valid JSON.`);
  }
  if (manifest.format !== ARCHIVE_FORMAT || !(manifest.formatVersion <= ARCHIVE_FORMAT_VERSION)) {
    throw new BackupError('NOT_A_BACKUP', `Unknown archive format ${manifest.format} v${manifest.formatVersion}.`);
  }
  const loadedAt = checkArchiveMigrations(manifest.migrations, codeMigrations);
  options.log(`restore: archive of ${manifest.createdAt} (app ${manifest.appVersion}, schema at ${manifest.lastMigration})`);

  const client = await connect(options.databaseUrl);
  let rows = 0;
  let mediaFiles = 0;
  try {
    await prepareTarget(client, options.force, options.log);
    await migrateTo(options.databaseUrl, MIGRATIONS.slice(0, loadedAt));

    const expected = new Map(manifest.tables.map((table) => [table.name, table]));
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    let inTransaction = true;
    const loaded = new Set<string>();
    const finishDatabase = async () => {
      const missing = manifest.tables.filter((table) => !loaded.has(table.name));
      if (missing.length) throw new BackupError('NOT_A_BACKUP', `The archive lacks the rows of ${missing.map((t) => t.name).join(', ')}.`);
      for (const sequence of manifest.sequences) {
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
      }
      for (const table of manifest.tables) {
        const actual = await tableChecksum(client, table.name);
        if (actual.rows !== table.rows || actual.checksum !== table.checksum) {
          throw new BackupError(
            'VERIFY_FAILED',
            `Table ${table.name} differs after loading (${actual.rows} rows, archive ${table.rows}); nothing was restored.`,
          );
        }
      }
      await client.query('COMMIT');
      inTransaction = false;
      options.log(`restore: ${manifest.tables.length} tables, ${rows} rows loaded and verified`);
    };

    try {
      for await (const entry of entries) {
        const table = /^db\/(.+)\.jsonl$/.exec(entry.name)?.[1];
        if (table !== undefined) {
          const spec = expected.get(table);
          if (!spec || !inTransaction) throw new BackupError('NOT_A_BACKUP', `Unexpected entry ${entry.name} in the archive.`);
          rows += await loadTable(client, spec, entry.data);
          loaded.add(table);
          continue;
        }
        if (inTransaction) await finishDatabase();
        if (entry.name.startsWith('media/')) {
          writeMediaFile(options.mediaDir, entry.name.slice('media/'.length), entry.data);
          mediaFiles++;
        }
      }
      if (inTransaction) await finishDatabase();
    } catch (error) {
      if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
  if (mediaFiles !== manifest.media.files) {
    throw new BackupError('VERIFY_FAILED', `The archive holds ${mediaFiles} media files, its manifest says ${manifest.media.files}.`);
  }
  options.log(`restore: ${mediaFiles} media files written to ${options.mediaDir}`);
  const upgradedWith = await runMigrations(options.databaseUrl);
  if (upgradedWith.length) options.log(`restore: upgraded with ${upgradedWith.length} newer migrations: ${upgradedWith.join(', ')}`);
  return { manifest, rows, mediaFiles, upgradedWith };
}

/** Inserts one table's lines in batches; `json_populate_recordset` maps by column name and parses every type. */
async function loadTable(client: pg.Client, table: TableManifest, data: Buffer): Promise<number> {
  const columns = table.columns.map(ident).join(', ');
  const sql =
    `INSERT INTO ${qualified(table.name)} (${columns}) OVERRIDING SYSTEM VALUE ` +
    `SELECT ${columns} FROM json_populate_recordset(NULL::${qualified(table.name)}, $1::json)`;
  let count = 0;
  let batch: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(sql, [`[${batch.join(',')}]`]);
    count += batch.length;
    batch = [];
    bytes = 0;
  };
  const text = data.toString('utf8');
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length : end + 1;
    if (!line) continue;
    batch.push(line);
    bytes += line.length;
    if (bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return count;
}

function writeMediaFile(mediaDir: string, relative: string, data: Buffer): void {
  const parts = relative.split('/');
  if (!relative || parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\'))) {
    throw new BackupError('NOT_A_BACKUP', `Refusing the media path ${relative}.`);
  }
  const target = path.join(mediaDir, ...parts);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.restore.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, target);
}
