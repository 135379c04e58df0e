import request from 'supertest';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { RegionsService } from './regions.service.js';

describe('regions API', () => {
  let booted: BootedApp;
  beforeAll(async () => {
    booted = await bootApp();
  });
  afterAll(() => booted.close());

  const get = (path: string) => request(booted.baseUrl).get(path);
  const expectError = (body: unknown, statusCode: number, code: string) => {
    expect(body).toEqual({ statusCode, code, message: expect.any(String) });
  };

  it('lists the 38 provinces with their island groups, cacheable for a day', async () => {
    const res = await get('/api/regions/provinces');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.body).toHaveLength(38);
    expect(res.body).toContainEqual({ code: '18', name: 'Lampung', islandGroup: 'sumatera' });
    expect(res.body).toContainEqual({ code: '34', name: 'DI Yogyakarta', islandGroup: 'jawa' });
  });

  it("lists Lampung's regencies, Pringsewu among them", async () => {
    const res = await get('/api/regions/provinces/18/regencies');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.body).toContainEqual({ code: '18.10', provinceCode: '18', name: 'Pringsewu', type: 'kabupaten', label: 'Kab. Pringsewu' });
    expect(res.body).toContainEqual({
      code: '18.71',
      provinceCode: '18',
      name: 'Kota Bandar Lampung',
      type: 'kota',
      label: 'Kota Bandar Lampung',
    });
    expect(res.body.every((r: { provinceCode: string }) => r.provinceCode === '18')).toBe(true);
  });

  it('answers an unknown province with UNKNOWN_PROVINCE (404), not cached', async () => {
    const res = await get('/api/regions/provinces/99/regencies');
    expect(res.status).toBe(404);
    expectError(res.body, 404, 'UNKNOWN_PROVINCE');
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it('finds Pringsewu by part of its name', async () => {
    const res = await get('/api/regions/regencies').query({ q: 'prings' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.body).toEqual([{ code: '18.10', provinceCode: '18', name: 'Pringsewu', type: 'kabupaten', label: 'Kab. Pringsewu' }]);
  });

  it('returns at most `limit` matches, 20 by default', async () => {
    const few = await get('/api/regions/regencies').query({ q: 'ko', limit: '3' });
    expect(few.status).toBe(200);
    expect(few.body).toHaveLength(3);
    const many = await get('/api/regions/regencies').query({ q: 'kota' });
    expect(many.body).toHaveLength(20);
  });

  it.each<[string, Record<string, string>]>([
    ['a query of one letter', { q: 'p' }],
    ['a query of spaces', { q: '   ' }],
    ['no query', {}],
    ['a limit of 0', { q: 'prings', limit: '0' }],
    ['a limit above 50', { q: 'prings', limit: '51' }],
    ['a limit that is not a number', { q: 'prings', limit: 'many' }],
    ['an unknown parameter', { q: 'prings', page: '2' }],
  ])('refuses %s with VALIDATION_FAILED', async (_case, query) => {
    const res = await get('/api/regions/regencies').query(query);
    expect(res.status).toBe(400);
    expectError(res.body, 400, 'VALIDATION_FAILED');
  });

  it('gets one regency by code', async () => {
    const res = await get('/api/regions/regencies/18.10');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.body).toEqual({ code: '18.10', provinceCode: '18', name: 'Pringsewu', type: 'kabupaten', label: 'Kab. Pringsewu' });
  });

  it('answers an unknown regency with UNKNOWN_REGENCY (404)', async () => {
    const res = await get('/api/regions/regencies/18.99');
    expect(res.status).toBe(404);
    expectError(res.body, 404, 'UNKNOWN_REGENCY');
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it('credits the data source and its licence', async () => {
    const res = await get('/api/regions/attribution');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ source: 'idn-area-data', licence: 'ODbL-1.0', url: 'https://github.com/fityannugroho/idn-area-data' });
  });

  it('describes the endpoints in the OpenAPI document', async () => {
    const res = await get('/api/docs-json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/regions/provinces',
        '/api/regions/provinces/{code}/regencies',
        '/api/regions/regencies',
        '/api/regions/regencies/{code}',
        '/api/regions/attribution',
      ]),
    );
    expect(res.body.components.schemas.RegencyResponse.required).toEqual(expect.arrayContaining(['code', 'provinceCode', 'name', 'type', 'label']));
  });

  describe('RegionsService, as other capabilities use it', () => {
    let regions: RegionsService;
    beforeAll(() => {
      regions = booted.app.get(RegionsService);
    });

    it.each<[string, string, string]>([
      ['18.10', '18.10', 'same-regency'], // Pringsewu → Pringsewu
      ['18.10', '18.71', 'same-province'], // Pringsewu → Bandar Lampung
      ['18.10', '16.71', 'same-island-group'], // Pringsewu → Palembang
      ['18.10', '35.78', 'inter-island'], // Pringsewu → Surabaya
      ['31.74', '32.73', 'same-island-group'], // Jakarta Selatan → Bandung
    ])('puts %s → %s in zone %s', (origin, destination, zone) => {
      expect(regions.zoneBetween(origin, destination)).toBe(zone);
    });

    it('refuses an unknown regency code with UNKNOWN_REGENCY (400)', () => {
      expect(() => regions.requireRegency('18.99')).toThrow(expect.objectContaining({ statusCode: 400, code: 'UNKNOWN_REGENCY' }));
      expect(() => regions.zoneBetween('18.10', 'nowhere')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGENCY' }));
      expect(regions.getRegency('18.99')).toBeUndefined();
    });
  });
});
