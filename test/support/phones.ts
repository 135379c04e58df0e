// Phones that speak plain HTTP to the running app, as the client does: each has its own LAN address (the app trusts
// loopback proxies, so X-Forwarded-For stands in for it), its own token, and every call is timed and tallied by step.
// The reliability suites (test/fault/money-under-faults, test/load/load-held) share them.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  text: string;
  ms: number;
  /** How often the phone asked (more than once after a 503 it waited out), and whether the last 503 said nothing was done. */
  asked?: number;
  nothingDone?: boolean;
}

/** Every answer by step: latencies, status counts, and the 5xx bodies. */
export class Tally {
  /** Calls sent and not yet answered (step and path), for a trace of where a run hangs. */
  readonly inFlight = new Set<string>();
  readonly latencies = new Map<string, number[]>();
  readonly statuses = new Map<number, number>();
  /** 5xx answers a phone got as its last word: what its user would be shown. */
  readonly serverErrors: { step: string; status: number; text: string }[] = [];
  /** 503s the phone waited out and asked again, as the client does (`Phone.retriesLikeClient`), by step and code. */
  readonly retried = new Map<string, number>();
  transportErrors = 0;

  add(step: string, status: number, ms: number, text: string, retried = false): void {
    const list = this.latencies.get(step) ?? [];
    list.push(ms);
    this.latencies.set(step, list);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (retried) {
      const key = `${step} ${status} ${errorCode(text) ?? ''}`.trim();
      this.retried.set(key, (this.retried.get(key) ?? 0) + 1);
    } else if (status >= 500) this.serverErrors.push({ step, status, text: text.slice(0, 300) });
  }

  /** "503 retried 3 (join: class card 503 SERVER_BUSY ×2, …)". */
  retriedLine(): string {
    let n = 0;
    for (const count of this.retried.values()) n += count;
    const parts = [...this.retried].map(([key, count]) => `${key} ×${count}`);
    return `503 waited out and asked again ${n}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  }

  get requests(): number {
    let n = 0;
    for (const count of this.statuses.values()) n += count;
    return n;
  }

  count(predicate: (status: number) => boolean): number {
    let n = 0;
    for (const [status, count] of this.statuses) if (predicate(status)) n += count;
    return n;
  }

  /** p50/p95/p99/max per step, in ms, slowest p99 first. */
  percentiles(): { step: string; n: number; p50: number; p95: number; p99: number; max: number }[] {
    return [...this.latencies]
      .map(([step, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
        return { step, n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(sorted.at(-1)!) };
      })
      .sort((a, b) => b.p99 - a.p99);
  }

  table(): string {
    const rows = this.percentiles();
    const width = Math.max(4, ...rows.map((row) => row.step.length));
    const line = (cells: (string | number)[]) => `${String(cells[0]).padEnd(width)}  ${cells.slice(1).map((c) => String(c).padStart(7)).join(' ')}`;
    return [line(['step', 'n', 'p50', 'p95', 'p99', 'max']), ...rows.map((row) => line([row.step, row.n, row.p50, row.p95, row.p99, row.max]))].join('\n');
  }
}

let ipCounter = 0;
let flights = 0;
/** A fresh LAN address per phone (10.88.x.y), so per-address limits count per phone as in the hall. */
export function nextPhoneIp(): string {
  ipCounter++;
  return `10.88.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export interface CallOptions {
  body?: unknown;
  form?: FormData;
  /** Sent as Idempotency-Key. */
  key?: string;
  token?: string | null;
  timeoutMs?: number;
  /** The address of another device the call comes from (the payer's bank app); this phone's by default. */
  from?: string;
}

function errorCode(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The client's rule (client/src/shared/api/http.ts, `busyRetryDelay`; the photo upload in upload-photo.ts): a 503
 * SERVER_BUSY or DATABASE_UNAVAILABLE with Retry-After is waited out and asked again, at most twice, when asking again
 * cannot do anything twice: GET, HEAD, PUT, DELETE, a call with an Idempotency-Key, the photo upload (stored by its
 * content), and any call whose 503 says `X-Nothing-Done: true` (the server wrote nothing for it). Wait: Retry-After; a longer one than 10 s is shown to the user instead.
 */
export const CLIENT_BUSY_RETRIES = 2;
const REPEATABLE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
function clientRetryMs(method: string, path: string, options: CallOptions, status: number, headers: Headers, text: string): number | null {
  const retryAfter = headers.get('retry-after');
  if (status !== 503 || retryAfter === null) return null;
  const code = errorCode(text);
  if (code !== 'SERVER_BUSY' && code !== 'DATABASE_UNAVAILABLE') return null;
  const nothingDone = headers.get('x-nothing-done') === 'true';
  if (!nothingDone && !REPEATABLE_METHODS.has(method) && !options.key && !(method === 'POST' && path === '/api/media')) return null;
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 10) return null;
  return Math.max(500, seconds * 1000);
}

/** A phone (or the facilitator's laptop): JSON calls with its token and address, timed into the tally. */
export class Phone {
  token: string | undefined;
  /** Waits out a 503 and asks again as the real client does (see `clientRetryMs`); off by default. */
  retriesLikeClient = false;

  constructor(
    readonly baseUrl: string,
    readonly tally: Tally,
    readonly ip: string = nextPhoneIp(),
  ) {}

  /**
   * One HTTP call (with the client's waits and repeats of a 503 when `retriesLikeClient`); throws only when no answer
   * came (connection refused or cut, timeout).
   */
  async call<T = unknown>(step: string, method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
    for (let attempt = 0; ; attempt++) {
      const { reply, headers } = await this.once<T>(step, method, path, options);
      const wait = this.retriesLikeClient && attempt < CLIENT_BUSY_RETRIES ? clientRetryMs(method, path, options, reply.status, headers, reply.text) : null;
      this.tally.add(step, reply.status, reply.ms, reply.text, wait !== null);
      if (wait === null) return { ...reply, asked: attempt + 1, nothingDone: headers.get('x-nothing-done') === 'true' };
      await pause(wait);
    }
  }

  private async once<T>(step: string, method: string, path: string, options: CallOptions): Promise<{ reply: Reply<T>; headers: Headers }> {
    const headers: Record<string, string> = { 'x-forwarded-for': options.from ?? this.ip };
    const token = options.token === undefined ? this.token : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.key) headers['idempotency-key'] = options.key;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    let res: Response;
    let text: string;
    const flight = `${step} ${method} ${path} #${++flights}`;
    this.tally.inFlight.add(flight);
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      text = await res.text();
    } catch (error) {
      this.tally.transportErrors++;
      throw error;
    } finally {
      this.tally.inFlight.delete(flight);
    }
    const ms = performance.now() - started;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { reply: { status: res.status, body: body as T, text, ms }, headers: res.headers };
  }

