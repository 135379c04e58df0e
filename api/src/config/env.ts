// The one place that reads configuration: every variable is declared here, parsed once at boot,
// and a bad value stops the app with a message that names the variable.
import path from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface Env {
  nodeEnv: NodeEnv;
  /** HTTP port of the whole product (API, sockets and the built client). */
  port: number;
  /** Interface to listen on; 0.0.0.0 so phones on the hall's LAN can reach a laptop. */
  host: string;
  /** PostgreSQL connection URL. Unset means: start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Port of the embedded PostgreSQL; away from a system PostgreSQL's 5432. */
  embeddedPgPort: number;
  /** Redis URL for sharing realtime broadcasts between several app nodes. Unset on a single node. */
  redisUrl: string | undefined;
  /** Absolute folder for the embedded database and uploaded media. */
  dataDir: string;
  /** The address phones use to reach this app (join links, QR codes). Unset: derived from the LAN address. */
  publicUrl: string | undefined;
  logLevel: LogLevel;
  /** Folder of the built client that the API serves at `/`. */
  clientDistDir: string;
  /** Size of the database connection pool of this node. */
  dbPoolSize: number;
  /** Repeated statements go to PostgreSQL as named prepared statements (database/prepared-statements.ts). */
  dbPreparedStatements: boolean;
  /** Email of the admin account created on the first start. */
  adminEmail: string;
  /** Its password; unset means a generated one, printed once on the first start. */
  adminPassword: string | undefined;
  /** Which proxies may set X-Forwarded-For (Fastify's `trustProxy`: addresses, CIDRs, `loopback`, …); rate limits count by client address. */
  trustProxy: string;
  /** Create the demo class (shops, products, buyers) on a first start with no classes; off in tests. */
  seedDemo: boolean;
  /**
   * Base URL of the Midtrans-compatible payment gateway (Core API). Unset: this app's own simulator at
   * `http://127.0.0.1:<listening port>/api/simulator`; the real sandbox is `https://api.sandbox.midtrans.com`.
   */
  paymentGatewayUrl: string | undefined;
  /**
   * The gateway's server key: Basic auth of every gateway call, and the key notifications are signed with. Empty
   * until resolved: unset, a random key is generated on the first start and kept in the database (createApp).
   */
  paymentServerKey: string;
  /** Where the built-in simulator POSTs its notifications. Unset: this app's own webhook on the listening port. */
  paymentNotificationUrl: string | undefined;
  /**
   * Addresses a charge's X-Override-Notification may name, besides this app's own webhook (the simulator ignores any
   * other: it must not POST wherever a caller asks). Comma-separated URLs; empty by default.
   */
  paymentNotificationAllowlist: string[];
  /** Whole rupiah added to every order as the marketplace's admin fee, unless a class sets its own. */
  adminFeeRupiah: number;
  /**
   * How long (real ms) a storefront page read from the database is served again to the class, unless something is
   * committed in the class meanwhile; 0 reads every time. Only on a single node (no REDIS_URL).
   */
  storefrontCacheMs: number;
}

/** Each variable the app reads, with its documentation; README's table is written from this list. */
export const ENV_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'EMBEDDED_PG_PORT',
  'REDIS_URL',
  'DATA_DIR',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'CLIENT_DIST_DIR',
  'DB_POOL_SIZE',
  'DB_PREPARED_STATEMENTS',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'TRUST_PROXY',
  'SEED_DEMO',
  'PAYMENT_GATEWAY_URL',
  'PAYMENT_SERVER_KEY',
  'PAYMENT_NOTIFICATION_URL',
  'PAYMENT_NOTIFICATION_ALLOWLIST',
  'ADMIN_FEE_RUPIAH',
  'STOREFRONT_CACHE_MS',
] as const;
export type EnvVariable = (typeof ENV_VARIABLES)[number];

/**
 * The key older READMEs documented. Anyone who read them could sign notifications with it and open the simulator,
 * so it is refused in production; the app generates its own key when PAYMENT_SERVER_KEY is unset.
 */
export const DOCUMENTED_PAYMENT_SERVER_KEY = 'SB-Mid-server-pasar-latihan';
export type EnvSource = Partial<Record<string, string | undefined>>;

export class EnvValidationError extends Error {
  constructor(readonly problems: { variable: EnvVariable; problem: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n'),
    );
    this.name = 'EnvValidationError';
  }
}

