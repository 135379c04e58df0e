// Issue 15, defect 5: "30 wrong PINs from 3 addresses lock the whole class out of PIN re-login; 10 logins in 10
// minutes, successful ones included, lock the real facilitator out." Failures are counted per target and per
// source, with backoff; successes never (auth/failure-backoff.ts, SECURITY.md).
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, freshIp, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { eventually } from '../../test/orders-fixtures.js';
import { FailureBackoff } from './failure-backoff.js';

describe('sign-in failures back off per target and per source', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let adminToken: string;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    adminToken = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(() => booted.close());

  it('lets the real facilitator sign in 12 times in a row from one address: successes are never counted', async () => {
    const { email } = await createFacilitator(api, adminToken, 'Sering Masuk');
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await api.post('/api/auth/login', { email, password: 'facilitator-pass-1' }, { ip })).status);
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('answers 429 TOO_MANY_ATTEMPTS with Retry-After after 6 wrong passwords from one address; after the wait the right one works', async () => {
    const { email } = await createFacilitator(api, adminToken, 'Salah Ketik');
    const ip = freshIp();
    const wrong: number[] = [];
    for (let i = 0; i < 6; i++) wrong.push((await api.post('/api/auth/login', { email, password: `guess-${i}` }, { ip })).status);
    expect(wrong).toEqual(Array(6).fill(401));
    const locked = await api.post('/api/auth/login', { email, password: 'facilitator-pass-1' }, { ip });
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: expect.any(String), details: { retryAfterSeconds: expect.any(Number) } });
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    // Refused attempts are not failures: asking again while locked does not lengthen the wait.
    expect((await api.post('/api/auth/login', { email, password: 'guess-x' }, { ip })).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await api.post('/api/auth/login', { email, password: 'facilitator-pass-1' }, { ip })).status).toBe(200);
    // The success reset this address's count for this email: five more mistakes are free again.
    for (let i = 0; i < 5; i++) expect((await api.post('/api/auth/login', { email, password: `again-${i}` }, { ip })).status).toBe(401);
  });

  it('decides parallel guesses one after the other: 20 at once from one address get at most 6 checks', async () => {
    const { email } = await createFacilitator(api, adminToken, 'Serbu Paralel');
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => api.post('/api/auth/login', { email, password: `burst-${i}` }, { ip })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    // The others are held back unchecked: 429, or, on a machine so busy that every pooled connection stayed taken for
    // 5 s while the guesses queued on the counters' row lock, 503 SERVER_BUSY (seen once under load: 9 × 429, 5 × 503).
    const heldBack = answers.filter((a) => a.status === 429 || (a.status === 503 && a.body.code === 'SERVER_BUSY'));
    expect(heldBack.length >= 14 ? 'held back' : JSON.stringify(answers.map((a) => `${a.status} ${a.body?.code ?? ''}`))).toBe('held back');
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
  });

  it("touches the counters after a wrong password in key order, as a parallel guess's charge locks them: never a deadlock", async () => {
    const dataSource = booted.app.get(DataSource);
    const target = 'urutan-kunci@test.pasar';
    const source = freshIp();
    const attempt = await booted.app.get(FailureBackoff).charge({ kind: 'login', target, source });
    const [pairKey, sourceKey, targetKey] = [`login:pair:${target}|${source}`, `login:source:${source}`, `login:target:${target}`];
    // The three rows written again in reverse key order: a sequential scan now finds the target's row first.
    await dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM auth_failure WHERE key = ANY($1)`, [[pairKey, sourceKey, targetKey]]);
      for (const key of [targetKey, sourceKey, pairKey]) {
        await manager.query(`INSERT INTO auth_failure (key, failures, last_failure_at) VALUES ($1, 1, now() - interval '1 minute')`, [key]);
      }
    });
    // A parallel guess's charge holds the first row in key order, the pair's...
    const charge = dataSource.createQueryRunner();
    await charge.connect();
    try {
      await charge.startTransaction();
      await charge.query(`SELECT key FROM auth_failure WHERE key = $1 FOR UPDATE`, [pairKey]);
      // ...when the wrong password's touch starts, and waits for it.
      const touched = attempt.failed();
      await eventually('the touch to wait for the pair row', async () => {
        const [row] = await dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE auth_failure%' AND datname = current_database()`,
        );
        return row.n > 0 ? true : undefined;
      }, 15_000);
      // The charge goes on to the next rows in key order. Had the touch taken them in the order it found them, it would
      // hold them now, and PostgreSQL would end one of the two as a deadlock (after deadlock_timeout, 1 s).
      await charge.query(`SELECT key FROM auth_failure WHERE key = ANY($1) ORDER BY key FOR UPDATE`, [[sourceKey, targetKey]]);
      await charge.commitTransaction();
      await touched;
    } finally {
      if (charge.isTransactionActive) await charge.rollbackTransaction();
      await charge.release();
    }
    // And the touch was not the one ended: all three counters carry the failure's time.
    const rows: { key: string; recent: boolean }[] = await dataSource.query(
      `SELECT key, last_failure_at > now() - interval '30 seconds' AS recent FROM auth_failure WHERE key = ANY($1) ORDER BY key`,
      [[pairKey, sourceKey, targetKey]],
    );
    expect(rows).toEqual([pairKey, sourceKey, targetKey].map((key) => ({ key, recent: true })));
  });

  it("does not let an attacker's wrong passwords from 3 addresses lock the real facilitator out of a 4th", async () => {
    const { email } = await createFacilitator(api, adminToken, 'Diserang');
    const attackers = [freshIp(), freshIp(), freshIp()];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await api.post('/api/auth/login', { email, password: `guess-${i}` }, { ip: attackers[i % 3] })).status);
    }
    // The attackers are held back (per address, and across addresses once the email has had 10 failures).
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect((await api.post('/api/auth/login', { email, password: 'facilitator-pass-1' }, { ip: freshIp() })).status).toBe(200);
  });

  it('holds back one address trying many emails (per source)', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 25 && statuses[statuses.length - 1] !== 429; i++) {
      statuses.push((await api.post('/api/auth/login', { email: `orang${i}@test.pasar`, password: 'x' }, { ip })).status);
    }
    expect(statuses.slice(0, 21)).toEqual(Array(21).fill(401));
    expect(statuses[statuses.length - 1]).toBe(429);
  });

  it("lets the real trainee re-login with the PIN from a 4th address after 30 wrong PINs from 3 others", async () => {
    const facilitator = await createFacilitator(api, adminToken, 'Pemberi PIN');
    const klass = await createClass(api, facilitator.token, 'Kelas PIN Aman');
    const trainee = await joinClass(api, klass.joinCode, 'Yanti');
    const issued = await api.post(`/api/classes/${klass.id}/participants/${trainee.participantId}/pin`, undefined, { token: facilitator.token });
    expect(issued.status).toBe(201);
    const pin = issued.body.pin as string;
    const attackers = [freshIp(), freshIp(), freshIp()];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      let guess = String(100000 + i * 7919);
      if (guess === pin) guess = String(999999 - i);
      statuses.push((await api.post('/api/join/pin', { code: klass.joinCode, pin: guess }, { ip: attackers[i % 3] })).status);
    }
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    const moved = await api.post('/api/join/pin', { code: klass.joinCode, pin }, { ip: freshIp() });
    expect(moved.status).toBe(200);
    expect(moved.body.participantId).toBe(trainee.participantId);
  });

  it('backs PIN guessing from one address off after 5 failures, with Retry-After', async () => {
    const facilitator = await createFacilitator(api, adminToken, 'PIN Satu Alamat');
    const klass = await createClass(api, facilitator.token, 'Kelas PIN Tebak');
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await api.post('/api/join/pin', { code: klass.joinCode, pin: String(200000 + i) }, { ip })).status);
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401));
    expect(statuses[6]).toBe(429);
  });
});
