import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter.hitAndPeek (one statement: count one bucket, refuse while another is full)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let limiter: RateLimiter;
  // 40 s into the present 10-minute window: 20 s left of the minute's window, 560 s of the 10-minute one. Not a fixed
  // date: the limiter now and then sweeps away windows older than a day by the database's clock, and it swept this
  // test's rows once its fixed date (6 Dec 2026, 12:00) was a day old (a red clean run on 7 Dec, 16:07 UTC).
  const now = new Date(Math.floor(Date.now() / 600_000) * 600_000 + 40_000);
  const counted = { bucket: 'test-counted', max: 3, windowSeconds: 60 };
  const atLimit = { bucket: 'test-misses', max: 2, windowSeconds: 600 };
  const hits = async (bucket: string): Promise<number> =>
    ((await dataSource.query(`SELECT COALESCE(sum(hits), 0)::int AS n FROM rate_limit_hit WHERE bucket = $1`, [bucket])) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
    limiter = new RateLimiter(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await dataSource.query(`DELETE FROM rate_limit_hit`);
  });

  it('counts every call, and refuses the one over the counted limit with the seconds left of its window', async () => {
    for (let i = 0; i < 3; i++) await limiter.hitAndPeek(counted, atLimit, now);
    await expect(limiter.hitAndPeek(counted, atLimit, now)).rejects.toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.stringContaining('20 s') });
    expect(await hits('test-counted')).toBe(4);
    expect(await hits('test-misses')).toBe(0);
  });

  it('refuses while the other bucket is at its limit (without adding to it), with the seconds left of that window', async () => {
    await limiter.hit([atLimit], now);
    await limiter.hitAndPeek(counted, atLimit, now);
    await limiter.hit([atLimit], now);
    await expect(limiter.hitAndPeek(counted, atLimit, now)).rejects.toMatchObject({ statusCode: 429, message: expect.stringContaining('560 s') });
    expect(await hits('test-misses')).toBe(2);
    expect(await hits('test-counted')).toBe(2);
  });

  it('a new window starts again from nothing', async () => {
    for (let i = 0; i < 3; i++) await limiter.hitAndPeek(counted, atLimit, now);
    await limiter.hitAndPeek(counted, atLimit, new Date(now.getTime() + 20_000));
  });
});
