import http from 'node:http';
import zlib from 'node:zlib';
import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../../test/api-client.js';
import { facilitatorClass, member, type Member, postProduct } from '../../../test/orders-fixtures.js';
import { COMPRESS_FROM_BYTES } from './compress-answers.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

/** A GET as a phone sends it, with the bytes as they came over the wire (fetch would decompress them). */
function rawGet(baseUrl: string, path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe("the API's answers, compressed when the phone takes it", () => {
  let booted: BootedApp;
  let api: ApiClient;
  let trainee: Member;
  let listing: string;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const kelas = await facilitatorClass(api, 'Rina');
    trainee = await member(api, kelas.joinCode, 'Sriyati');
    for (let n = 1; n <= 6; n++) await postProduct(api, trainee.token, { title: `Gula Aren Asli Pringsewu ${n} kg` });
    listing = `/api/classes/${kelas.classId}/products`;
  });
  afterAll(async () => {
    await booted.close();
  });

  const get = (path: string, acceptEncoding?: string, more: Record<string, string> = {}) =>
    rawGet(booted.baseUrl, path, { authorization: `Bearer ${trainee.token}`, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }), ...more });

  it('sends the class market gzipped to a phone on plain http, the same JSON in a fraction of the bytes', async () => {
    const plain = await get(listing);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(COMPRESS_FROM_BYTES);

    // What Chromium sends over http (brotli only over https).
    const gzipped = await get(listing, 'gzip, deflate');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gzipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.bytes.length);
    expect(JSON.parse(zlib.gunzipSync(gzipped.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });

  it('sends brotli where the browser takes it, and nothing compressed where it refuses both', async () => {
    const plain = await get(listing, 'identity');
    const brotli = await get(listing, 'gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(brotli.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));

    expect(plain.headers['content-encoding']).toBeUndefined();
    // The answer depends on Accept-Encoding even when it was not compressed: a cache must keep the versions apart.
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    const refused = await get(listing, 'gzip;q=0, br;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('leaves a small answer as it is: compressing would add bytes', async () => {
    const health = await get('/api/health', 'gzip, deflate');
    expect(health.status).toBe(200);
    expect(health.bytes.length).toBeLessThan(COMPRESS_FROM_BYTES);
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('still answers 304 to a phone that has this version (its ETag), with no body', async () => {
    const first = await get(listing, 'gzip, deflate');
    const etag = first.headers['etag']!;
    expect(etag).toBeDefined();
    const again = await get(listing, 'gzip, deflate', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    // A new product changes the answer: the old version is not 304.
    await postProduct(api, trainee.token, { title: 'Keripik Pisang Lampung 250 g' });
    const changed = await get(listing, 'gzip, deflate', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(zlib.gunzipSync(changed.bytes).toString('utf8')).toContain('Keripik Pisang Lampung');
  });
});
