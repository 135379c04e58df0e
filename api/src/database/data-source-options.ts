import type { DataSourceOptions } from 'typeorm';
import { LISTEN_FOR_CONNECTION_ERRORS } from './connection-errors.js';
import { MIGRATIONS } from './migrations.js';

/** The one set of TypeORM options, used by the app, the migration test and the CLI data source. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000, ...LISTEN_FOR_CONNECTION_ERRORS },
    // All times are stored in UTC (timestamptz); the client shows them in WIB.
    applicationName: 'pasar-latihan',
  };
}
