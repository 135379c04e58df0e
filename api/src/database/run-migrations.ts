import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/**
 * Runs pending migrations before the app starts. Several nodes starting together take turns on a
 * PostgreSQL advisory lock, so each migration runs once; the others then find nothing to do.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  // Two connections: one holds the lock, the other runs the migrations.
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, 2)).initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('pasar-latihan:migrations'))`);
      try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        return applied.map((migration) => migration.name);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('pasar-latihan:migrations'))`);
      }
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
