import path from 'node:path';
import { EnvValidationError, parseEnv, type EnvSource } from './env.js';

const defaults = { cwd: '/srv/pasar', clientDistDir: '/srv/pasar/client/dist' };

function problemsOf(source: EnvSource): string[] {
  try {
    parseEnv(source, defaults);
  } catch (error) {
    if (error instanceof EnvValidationError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  it('gives working defaults for a laptop with nothing set', () => {
    const env = parseEnv({}, defaults);
    expect(env).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      embeddedPgPort: 54329,
      redisUrl: undefined,
      dataDir: path.resolve('/srv/pasar/data'),
      logLevel: 'info',
      clientDistDir: '/srv/pasar/client/dist',
      dbPoolSize: 10,
      dbPreparedStatements: true,
      adminEmail: 'admin@pasar-latihan.local',
      adminPassword: undefined,
      trustProxy: 'loopback',
      seedDemo: true,
      paymentGatewayUrl: undefined,
      paymentServerKey: '',
      paymentNotificationUrl: undefined,
      paymentNotificationAllowlist: [],
      adminFeeRupiah: 0,
      storefrontCacheMs: 1000,
    });
  });

  it('reads every variable it documents', () => {
    const env = parseEnv(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://app:secret@db:5432/pasar',
        EMBEDDED_PG_PORT: '55000',
        REDIS_URL: 'redis://redis:6379',
        DATA_DIR: 'var/data',
        PUBLIC_URL: 'http://192.168.1.10:3000/',
        LOG_LEVEL: 'debug',
        CLIENT_DIST_DIR: '/opt/client',
        DB_POOL_SIZE: '20',
        DB_PREPARED_STATEMENTS: 'false',
        ADMIN_EMAIL: 'kepala@pasar-latihan.id',
        ADMIN_PASSWORD: 'rahasia-sekali',
        TRUST_PROXY: 'loopback, uniquelocal',
        SEED_DEMO: 'false',
        PAYMENT_GATEWAY_URL: 'https://api.sandbox.midtrans.com/',
        PAYMENT_SERVER_KEY: 'SB-Mid-server-abc123XYZ',
        PAYMENT_NOTIFICATION_URL: 'https://pasar.example.id/api/payments/notifications',
        PAYMENT_NOTIFICATION_ALLOWLIST: 'https://hooks.example.id/midtrans, http://10.0.0.5:9000/hook',
        ADMIN_FEE_RUPIAH: '1000',
        STOREFRONT_CACHE_MS: '0',
      },
      defaults,
    );
    expect(env).toEqual({
      nodeEnv: 'production',
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://app:secret@db:5432/pasar',
      embeddedPgPort: 55000,
      redisUrl: 'redis://redis:6379',
      dataDir: path.resolve('/srv/pasar/var/data'),
      publicUrl: 'http://192.168.1.10:3000',
      logLevel: 'debug',
      clientDistDir: '/opt/client',
      dbPoolSize: 20,
      dbPreparedStatements: false,
      adminEmail: 'kepala@pasar-latihan.id',
      adminPassword: 'rahasia-sekali',
      trustProxy: 'loopback, uniquelocal',
      seedDemo: false,
      paymentGatewayUrl: 'https://api.sandbox.midtrans.com',
      paymentServerKey: 'SB-Mid-server-abc123XYZ',
      paymentNotificationUrl: 'https://pasar.example.id/api/payments/notifications',
      paymentNotificationAllowlist: ['https://hooks.example.id/midtrans', 'http://10.0.0.5:9000/hook'],
      adminFeeRupiah: 1000,
      storefrontCacheMs: 0,
    });
  });

  it.each<[string, EnvSource, boolean]>([
    ['on by default for a laptop', {}, true],
    ['on by default in production', { NODE_ENV: 'production' }, true],
    ['off by default in tests', { NODE_ENV: 'test' }, false],
    ['on in a test that asks for it', { NODE_ENV: 'test', SEED_DEMO: 'true' }, true],
    ['off when switched off', { SEED_DEMO: 'false' }, false],
  ])('seeds the demo class %s', (_case, source, expected) => {
    expect(parseEnv(source, defaults).seedDemo).toBe(expected);
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: ' ' }, defaults)).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it.each<[string, EnvSource, string]>([
    ['a port that is not a number', { PORT: 'abc' }, 'PORT'],
    ['a port out of range', { PORT: '70000' }, 'PORT'],
    ['a negative pool size', { DB_POOL_SIZE: '-1' }, 'DB_POOL_SIZE'],
    ['a database URL of another kind', { DATABASE_URL: 'mysql://db/pasar' }, 'DATABASE_URL'],
    ['a database URL that is not a URL', { DATABASE_URL: 'localhost:5432' }, 'DATABASE_URL'],
    ['a Redis URL that is not Redis', { REDIS_URL: 'http://redis' }, 'REDIS_URL'],
    ['a public URL without a scheme', { PUBLIC_URL: '192.168.1.10:3000' }, 'PUBLIC_URL'],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, 'NODE_ENV'],
    ['an embedded port below 1024', { EMBEDDED_PG_PORT: '80' }, 'EMBEDDED_PG_PORT'],
    ['an admin email that is not one', { ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL'],
    ['a short admin password', { ADMIN_PASSWORD: 'pendek' }, 'ADMIN_PASSWORD'],
    ['a SEED_DEMO that is not true or false', { SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    ['a DB_PREPARED_STATEMENTS that is not true or false', { DB_PREPARED_STATEMENTS: 'off' }, 'DB_PREPARED_STATEMENTS'],
    ['a gateway URL that is not http', { PAYMENT_GATEWAY_URL: 'ftp://gateway' }, 'PAYMENT_GATEWAY_URL'],
    ['a short server key', { PAYMENT_SERVER_KEY: 'abc' }, 'PAYMENT_SERVER_KEY'],
    ['a server key with spaces', { PAYMENT_SERVER_KEY: 'SB Mid server key' }, 'PAYMENT_SERVER_KEY'],
    ['a notification URL without a scheme', { PAYMENT_NOTIFICATION_URL: 'localhost:3000/api/payments/notifications' }, 'PAYMENT_NOTIFICATION_URL'],
    ['the documented server key in production', { NODE_ENV: 'production', PAYMENT_SERVER_KEY: 'SB-Mid-server-pasar-latihan' }, 'PAYMENT_SERVER_KEY'],
    ['an allow-list entry that is not a URL', { PAYMENT_NOTIFICATION_ALLOWLIST: 'https://ok.example.id/hook, evil' }, 'PAYMENT_NOTIFICATION_ALLOWLIST'],
    ['a negative admin fee', { ADMIN_FEE_RUPIAH: '-500' }, 'ADMIN_FEE_RUPIAH'],
    ['an admin fee with cents', { ADMIN_FEE_RUPIAH: '1000.50' }, 'ADMIN_FEE_RUPIAH'],
    ['a storefront cache of more than a minute', { STOREFRONT_CACHE_MS: '600000' }, 'STOREFRONT_CACHE_MS'],
  ])('refuses %s, naming the variable', (_case, source, variable) => {
    expect(problemsOf(source)).toEqual([variable]);
    expect(() => parseEnv(source, defaults)).toThrow(new RegExp(`- ${variable}: `));
  });

  it('refuses the documented server key in production with a message that says why, and accepts it elsewhere', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYMENT_SERVER_KEY: 'SB-Mid-server-pasar-latihan' }, defaults)).toThrow(/PAYMENT_SERVER_KEY: is the publicly documented/);
    expect(parseEnv({ NODE_ENV: 'development', PAYMENT_SERVER_KEY: 'SB-Mid-server-pasar-latihan' }, defaults).paymentServerKey).toBe('SB-Mid-server-pasar-latihan');
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y', REDIS_URL: 'z' })).toEqual(['PORT', 'REDIS_URL', 'LOG_LEVEL']);
  });

  it('never echoes a database password in the error', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://app:hunter2@db/x' }, defaults)).not.toThrow(/hunter2/);
    expect(() => parseEnv({ DATABASE_URL: 'not a url app:hunter2@' }, defaults)).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: 'not a url app:hunter2@' }, defaults)).not.toThrow(/hunter2/);
  });
});
