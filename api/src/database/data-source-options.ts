import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations.js';
import { poolOptions } from './pool-options.js';

/**
 * The one set of TypeORM options, used by the app, the migration test and the CLI data source. Prepared statements are
 * on unless the app's `DB_PREPARED_STATEMENTS` says otherwise.
 */
export function dataSourceOptions(url: string, poolSize = 10, preparedStatements = true): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, ...poolOptions(preparedStatements) },
    // All times are stored in UTC (timestamptz); the client shows them in WIB.
    applicationName: 'pasar-latihan',
  };
}