  /** The call, which must answer with one of these statuses (2xx by default). */
  async expect<T = unknown>(step: string, method: string, path: string, options: CallOptions = {}, ok: (status: number) => boolean = is2xx): Promise<Reply<T>> {
    const reply = await this.call<T>(step, method, path, options);
    if (!ok(reply.status)) {
      const asked = reply.status === 503 ? ` (asked ${reply.asked ?? 1}×, X-Nothing-Done ${reply.nothingDone ? 'true' : 'absent'})` : '';
      throw new Error(`${step}: ${method} ${path} → ${reply.status} ${reply.text.slice(0, 300)}${asked}`);
    }
    return reply;
  }
}

export const is2xx = (status: number) => status >= 200 && status < 300;

/** A small product photo (400×300 JPEG, as a phone's compressed upload), made once per colour. */
const photos = new Map<string, Promise<Buffer>>();
export function productPhoto(fill = '#7a4a1e'): Promise<Buffer> {
  let photo = photos.get(fill);
  if (!photo) {
    photo = sharp(
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
        <rect width="400" height="300" fill="#f3e3c3"/><ellipse cx="200" cy="170" rx="160" ry="90" fill="#3f7d3a"/>
        <rect x="125" y="95" width="150" height="110" rx="14" fill="${fill}"/></svg>`),
    )
      .jpeg({ quality: 80 })
      .toBuffer();
    photos.set(fill, photo);
  }
  return photo;
}

export function photoForm(jpeg: Buffer): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'produk.jpg');
  return form;
}

export const BUYER_ADDRESS = { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Teuku Umar No. 5, Kedaton', regencyCode: '18.71', district: 'Kedaton' };

/** The checkout body of one product, JNE REG, BCA virtual account. */
export function orderBody(productId: string, shopId: string, quantity = 1) {
  return { address: BUYER_ADDRESS, items: [{ productId, quantity }], shops: [{ shopId, courierCode: 'jne-reg' }], paymentMethod: 'bca_va' };
}

export const newKey = () => randomUUID();

export function product(title: string) {
  return {
    title,
    description: 'Gula aren cetak dari nira asli Pekon Ambarawa, tanpa campuran. Tahan 6 bulan.',
    price: 25_000,
    stock: 10_000,
    weightGrams: 1000,
    category: 'gula-aren',
  };
}

/** Resolves after `ms`; for pacing phones (think time) and retry backoff, never to wait for a condition. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
