import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password and PIN hashes: Node's built-in scrypt, so installing the app needs no install script, compiler or
 * Node headers. Parameters are one of OWASP's scrypt settings (N=2^15, r=8, p=3). Encoded as
 * `scrypt$N=32768,r=8,p=3$<salt base64>$<key base64>`, so the parameters can change later.
 *
 * Why this setting and not N=2^14, r=8, p=5 (the one before, about a fifth less CPU): its 16 MiB work area is a
 * single malloc in a libuv pool thread, between glibc's default 128 KiB mmap threshold and its 32 MiB ceiling.
 * Freeing it raised the process's mmap threshold to 16 MiB, so that thread's arena kept the 16 MiB for good, each
 * of the four pool threads could keep one, and every later buffer up to 16 MiB in any thread (photo decoding,
 * request bodies) came from the arenas and stayed there too: in a bare process, +65 MB after 32 hashes four at a
 * time and +145 MB once 80 MiB of 4 MiB buffers had come and gone, against +1 and +5 MB with this setting
 * (docs/performance-history.md, "The scrypt work area"). N=2^15, r=8 needs just over 32 MiB, which glibc always maps and
 * unmaps on its own and which leaves the threshold alone.
 *
 * Hashes written before 0.2 are argon2id (`$argon2id$…`, from the `argon2` package, which compiled at install).
 * They are still verified, with `@node-rs/argon2` (prebuilt per-platform packages, no install script), and
 * `needsRehash` tells the caller to replace them with scrypt after the next successful sign-in; so are scrypt
 * hashes with other parameters. That package is loaded on the first legacy hash only, not at start (its native
 * module and code are memory a class that never had one would hold for nothing).
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt$';

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Node refuses scrypt above 32 MiB by default; its work area is 128 × N × r bytes and a little more. */
function maxmemFor(N: number, r: number): number {
  return 256 * N * r + 1024 * 1024;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: maxmemFor(PARAMS.N, PARAMS.r) });
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
    const key = await scrypt(password, parsed.salt, parsed.key.length, { N, r, p, maxmem: maxmemFor(N, r) });
    return timingSafeEqual(key, parsed.key);
  }
  if (encoded.startsWith('$argon2')) {
    const { verify } = await import('@node-rs/argon2');
    return verify(encoded, password).catch(() => false);
  }
  return false;
}

/** True for legacy (argon2) hashes and scrypt hashes with other parameters: rehash after a successful verify. */
export function needsRehash(encoded: string): boolean {
  const parsed = parseScrypt(encoded);
  return !parsed || parsed.N !== PARAMS.N || parsed.r !== PARAMS.r || parsed.p !== PARAMS.p || parsed.key.length !== KEY_LENGTH;
}
