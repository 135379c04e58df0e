import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { verify as verifyArgon2 } from '@node-rs/argon2';

/**
 * Password and PIN hashes: Node's built-in scrypt, so installing the app needs no install script, compiler or
 * Node headers. Parameters are one of OWASP's scrypt settings (N=2^14, r=8, p=5: 16 MiB, within Node's default
 * maxmem). Encoded as `scrypt$N=16384,r=8,p=5$<salt base64>$<key base64>`, so the parameters can change later.
 *
 * Hashes written before 0.2 are argon2id (`$argon2id$…`, from the `argon2` package, which compiled at install).
 * They are still verified, with `@node-rs/argon2` (prebuilt per-platform packages, no install script), and
 * `needsRehash` tells the caller to replace them with scrypt after the next successful sign-in.
 */
const PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt$';

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMS);
  return `${PREFIX}N=${PARAMS.N},r=${PARAMS.r},p=${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface ParsedScrypt {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseScrypt(encoded: string): ParsedScrypt | undefined {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(encoded);
  if (!match) return undefined;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Refuse parameters that would let a stored value make the server burn memory or time.
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return undefined;
  const key = Buffer.from(match[5], 'base64');
  if (key.length < 16 || key.length > 64) return undefined;
  return { N, r, p, salt: Buffer.from(match[4], 'base64'), key };
}

/** True when `password` matches `encoded` (scrypt, or a legacy argon2 hash); false for any malformed value. */
export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  if (encoded.startsWith(PREFIX)) {
    const parsed = parseScrypt(encoded);
    if (!parsed) return false;
    const { N, r, p } = parsed;
    const key = await scrypt(password, parsed.salt, parsed.key.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    return timingSafeEqual(key, parsed.key);
  }
  if (encoded.startsWith('$argon2')) {
    return verifyArgon2(encoded, password).catch(() => false);
  }
  return false;
}

/** True for legacy (argon2) hashes and scrypt hashes with other parameters: rehash after a successful verify. */
export function needsRehash(encoded: string): boolean {
  const parsed = parseScrypt(encoded);
  return !parsed || parsed.N !== PARAMS.N || parsed.r !== PARAMS.r || parsed.p !== PARAMS.p || parsed.key.length !== KEY_LENGTH;
}
