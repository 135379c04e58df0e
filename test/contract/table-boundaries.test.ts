// Boundaries for data (issue #16): each capability names in SQL only the tables it owns
// (api/src/common/architecture/table-owners.mjs), checked by the `boundaries/table-owner` rule in `npm run lint`.
// This plants crossings in copies of real files, lints them with the repository's own ESLint config, and expects
// each to fail; the files as they are pass. It also holds the ownership map to the migrations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const API_SRC = path.join(REPO_ROOT, 'api/src');
const RULE = 'boundaries/table-owner';

interface Crossing {
  file: string;
  reads: string[];
  writes: string[];
  why: string;
}
interface Owners {
  TABLE_OWNERS: Record<string, string>;
  READ_MODELS: Record<string, string>;
  CROSSINGS: Crossing[];
  ALL_TABLES_FOLDERS: string[];
}

let eslint: ESLint;
let owners: Owners;

/** The table-boundary messages ESLint gives for `code` as if it were the file at `file` (relative to api/src). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(API_SRC, file) });
  return result!.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

function source(file: string): string {
  return readFileSync(path.join(API_SRC, file), 'utf8');
}

function createdTables(): Set<string> {
  const dir = path.join(API_SRC, 'database/migrations');
  const tables = new Set<string>();
  for (const file of readdirSync(dir)) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)"?/g)) {
      tables.add(match[1]!);
    }
  }
  return tables;
}

describe('table boundaries', () => {
  beforeAll(async () => {
    eslint = new ESLint({ cwd: REPO_ROOT });
    const url = pathToFileURL(path.join(API_SRC, 'common/architecture/table-owners.mjs')).href;
    owners = (await import(url)) as Owners;
  });

  it('gives every table the migrations create one owner, an existing folder, and owns no table that is not created', () => {
    const created = createdTables();
    expect(created.size).toBeGreaterThan(40);
    expect([...created].filter((table) => !(table in owners.TABLE_OWNERS))).toEqual([]);
    expect(Object.keys(owners.TABLE_OWNERS).filter((table) => !created.has(table))).toEqual([]);
    const folders = new Set(Object.values(owners.TABLE_OWNERS));
    expect([...folders].filter((folder) => !existsSync(path.join(API_SRC, folder)))).toEqual([]);
  });

  it('has a migration make each published read model, published by an existing folder, never under a table\'s name', () => {
    const views = new Set<string>();
    const dir = path.join(API_SRC, 'database/migrations');
    for (const file of readdirSync(dir)) {
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/CREATE VIEW "?([a-z_][a-z0-9_]*)"?/g)) views.add(match[1]!);
    }
    expect([...views].sort()).toEqual(Object.keys(owners.READ_MODELS).sort());
    for (const [view, folder] of Object.entries(owners.READ_MODELS)) {
      expect(existsSync(path.join(API_SRC, folder)), view).toBe(true);
      expect(view in owners.TABLE_OWNERS, view).toBe(false);
    }
  });

  it('lets any capability read a published read model, and fails a write through one or an unlisted view', async () => {
    const file = 'wallet/wallet-settings.service.ts';
    const reading = `${source(file)}
export const PLANTED = \`SELECT p.display_name FROM participant_profile p WHERE p.class_id = $1\`;
`;
    expect(await boundaryErrors(file, reading)).toEqual([]);
    const writing = `${source(file)}
export const PLANTED = \`UPDATE participant_profile SET display_name = $2 WHERE id = $1\`;
`;
    expect(await boundaryErrors(file, writing)).toEqual([expect.stringMatching(/wallet\/ writes through read model 'participant_profile', published by classes\//)]);
    const migration = 'database/migrations/1797010000000-published-read-models.ts';
    const unlisted = `${source(migration)}\nexport const PLANTED = \`CREATE VIEW "planted_names" AS SELECT id FROM participant\`;\n`;
    expect(await boundaryErrors(migration, unlisted)).toEqual([expect.stringMatching(/View 'planted_names' is not a published read model/)]);
  }, 60_000);

  it('lists each allowed crossing once, for a file that exists, with a reason, never a table the file owns', () => {
    const files = owners.CROSSINGS.map((entry) => entry.file);
    expect(files.length).toBe(new Set(files).size);
    for (const entry of owners.CROSSINGS) {
      expect(existsSync(path.join(API_SRC, entry.file)), entry.file).toBe(true);
      expect(entry.why.length, entry.file).toBeGreaterThan(20);
      const folder = entry.file.split('/')[0];
      for (const table of [...entry.reads, ...entry.writes]) expect(owners.TABLE_OWNERS[table], `${entry.file} ${table}`).not.toBe(folder);
    }
  });

  it('passes the files as they are', async () => {
    for (const file of ['wallet/wallet.service.ts', 'chat/chat.service.ts', 'shipping/shipments.repository.ts', 'database/migrations/1764710000000-wallet.ts']) {
      expect(await boundaryErrors(file, source(file)), file).toEqual([]);
    }
  }, 120_000);

  it('fails a planted read of another capability\'s table in a raw query', async () => {
    const file = 'wallet/wallet-settings.service.ts';
    const planted = `${source(file)}
export async function plantedNames(manager: { query(sql: string, params: unknown[]): Promise<unknown> }, classId: string): Promise<unknown> {
  return manager.query(\`SELECT p.display_name FROM participant p WHERE p.class_id = $1\`, [classId]);
}
`;
    expect(await boundaryErrors(file, planted)).toEqual([expect.stringMatching(/wallet\/ reads table 'participant', owned by classes\//)]);
  }, 60_000);

  it('fails a planted JOIN in a new file, and a write where only reads are allowed', async () => {
    const joined = `export const SQL = \`SELECT c.id FROM conversation c JOIN "orders" o ON o.id = c.order_id\`;\n`;
    expect(await boundaryErrors('chat/planted.repository.ts', joined)).toEqual([expect.stringMatching(/chat\/ reads table 'orders'/)]);

    const file = 'chat/chat.service.ts';
    const written = `${source(file)}\nexport const PLANTED = \`UPDATE participant SET last_seen_at = now() WHERE id = $1\`;\n`;
    expect(await boundaryErrors(file, written)).toEqual([expect.stringMatching(/chat\/ writes table 'participant'/)]);
  }, 60_000);

  it('fails a query builder naming another table, and an entity imported from another capability', async () => {
    const builder = `export const q = (m: { createQueryBuilder(): { select(s: string): { from(t: string, a: string): unknown } } }) => m.createQueryBuilder().select('s.name').from('shop', 's');\n`;
    expect(await boundaryErrors('notifications/planted.ts', builder)).toEqual([expect.stringMatching(/notifications\/ reads table 'shop', owned by catalog\//)]);

    const entity = `import { Shop } from '../catalog/shop.entity.js';\nexport const planted = Shop;\n`;
    expect(await boundaryErrors('wallet/planted.ts', entity)).toEqual([expect.stringMatching(/imports an entity of catalog\//)]);
  }, 60_000);

  it('fails a migration that creates a table with no owner', async () => {
    const file = 'database/migrations/1764941300000-one-active-scenario-per-trainee.ts';
    const planted = `${source(file)}\nexport const PLANTED = \`CREATE TABLE "planted_thing" (id uuid PRIMARY KEY)\`;\n`;
    expect(await boundaryErrors(file, planted)).toEqual([expect.stringMatching(/'planted_thing' has no owner/)]);
  }, 60_000);

  it('lets a listed crossing through, and fails one that is no longer used, so the list only shrinks', async () => {
    // The rule's `crossings` option stands in for CROSSINGS (empty since 5 Dec 2026), as an entry there would.
    const file = 'wallet/wallet-settings.service.ts';
    const allowance = { file, reads: ['participant'], writes: [], why: 'planted by the contract test' };
    const allowing = new ESLint({ cwd: REPO_ROOT, overrideConfig: { rules: { [RULE]: ['error', { crossings: [allowance] }] } } });
    const errors = async (code: string) => {
      const [result] = await allowing.lintText(code, { filePath: path.join(API_SRC, file) });
      return result!.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
    };
    const crossing = `${source(file)}\nexport const PLANTED = \`SELECT p.display_name FROM participant p WHERE p.class_id = $1\`;\n`;
    expect(await boundaryErrors(file, crossing)).toEqual([expect.stringMatching(/wallet\/ reads table 'participant'/)]);
    expect(await errors(crossing)).toEqual([]);
    expect(await errors(source(file))).toEqual([expect.stringMatching(/no longer names table 'participant'/)]);
  }, 60_000);

  it('does not take prose for SQL: "from the shop" in a message is not a read', async () => {
    const prose = `export const MESSAGE = 'You cannot buy from shop or orders of your own';\n`;
    expect(await boundaryErrors('wallet/planted.ts', prose)).toEqual([]);
  }, 60_000);
});