export interface EnvDefaults {
  cwd: string;
  /** Where the built client sits relative to the compiled API. */
  clientDistDir: string;
}

export function parseEnv(source: EnvSource, defaults: EnvDefaults): Env {
  const problems: { variable: EnvVariable; problem: string }[] = [];
  const read = (name: EnvVariable): string | undefined => {
    const value = source[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const fail = (variable: EnvVariable, problem: string) => problems.push({ variable, problem });

  const oneOf = <T extends string>(name: EnvVariable, allowed: readonly T[], fallback: T): T => {
    const value = read(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const integer = (name: EnvVariable, fallback: number, min: number, max: number): number => {
    const value = read(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      fail(name, `must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  };
  const url = (name: EnvVariable, protocols: string[]): string | undefined => {
    const value = read(name);
    if (value === undefined) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      // The value is not echoed: a connection URL may carry a password.
      fail(name, `must be a URL such as ${protocols[0]}//host:port`);
      return undefined;
    }
    if (!protocols.includes(parsed.protocol)) {
      fail(name, `must start with ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      return undefined;
    }
    return value;
  };

  const urlList = (name: EnvVariable): string[] => {
    const value = read(name);
    if (value === undefined) return [];
    const urls: string[] = [];
    for (const item of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      try {
        const parsed = new URL(item);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
        urls.push(parsed.href);
      } catch {
        fail(name, `must be comma-separated http(s) URLs (got "${item}")`);
      }
    }
    return urls;
  };

  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const env: Env = {
    nodeEnv,
    port: integer('PORT', 3000, 0, 65535),
    host: read('HOST') ?? '0.0.0.0',
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedPgPort: integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    dataDir: path.resolve(defaults.cwd, read('DATA_DIR') ?? 'data'),
    publicUrl: url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    clientDistDir: path.resolve(defaults.cwd, read('CLIENT_DIST_DIR') ?? defaults.clientDistDir),
    dbPoolSize: integer('DB_POOL_SIZE', 10, 1, 200),
    dbPreparedStatements: oneOf('DB_PREPARED_STATEMENTS', ['true', 'false'] as const, 'true') === 'true',
    adminEmail: read('ADMIN_EMAIL') ?? 'admin@pasar-latihan.local',
    adminPassword: read('ADMIN_PASSWORD'),
    // Only the machine itself by default: phones on the hall's LAN must not pick their own address.
    trustProxy: read('TRUST_PROXY') ?? 'loopback',
    // Tests boot many apps on empty databases: none of them wants a demo class unless it asks.
    seedDemo: oneOf('SEED_DEMO', ['true', 'false'] as const, nodeEnv === 'test' ? 'false' : 'true') === 'true',
    paymentGatewayUrl: url('PAYMENT_GATEWAY_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    // Unset: '' here, and a random key generated on the first start and kept in the database (see createApp).
    paymentServerKey: read('PAYMENT_SERVER_KEY') ?? '',
    paymentNotificationUrl: url('PAYMENT_NOTIFICATION_URL', ['http:', 'https:']),
    paymentNotificationAllowlist: urlList('PAYMENT_NOTIFICATION_ALLOWLIST'),
    adminFeeRupiah: integer('ADMIN_FEE_RUPIAH', 0, 0, 1_000_000),
    storefrontCacheMs: integer('STOREFRONT_CACHE_MS', 1_000, 0, 60_000),
  };
  if (env.paymentServerKey !== '' && (env.paymentServerKey.length < 8 || /\s/.test(env.paymentServerKey))) {
    fail('PAYMENT_SERVER_KEY', 'must be at least 8 characters without spaces');
  }
  if (env.nodeEnv === 'production' && env.paymentServerKey === DOCUMENTED_PAYMENT_SERVER_KEY) {
    fail('PAYMENT_SERVER_KEY', 'is the publicly documented sandbox key, refused in production: anyone could forge payments with it. Unset it (a random key is generated and kept) or set your own');
  }
  if (env.adminEmail && !/^[^\s@]+@[^\s@]+$/.test(env.adminEmail)) fail('ADMIN_EMAIL', 'must be an email address');
  if (env.adminPassword !== undefined && env.adminPassword.length < 8) fail('ADMIN_PASSWORD', 'must be at least 8 characters');
  if (problems.length > 0) throw new EnvValidationError(problems);
  return env;
}
