// With PostgreSQL away every route answers 503 DATABASE_UNAVAILABLE with Retry-After, never 500 INTERNAL_ERROR
// (issue 15, defect 7), and the app recovers by itself when the database is back. The database "goes away" by
// cutting a TCP proxy the app reaches PostgreSQL through: pooled connections are cut and new ones refused.
import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { ADMIN_ENV, apiClient, type ApiClient, createClass, joinClass, loginAs, TEST_ADMIN } from '../../../test/api-client.js';
import { startTcpProxy, type TcpProxy, viaProxy } from '../../../test/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';

describe('the database goes away: 503 DATABASE_UNAVAILABLE with a retry hint', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let booted: BootedApp;
  let api: ApiClient;
  let adminToken: string;
  let trainee: { token: string };
  let joinCode: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    booted = await bootApp({ env: ADMIN_ENV, database: { ...database, url: viaProxy(database.url, proxy) } });
    api = apiClient(booted.baseUrl);
    adminToken = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const kelas = await createClass(api, adminToken, 'Kelas Padam');
    joinCode = kelas.joinCode;
    trainee = await joinClass(api, joinCode, 'Sriyati');
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined); // so the app's pools and pg-boss close cleanly
    await booted?.close();
    await proxy.close();
    await database.drop();
  });

  it('answers every kind of route with 503 DATABASE_UNAVAILABLE and Retry-After while it is away, then recovers', async () => {
    expect((await api.get('/api/health')).status).toBe(200);
    await proxy.cut();

    const calls = {
      'GET /api/health (public)': () => api.get('/api/health'),
      'GET /api/auth/me (the token is checked in the database)': () => api.get('/api/auth/me', { token: trainee.token }),
      'GET /api/classes (facilitator)': () => api.get('/api/classes', { token: adminToken }),
      'POST /api/join (public write)': () => api.post('/api/join', { code: joinCode, displayName: 'Wati' }),
      'POST /api/auth/login': () => api.post('/api/auth/login', { email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
    };
    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(calls)) {
      const res = await call();
      answers[name] = { status: res.status, code: res.body?.code, shape: Object.keys(res.body ?? {}).sort(), retryAfter: res.headers.get('retry-after') };
      expected[name] = { status: 503, code: 'DATABASE_UNAVAILABLE', shape: ['code', 'message', 'statusCode'], retryAfter: expect.stringMatching(/^[1-9]\d*$/) };
    }
    expect(answers).toEqual(expected);

    await proxy.restore();
    let health = await api.get('/api/health');
    for (let attempt = 0; attempt < 50 && health.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      health = await api.get('/api/health');
    }
    expect(health.status).toBe(200);
    expect((await api.get('/api/auth/me', { token: trainee.token })).status).toBe(200);
  });
});

describe('every database connection busy: 503 SERVER_BUSY with a retry hint', () => {
  let booted: BootedApp;
  let api: ApiClient;

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, DB_POOL_SIZE: '1' } });
    api = apiClient(booted.baseUrl);
  });
  afterAll(() => booted?.close());

  it('answers a request that waited the pool out (5 s) with 503 SERVER_BUSY, not 500', async () => {
    const { DataSource } = await import('typeorm');
    // The pool's only connection sleeps for 7 s: the next request waits 5 s for it, then gives up.
    const hold = booted.app.get(DataSource).query('SELECT pg_sleep(7)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await api.post('/api/join', { code: 'ZZZZZZ', displayName: 'Wati' });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 503,
      body: { statusCode: 503, code: 'SERVER_BUSY', message: expect.any(String) },
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await hold;
  }, 30_000);
});
