import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/**
 * A secret generated on the first start and kept in the database (table app_secret), so every node and every restart
 * uses the same one. Several nodes starting together agree: the first insert wins and everyone reads it back.
 */
export async function keptSecret(databaseUrl: string, name: string, generate: () => string): Promise<{ value: string; created: boolean }> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, 1)).initialize();
  try {
    const inserted: { value: string }[] = await dataSource.query(
      `INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value`,
      [name, generate()],
    );
    if (inserted[0]) return { value: inserted[0].value, created: true };
    const rows: { value: string }[] = await dataSource.query(`SELECT value FROM app_secret WHERE name = $1`, [name]);
    return { value: rows[0]!.value, created: false };
  } finally {
    await dataSource.destroy();
  }
}

/** A server key shaped like a Midtrans sandbox key, with 192 random bits: nobody can guess or read it in a README. */
export function generatePaymentServerKey(): string {
  return `SB-Mid-server-${randomBytes(24).toString('base64url')}`;
}
