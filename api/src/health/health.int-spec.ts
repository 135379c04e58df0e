import request from 'supertest';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { withAdminClient } from '../../test/test-db.js';
import { MIGRATIONS } from '../database/migrations.js';

describe('GET /api/health', () => {
  let booted: BootedApp;
  beforeAll(async () => {
    // An empty database, as on a first start: the app's own start-up migrates it (the other specs copy a migrated one).
    booted = await bootApp({ emptyDatabase: true });
  });
  afterAll(() => booted.close());

  it('reports the database as up', async () => {
    const res = await request(booted.baseUrl).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('ran the migrations at start-up', async () => {
    const rows: { name: string }[] = await booted.app.get((await import('typeorm')).DataSource).query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => new migration().name));
  });

  it('reports DATABASE_UNAVAILABLE, with a retry hint, when the database goes away', async () => {
    await withAdminClient((client) => client.query(`DROP DATABASE ${booted.database.name} WITH (FORCE)`));
    const res = await request(booted.baseUrl).get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: expect.any(String) });
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });
});
