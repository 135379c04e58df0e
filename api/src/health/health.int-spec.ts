import request from 'supertest';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { withAdminClient } from '../../test/test-db.js';

describe('GET /api/health', () => {
  let booted: BootedApp;
  beforeAll(async () => {
    booted = await bootApp();
  });
  afterAll(() => booted.close());

  it('reports the database as up', async () => {
    const res = await request(booted.baseUrl).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('ran the migrations at start-up', async () => {
    const rows = await booted.app.get((await import('typeorm')).DataSource).query('SELECT name FROM migrations');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reports DATABASE_UNAVAILABLE, with a retry hint, when the database goes away', async () => {
    await withAdminClient((client) => client.query(`DROP DATABASE ${booted.database.name} WITH (FORCE)`));
    const res = await request(booted.baseUrl).get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: expect.any(String) });
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });
});
