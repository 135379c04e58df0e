import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { bootApp, type BootedApp } from '../../test/boot-app.js';

describe('the built client on the API port', () => {
  let booted: BootedApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-client-dist-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="id"><body>Pasar Latihan</body></html>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-a1b2c3.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    booted = await bootApp({ env: { CLIENT_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await booted.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / without caching it', async () => {
    const res = await request(booted.baseUrl).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Pasar Latihan');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets with a long, immutable cache lifetime', async () => {
    const res = await request(booted.baseUrl).get('/assets/index-a1b2c3.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates unhashed files', async () => {
    const res = await request(booted.baseUrl).get('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a deep link with index.html (SPA fallback)', async () => {
    const res = await request(booted.baseUrl).get('/gabung/ABC123');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Pasar Latihan');
  });

  it('answers a missing asset with a real 404, not a page', async () => {
    const res = await request(booted.baseUrl).get('/assets/gone-000000.js');
    expect(res.status).toBe(404);
  });

  it('never answers an unknown /api route with the page', async () => {
    const res = await request(booted.baseUrl).get('/api/nothing-here').set('accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it.each(['/media/nothing.webp', `/media/${'ab'.repeat(32)}-card.webp`])('never answers a missing picture (%s) with the page', async (url) => {
    const res = await request(booted.baseUrl).get(url).set('accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({ statusCode: 404, code: 'MEDIA_NOT_FOUND', message: expect.any(String) });
  });

  it('serves the OpenAPI document and its UI under /api/docs', async () => {
    const json = await request(booted.baseUrl).get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.paths).toHaveProperty('/api/health');
    expect(json.body.components.schemas).toHaveProperty('ErrorResponse');
    const ui = await request(booted.baseUrl).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });
});
