import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { acceptedCodings } from '../common/http/content-coding.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers, the body as sent (supertest would ask for gzip and inflate it). */
function rawGet(baseUrl: string, urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

// Big enough that compressing pays, as the build's real chunks do.
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata nomor ${i}`))};\n`;
const PAGE = `<!doctype html><html lang="id"><head><title>Pasar Latihan</title></head><body>${'<p>Pasar Latihan</p>'.repeat(80)}</body></html>`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M3 9l1.6-5h14.8L21 9"/>'.repeat(40)}</svg>`;

/** What client/build/precompress.ts writes at `npm run build`. */
function writeWithCopies(file: string, content: string, copies: Array<'br' | 'gz'> = ['br', 'gz']): void {
  fs.writeFileSync(file, content);
  if (copies.includes('br')) fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content));
  if (copies.includes('gz')) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
}

describe('the built client on the API port', () => {
  let booted: BootedApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-client-dist-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    writeWithCopies(path.join(dist, 'index.html'), PAGE);
    fs.writeFileSync(path.join(dist, 'assets', 'index-a1b2c3.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeWithCopies(path.join(dist, 'assets', 'words-d4e5f6.js'), SCRIPT);
    writeWithCopies(path.join(dist, 'assets', 'only-gzip-a0b0c0.js'), SCRIPT, ['gz']);
    writeWithCopies(path.join(dist, 'assets', 'style-778899.css'), 'body{margin:0}'.repeat(100));
    writeWithCopies(path.join(dist, 'icon.svg'), ICON);
    writeWithCopies(path.join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'Pasar Latihan', icons: Array(30).fill({ src: '/icon.svg' }) }));
    booted = await bootApp({ env: { CLIENT_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await booted.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  describe('precompressed copies, chosen by Accept-Encoding', () => {
    it('sends brotli when the browser takes it, with the right type, length, Vary and cache lifetime', async () => {
      const res = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    });

    it('sends gzip when the browser takes gzip only', async () => {
      const res = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', { 'Accept-Encoding': 'gzip, deflate' });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(zlib.gunzipSync(res.body).toString()).toBe(SCRIPT);
    });

    it('sends gzip when brotli is refused, and when the build made no brotli copy', async () => {
      const refused = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', { 'Accept-Encoding': 'br;q=0, gzip' });
      expect(refused.headers['content-encoding']).toBe('gzip');
      const noCopy = await rawGet(booted.baseUrl, '/assets/only-gzip-a0b0c0.js', { 'Accept-Encoding': 'br, gzip' });
      expect(noCopy.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(noCopy.body).toString()).toBe(SCRIPT);
    });

    it.each([[undefined], ['identity'], ['deflate'], ['br;q=0, gzip;q=0'], ['*;q=0']])(
      'sends the file as it is for Accept-Encoding %s',
      async (acceptEncoding) => {
        const res = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {});
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
        expect(res.headers['vary']).toMatch(/accept-encoding/i);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
        expect(res.body.toString()).toBe(SCRIPT);
      },
    );

    it('answers HEAD with the headers of the copy it would send, and no body', async () => {
      const res = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', { 'Accept-Encoding': 'br' }, 'HEAD');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(dist, 'assets', 'words-d4e5f6.js.br')).size);
      expect(res.body.length).toBe(0);
    });

    it('compresses CSS, SVG and the web manifest with their own types', async () => {
      const css = await rawGet(booted.baseUrl, '/assets/style-778899.css', { 'Accept-Encoding': 'br' });
      expect([css.headers['content-encoding'], css.headers['content-type'], css.headers['cache-control']]).toEqual([
        'br',
        'text/css; charset=utf-8',
        'public, max-age=31536000, immutable',
      ]);
      const svg = await rawGet(booted.baseUrl, '/icon.svg', { 'Accept-Encoding': 'gzip' });
      expect([svg.headers['content-encoding'], svg.headers['content-type'], svg.headers['cache-control']]).toEqual([
        'gzip',
        'image/svg+xml',
        'no-cache',
      ]);
      expect(zlib.gunzipSync(svg.body).toString()).toBe(ICON);
      const manifest = await rawGet(booted.baseUrl, '/manifest.webmanifest', { 'Accept-Encoding': 'br' });
      expect(manifest.headers['content-encoding']).toBe('br');
      expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    });

    it('compresses index.html at / and on a deep link (SPA fallback), never cached', async () => {
      for (const url of ['/', '/toko/produk/baru']) {
        const res = await rawGet(booted.baseUrl, url, { 'Accept-Encoding': 'gzip, deflate, br' });
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding']).toBe('br');
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['vary']).toMatch(/accept-encoding/i);
        expect(zlib.brotliDecompressSync(res.body).toString()).toBe(PAGE);
        const plain = await rawGet(booted.baseUrl, url);
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body.toString()).toBe(PAGE);
      }
    });

    it('revalidates index.html with its ETag per copy', async () => {
      const first = await rawGet(booted.baseUrl, '/', { 'Accept-Encoding': 'br' });
      const again = await rawGet(booted.baseUrl, '/', { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
      expect(again.status).toBe(304);
      const plain = await rawGet(booted.baseUrl, '/');
      expect(plain.headers.etag).not.toBe(first.headers.etag);
    });

    it('reads Accept-Encoding as browsers and proxies write it', () => {
      expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
      expect(acceptedCodings('gzip;q=1.0, br;q=0.5')).toEqual(['br', 'gzip', 'identity']);
      expect(acceptedCodings('*')).toEqual(['br', 'gzip', 'identity']);
      expect(acceptedCodings('*;q=0.1, br;q=0')).toEqual(['gzip', 'identity']);
      expect(acceptedCodings('GZIP')).toEqual(['gzip', 'identity']);
      expect(acceptedCodings('')).toEqual(['identity']);
      expect(acceptedCodings(undefined)).toEqual(['identity']);
    });
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

  it('sends a hashed asset with only the headers that mean something for it, and the page with the whole policy', async () => {
    const asset = await rawGet(booted.baseUrl, '/assets/words-d4e5f6.js', { 'Accept-Encoding': 'br' });
    expect(asset.status).toBe(200);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-site');
    const dropped = ['content-security-policy', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'last-modified'];
    expect(dropped.filter((name) => asset.headers[name] !== undefined)).toEqual([]);
    // Everything but the body: on a phone's first load this is paid for 30 to 50 times.
    const headerBytes = Object.entries(asset.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
    expect(headerBytes).toBeLessThan(450);

    const page = await rawGet(booted.baseUrl, '/', { 'Accept-Encoding': 'br' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['etag']).toBeDefined();
    // A missing asset is answered by the API's error path.
    const missing = await rawGet(booted.baseUrl, '/assets/gone-000000.js');
    expect(missing.status).toBe(404);
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
