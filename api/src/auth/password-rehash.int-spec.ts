import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient, type ApiClient, freshIp, loginAs, TEST_ADMIN } from '../../test/api-client.js';

/** The argon2id hash of 'kata-sandi-lama-2025', as 0.1.0 stored it (the `argon2` package). */
const LEGACY_ARGON2 = '$argon2id$v=19$m=65536,p=4,t=3$h3w4g7mtgVwjekIu1KQC+Q$RSH5lIisp26e3LuyYhjsgPYoeQYJ++RVHyYCKIONrug';

describe('facilitator passwords stored before 0.2 (argon2)', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    await db.query(`INSERT INTO facilitator (email, name, password_hash, role) VALUES ('lama@test.pasar', 'Bu Lama', $1, 'facilitator')`, [
      LEGACY_ARGON2,
    ]);
  });
  afterAll(() => booted.close());

  const storedHash = async (): Promise<string> =>
    (await db.query(`SELECT password_hash FROM facilitator WHERE email = 'lama@test.pasar'`))[0].password_hash;

  it('a wrong password neither signs in nor touches the stored hash', async () => {
    const res = await api.post('/api/auth/login', { email: 'lama@test.pasar', password: 'salah-sekali' }, { ip: freshIp() });
    expect(res.status).toBe(401);
    expect(await storedHash()).toBe(LEGACY_ARGON2);
  });

  it('the right password signs in and the hash is rewritten as scrypt, which then signs in too', async () => {
    await loginAs(api, 'lama@test.pasar', 'kata-sandi-lama-2025');
    const after = await storedHash();
    expect(after).toMatch(/^scrypt\$/);
    await loginAs(api, 'lama@test.pasar', 'kata-sandi-lama-2025');
    expect(await storedHash()).toBe(after); // no second rewrite
  });

  it('new accounts get scrypt hashes', async () => {
    const rows = await db.query(`SELECT password_hash FROM facilitator WHERE email = $1`, [TEST_ADMIN.email]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$/);
  });
});
