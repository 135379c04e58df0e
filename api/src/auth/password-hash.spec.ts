import { randomBytes, scryptSync } from 'node:crypto';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';

/** Made with the `argon2` package (0.45, argon2id defaults) that 0.1.0 used, before it was removed. */
const LEGACY_ARGON2 = '$argon2id$v=19$m=65536,p=4,t=3$h3w4g7mtgVwjekIu1KQC+Q$RSH5lIisp26e3LuyYhjsgPYoeQYJ++RVHyYCKIONrug';

describe('password hashes', () => {
  it('hashes with scrypt and verifies only the right password', async () => {
    const hash = await hashPassword('kata-sandi-baru-1');
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword(hash, 'kata-sandi-baru-1')).toBe(true);
    expect(await verifyPassword(hash, 'kata-sandi-baru-2')).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('sama')).not.toBe(await hashPassword('sama'));
  });

  it('verifies a legacy argon2 hash and asks for a rehash', async () => {
    expect(await verifyPassword(LEGACY_ARGON2, 'kata-sandi-lama-2025')).toBe(true);
    expect(await verifyPassword(LEGACY_ARGON2, 'kata-sandi-lama-2026')).toBe(false);
    expect(needsRehash(LEGACY_ARGON2)).toBe(true);
  });

  it('asks for a rehash when the parameters are not the current ones', async () => {
    const hash = await hashPassword('x');
    expect(needsRehash(hash.replace('N=32768', 'N=16384'))).toBe(true);
  });

  it('verifies a hash made with the earlier scrypt parameters (N=2^14, r=8, p=5) and asks for a rehash', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('kata-sandi-2026', salt, 32, { N: 2 ** 14, r: 8, p: 5 });
    const earlier = `scrypt$N=16384,r=8,p=5$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword(earlier, 'kata-sandi-2026')).toBe(true);
    expect(await verifyPassword(earlier, 'kata-sandi-2025')).toBe(false);
    expect(needsRehash(earlier)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['plain text', 'kata-sandi'],
    ['a huge N', 'scrypt$N=1073741824,r=8,p=5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['N not a power of two', 'scrypt$N=1000,r=8,p=5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a broken argon2 value', '$argon2id$v=19$garbage'],
  ])('refuses a malformed stored value (%s) without throwing', async (_label, stored) => {
    expect(await verifyPassword(stored, 'kata-sandi')).toBe(false);
  });
});
