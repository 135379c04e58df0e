import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { GPS_IFD_POINTER, GPS_LATITUDE_REF, photoJpeg, readExif } from '../../test/images.js';

describe('photo uploads: decoded, cleaned, stored as WebP by content hash', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let facilitatorToken: string;
  let trainee: { token: string; participantId: string };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-media-'));

  const upload = (bytes: Buffer, filename = 'foto.jpg', contentType = 'image/jpeg', token = trainee.token) =>
    api.upload('/api/media', { bytes, filename, contentType }, { token });

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, DATA_DIR: dataDir } });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    facilitatorToken = (await createFacilitator(api, admin, 'Rina')).token;
    const kelas = await createClass(api, facilitatorToken, 'Kelas Foto');
    trainee = await joinClass(api, kelas.joinCode, 'Sriyati');
  });
  afterAll(async () => {
    await booted.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns a phone JPEG with EXIF GPS into upright WebP sizes that carry no metadata at all', async () => {
    // 2000×1000 as stored, shot with the phone turned (EXIF orientation 6: rotate 90°), with a GPS position.
    const input = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#8b5a2b' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'HP Murah', Model: 'A1' }, IFD3: { GPSLatitudeRef: 'S', GPSLongitudeRef: 'E' } })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    const exif = readExif(before.exif!);
    expect(exif.ifd0.has(GPS_IFD_POINTER)).toBe(true);
    expect(exif.gps.get(GPS_LATITUDE_REF)).toBe('S');

    const res = await upload(input);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      width: 480,
      height: 960,
      urls: {
        thumb: `/media/${res.body.id}-thumb.webp`,
        card: `/media/${res.body.id}-card.webp`,
        full: `/media/${res.body.id}-full.webp`,
      },
    });

    for (const [size, longSide] of [['thumb', 160], ['card', 480], ['full', 960]] as const) {
      const file = path.join(dataDir, 'media', res.body.id.slice(0, 2), `${res.body.id}-${size}.webp`);
      expect(fs.existsSync(file)).toBe(true);
      const served = await fetch(`${booted.baseUrl}${res.body.urls[size]}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // A photo runs under the page's policy, not its own: only nosniff and CORP (security-headers.ts).
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cross-origin-resource-policy')).toBe('same-site');
      expect(['content-security-policy', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy'].filter((name) => served.headers.has(name))).toEqual([]);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.equals(fs.readFileSync(file))).toBe(true);
      const after = await sharp(bytes).metadata();
      expect(after.format).toBe('webp');
      expect(Math.max(after.width!, after.height!)).toBe(longSide);
      expect(after.height!).toBeGreaterThan(after.width!); // upright: portrait, as the phone was held
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
    }
  });

  it('names the picture by the sha256 of its full-size WebP and stores a repeated upload once', async () => {
    const input = await photoJpeg(300, 200);
    const first = await upload(input);
    const second = await upload(input);
    expect(second.body.id).toBe(first.body.id);
    const full = fs.readFileSync(path.join(dataDir, 'media', first.body.id.slice(0, 2), `${first.body.id}-full.webp`));
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(full).digest('hex')).toBe(first.body.id);
    const db = booted.app.get(DataSource);
    expect(await db.query(`SELECT width, height, participant_id FROM media WHERE hash = $1`, [first.body.id])).toEqual([
      { width: 300, height: 200, participant_id: trainee.participantId },
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM media_upload WHERE media_hash = $1`, [first.body.id])).toEqual([{ n: 1 }]);
  });

  it('never enlarges a small picture', async () => {
    const res = await upload(await photoJpeg(300, 200));
    const card = await sharp(fs.readFileSync(path.join(dataDir, 'media', res.body.id.slice(0, 2), `${res.body.id}-card.webp`))).metadata();
    expect([res.body.width, res.body.height]).toEqual([300, 200]);
    expect([card.width, card.height]).toEqual([300, 200]);
  });

  it('lets a facilitator upload (for demo chats and products later)', async () => {
    const res = await upload(await photoJpeg(), 'foto.jpg', 'image/jpeg', facilitatorToken);
    expect(res.status).toBe(201);
  });

  it('refuses a text file named .jpg and sent as image/jpeg: NOT_AN_IMAGE', async () => {
    const res = await upload(Buffer.from('Ini bukan foto, hanya teks biasa.\n'.repeat(20)), 'gula-aren.jpg', 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'NOT_AN_IMAGE', message: expect.any(String) });
  });

  it('refuses a JPEG cut off half way: NOT_AN_IMAGE', async () => {
    const whole = await photoJpeg(640, 480);
    const res = await upload(whole.subarray(0, Math.floor(whole.length / 3)));
    expect(res.body.code).toBe('NOT_AN_IMAGE');
  });

  it('refuses a decompression bomb (a small PNG of 100 megapixels) before decoding it: IMAGE_TOO_MANY_PIXELS', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024); // small on the wire, 300 MB once decoded
    const started = Date.now();
    const res = await upload(bomb, 'bom.png', 'image/png');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMAGE_TOO_MANY_PIXELS');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['GIF', () => sharp({ create: { width: 20, height: 20, channels: 3, background: '#00ff00' } }).gif().toBuffer()],
    ['TIFF', () => sharp({ create: { width: 20, height: 20, channels: 3, background: '#00ff00' } }).tiff().toBuffer()],
    ['SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20"/></svg>')],
  ])('refuses a %s picture, whatever it is called: UNSUPPORTED_IMAGE_TYPE', async (_format, make) => {
    const res = await upload(await make(), 'foto.jpg', 'image/jpeg');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_IMAGE_TYPE');
  });

  it('accepts PNG and WebP as well as JPEG', async () => {
    const base = sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } });
    expect((await upload(await base.clone().png().toBuffer(), 'a.png', 'image/png')).status).toBe(201);
    expect((await upload(await base.clone().webp().toBuffer(), 'a.webp', 'image/webp')).status).toBe(201);
  });

  it('refuses a file over 8 MB: IMAGE_TOO_LARGE', async () => {
    const res = await upload(Buffer.alloc(9 * 1024 * 1024, 1), 'besar.jpg');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('IMAGE_TOO_LARGE');
  });

  it('asks for the file when none is sent: IMAGE_REQUIRED', async () => {
    const res = await api.post('/api/media', { file: 'not a file' }, { token: trainee.token });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMAGE_REQUIRED');
  });

  it('refuses an upload from someone not signed in', async () => {
    const res = await api.upload('/api/media', { bytes: await photoJpeg(), filename: 'a.jpg', contentType: 'image/jpeg' });
    expect(res.status).toBe(401);
  });

  it('answers a picture that does not exist with a JSON 404', async () => {
    for (const url of [`/media/${'0'.repeat(64)}-card.webp`, '/media/not-a-picture.webp', '/media/..%2F..%2Fetc%2Fpasswd']) {
      const res = await fetch(`${booted.baseUrl}${url}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ statusCode: 404, code: 'MEDIA_NOT_FOUND', message: expect.any(String) });
    }
  });

  it('limits one participant to 60 uploads in 10 minutes', async () => {
    const kelas = await createClass(api, facilitatorToken, 'Kelas Batas Unggah');
    const text = Buffer.from('bukan foto');
    // The limit counts in fixed 10-minute windows of the wall clock (common/rate-limit): a burst that runs across a
    // window's turn starts counting again, so it is tried once more, by someone new, in the window that follows.
    const windowOf = (ms: number) => Math.floor(ms / 600_000);
    let statuses: number[] = [];
    for (const name of ['Marni', 'Marni Dua']) {
      const busy = await joinClass(api, kelas.joinCode, name);
      const started = Date.now();
      statuses = [];
      for (let i = 0; i < 61; i++) statuses.push((await upload(text, 'a.jpg', 'image/jpeg', busy.token)).status);
      if (windowOf(started) === windowOf(Date.now())) break;
    }
    expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
    expect(statuses[60]).toBe(429);
    // Someone else in the class is not affected.
    expect((await upload(await photoJpeg())).status).toBe(201);
  });
});
