// Uploads under overload (issue 15, defect 7): oversize bodies refused with 413 before they are read and without a
// connection reset; uploads streamed to disk (memory stays flat for many parallel 6 MB uploads); photo decoding
// bounded (48 parallel 40-megapixel uploads: each 201 or 503 SERVER_BUSY with Retry-After, never 500).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { rawUpload, tally } from '../../test/raw-upload.js';
import { MAX_UPLOAD_BYTES } from './image-rules.js';
import { IMAGE_WORKERS, MediaService } from './media.service.js';

const MB = 1024 * 1024;

/** Waits for `promise`, or `ms` at most (and leaves no timer behind). */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

describe('photo uploads under overload', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let joinCode: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-overload-'));
  const tempDir = path.join(dataDir, 'tmp', 'uploads');
  const trainee = async (name: string) => (await joinClass(api, joinCode, name)).token;
  const leftovers = () => (fs.existsSync(tempDir) ? fs.readdirSync(tempDir) : []);

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, DATA_DIR: dataDir } });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const facilitator = (await createFacilitator(api, admin, 'Rina')).token;
    joinCode = (await createClass(api, facilitator, 'Kelas Beban')).joinCode;
  });
  afterAll(async () => {
    await booted.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // First in the file, so the memory other tests freed (and the allocator kept) cannot hide a rise.
  it('streams uploads to disk: 48 parallel 6 MB uploads in flight at once barely move the memory', async () => {
    const token = await trainee('Sriyati');
    const file = randomBytes(6 * MB); // not a picture: refused NOT_AN_IMAGE once it has been received whole
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    // Every upload sends its whole file but holds back the closing boundary, so all 48 files are in the server at once.
    let release!: () => void;
    const holdTail = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    let outcomes!: Promise<Awaited<ReturnType<typeof rawUpload>>[]>;
    const allSent = new Promise<void>((resolve) => {
      const onFileSent = () => ++sent === 48 && resolve();
      outcomes = Promise.all(Array.from({ length: 48 }, () => rawUpload(booted.baseUrl, { token, file, onFileSent, holdTail })));
    });
    await within(allSent, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the server reads what the sockets still buffer
    const held = Math.round((Math.max(peak, process.memoryUsage().rss) - baseline) / MB);
    release();
    const counts = tally(await outcomes);
    clearInterval(sampler);
    process.stdout.write(`48 parallel 6 MB uploads (${sent} sent whole): RSS ${Math.round(baseline / MB)} MB, +${held} MB while all were in flight\n`);
    expect(sent).toBe(48);
    // Released at once, more reach the photo queue than it holds: those are told to come back.
    expect(Object.keys(counts).filter((key) => key !== '400 NOT_AN_IMAGE' && key !== '503 SERVER_BUSY')).toEqual([]);
    // Held in memory, the 48 files alone are 288 MB. Streamed to disk, the rise is a few stream buffers per upload;
    // 120 MB leaves room for a busy machine's garbage collector.
    expect(held).toBeLessThan(120);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a body whose Content-Length is over the limit with 413 before reading it, then closes cleanly', async () => {
    const token = await trainee('Wati');
    const socket = net.connect(Number(new URL(booted.baseUrl).port), '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let received = '';
    let error: string | null = null;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    const boundary = '----pasarlatihan';
    socket.write(
      `POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${26 * MB}\r\n\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    socket.write(randomBytes(64 * 1024));
    // Only 64 KB of the announced 26 MB were sent: an answer now was given without waiting for (reading) the body.
    await within(ended, 10_000);
    socket.destroy();
    expect(error).toBeNull();
    const [head, body] = received.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(body!)).toEqual({ statusCode: 413, code: 'IMAGE_TOO_LARGE', message: expect.any(String) });
  });

  it('tells a client that asks first (Expect: 100-continue) 413 instead of 100 Continue, so it never sends the body', async () => {
    const token = await trainee('Tini');
    const socket = net.connect(Number(new URL(booted.baseUrl).port), '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    socket.write(
      `POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nExpect: 100-continue\r\n` +
        `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${26 * MB}\r\n\r\n`,
    );
    await within(ended, 10_000);
    socket.destroy();
    expect(received).not.toMatch(/100 Continue/);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received).toContain('"code":"IMAGE_TOO_LARGE"');
  });

  it('answers 48 parallel 26 MB uploads with 413, not connection resets, and any other oversize body with PAYLOAD_TOO_LARGE', async () => {
    const token = await trainee('Marni');
    const file = Buffer.alloc(26 * MB, 7);
    const outcomes = await Promise.all(Array.from({ length: 48 }, () => rawUpload(booted.baseUrl, { token, file })));
    expect(tally(outcomes)).toEqual({ '413 IMAGE_TOO_LARGE': 48 });
    expect(outcomes[0]!.headers!.connection).toBe('close');

    const elsewhere = await rawUpload(booted.baseUrl, { token, file: Buffer.alloc(9 * MB), path: '/api/shops/mine' });
    expect(tally([elsewhere])).toEqual({ '413 PAYLOAD_TOO_LARGE': 1 });
    expect(leftovers()).toEqual([]);
  });

  it('refuses a chunked body (no Content-Length) over the limit with 413 IMAGE_TOO_LARGE and removes the partial file', async () => {
    const token = await trainee('Sumi');
    const outcome = await rawUpload(booted.baseUrl, { token, file: Buffer.alloc(MAX_UPLOAD_BYTES + 2 * MB, 3), chunked: true });
    expect(tally([outcome])).toEqual({ '413 IMAGE_TOO_LARGE': 1 });
    expect(outcome.body).toEqual({ statusCode: 413, code: 'IMAGE_TOO_LARGE', message: expect.any(String) });
    expect(leftovers()).toEqual([]);
  });

  it('bounds photo work: 48 parallel 40-megapixel uploads each get 201 or 503 SERVER_BUSY with Retry-After, never 500', async () => {
    const tokens = await Promise.all(Array.from({ length: 4 }, (_, i) => trainee(`Penjual ${i}`)));
    // 7746×5164 ≈ 40 MP, a full-resolution phone photo (one picture: making 48 would take longer than the test;
    // a repeated picture is decoded again all the same).
    const picture = await sharp({ create: { width: 7746, height: 5164, channels: 3, background: '#3c78c8' } }).jpeg({ quality: 80 }).toBuffer();
    const photos = Array.from({ length: 48 }, () => picture);
    const media = booted.app.get(MediaService);
    let peakRunning = 0;
    const sampler = setInterval(() => (peakRunning = Math.max(peakRunning, media.imageWork.stats.running)), 5);
    const started = Date.now();
    const outcomes = await Promise.all(photos.map((file, i) => rawUpload(booted.baseUrl, { token: tokens[i % 4]!, file })));
    clearInterval(sampler);
    const counts = tally(outcomes);
    process.stdout.write(`48 parallel 40 MP uploads in ${Date.now() - started} ms: ${JSON.stringify(counts)}, peak sharp jobs ${peakRunning}\n`);

    expect(Object.keys(counts).filter((key) => key !== '201' && key !== '503 SERVER_BUSY')).toEqual([]);
    expect(counts['201']).toBeGreaterThanOrEqual(IMAGE_WORKERS);
    expect(peakRunning).toBeLessThanOrEqual(IMAGE_WORKERS);
    for (const outcome of outcomes) {
      if (outcome.status === 201) expect(Math.max(outcome.body.width, outcome.body.height)).toBe(960);
      if (outcome.status === 503) {
        expect(outcome.body).toEqual({ statusCode: 503, code: 'SERVER_BUSY', message: expect.any(String) });
        expect(Number(outcome.headers!['retry-after'])).toBeGreaterThanOrEqual(1);
      }
    }
    expect(leftovers()).toEqual([]);
  }, 90_000);
});
