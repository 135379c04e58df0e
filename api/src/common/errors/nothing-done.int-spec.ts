import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../../test/api-client.js';
import { facilitatorClass } from '../../../test/orders-fixtures.js';
import { bookkeeping, nothingDone, trackRequestWrites } from './nothing-done.js';

/**
 * Issue 15, load held: a 503 SERVER_BUSY or DATABASE_UNAVAILABLE says `X-Nothing-Done: true` when the request wrote
 * nothing, so the client may ask again after Retry-After even for a POST without an Idempotency-Key (joining a class).
 */
describe('a 503 that says nothing was done', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let dataSource: DataSource;

  /** Runs `work` as a request would, and says whether the request counts as having done nothing. */
  const inRequest = (work: () => Promise<unknown>) =>
    new Promise<boolean>((resolve, reject) => {
      trackRequestWrites({}, {}, () => {
        work().then(() => resolve(nothingDone()), reject);
      });
    });

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, DB_POOL_SIZE: '1' } });
    api = apiClient(booted.baseUrl);
    dataSource = booted.app.get(DataSource);
  });

  afterAll(async () => {
    await booted?.close();
  });

  it('is sent when every connection stayed busy before the join wrote anything, and the join left nothing behind', async () => {
    const kelas = await facilitatorClass(api, 'Rina');
    const held = dataSource.createQueryRunner();
    await held.connect(); // the pool's only connection
    let answer;
    try {
      answer = await api.post('/api/join', { code: kelas.joinCode, displayName: 'Sriyati Sibuk' });
    } finally {
      await held.release();
    }
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('SERVER_BUSY');
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.headers.get('x-nothing-done')).toBe('true');
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM participant WHERE class_id = $1`, [kelas.classId]);
    expect(n).toBe(0);
    // Asked again once a connection is free, it joins (once).
    const again = await api.post('/api/join', { code: kelas.joinCode, displayName: 'Sriyati Sibuk' });
    expect(again.status).toBe(201);
  });

  it('counts a commit and a write outside a transaction as done; reads, rollbacks and rate-limit counts not', async () => {
    expect(await inRequest(() => dataSource.query(`SELECT 1`))).toBe(true);
    expect(
      await inRequest(() =>
        dataSource
          .transaction(async (manager) => {
            await manager.query(`INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES ('probe:rolled-back', now(), 1)`);
            throw new Error('rolled back');
          })
          .catch(() => undefined),
      ),
    ).toBe(true);
    expect(
      await inRequest(() =>
        dataSource.transaction((manager) => manager.query(`INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES ('probe:committed', now(), 1)`)),
      ),
    ).toBe(false);
    expect(await inRequest(() => dataSource.query(`DELETE FROM rate_limit_hit WHERE bucket = 'probe:committed'`))).toBe(false);
    expect(await inRequest(() => dataSource.query(`WITH gone AS (DELETE FROM rate_limit_hit WHERE bucket = 'x' RETURNING 1) SELECT 1`))).toBe(false);
    expect(
      await inRequest(() => bookkeeping(() => dataSource.query(`INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES ('probe:count', now(), 1)`))),
    ).toBe(true);
    // Outside a request nothing is claimed.
    expect(nothingDone()).toBe(false);
  });
});
