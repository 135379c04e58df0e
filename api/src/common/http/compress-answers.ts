// The API's answers go out compressed when the phone takes it and they are worth it: the class market's 12 products
// are 8 KB of JSON, and a phone on the hall's plain http (no nginx in front: `npm start` on the laptop) received every
// answer as it was. The built client's files are compressed at build time instead (web/client-static.ts).
//
// Each answer is whole in memory when Fastify sends it (the route's object already turned into JSON text), so it is
// compressed in one call, not through a stream: gzip at level 6 (what the browsers on plain http take), brotli at
// quality 4 where a browser takes it (over https). The ETag is then computed on the bytes sent (answer-etags.ts), so a
// 304 still spares a phone the body.
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import vary from 'vary';
import { acceptedCodings } from './content-coding.js';

/** Smaller answers gain a few bytes at most, less than the coding's own header. */
export const COMPRESS_FROM_BYTES = 1024;

const COMPRESSIBLE = /^(application\/json|text\/csv|text\/plain)\b/i;

function compress(body: Buffer, coding: 'br' | 'gzip'): Buffer {
  return coding === 'br'
    ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : zlib.gzipSync(body, { level: 6 });
}

/** How many answers' compressed bytes are kept, and up to what size each (a few MB at most). */
export const RECENT_ANSWERS = 32;
const RECENT_MAX_BYTES = 64 * 1024;

/**
 * The compressed bytes of the last few answers, by their whole text: the class market is the same answer for every
 * phone of the class until something in it changes (one read per class a second, catalog/storefront-cache.ts), and
 * 30 phones read it again together after each class event, so it is compressed once for all of them. Compressing
 * the 8 KB market at gzip level 6 takes about 50 µs (1 KB out); with this, 16 readers at once cost the app 626 µs of
 * CPU a market gzipped against 617 µs uncompressed (7 Dec 2026).
 */
export class RecentlyCompressed {
  private readonly kept = new Map<string, Buffer>();

  constructor(private readonly size = RECENT_ANSWERS) {}

  bytes(body: string, coding: 'br' | 'gzip'): Buffer {
    if (body.length > RECENT_MAX_BYTES) return compress(Buffer.from(body, 'utf8'), coding);
    const key = coding + body;
    const hit = this.kept.get(key);
    if (hit) {
      this.kept.delete(key); // most recently used last
      this.kept.set(key, hit);
      return hit;
    }
    const made = compress(Buffer.from(body, 'utf8'), coding);
    this.kept.set(key, made);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return made;
  }
}

/** Fastify's onSend hook, for the API's answers: the text it was going to send, or its compressed bytes. */
export function compressAnswers() {
  const recent = new RecentlyCompressed();
  return (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void): void => {
    // Every answer of ours reaches it as text (JSON, CSV); a Buffer (a QR code's PNG) goes out as it is.
    if (typeof payload !== 'string' || !request.url.startsWith('/api')) return done(null, payload);
    const type = String(reply.getHeader('Content-Type') ?? '');
    if (!COMPRESSIBLE.test(type) || reply.getHeader('Content-Encoding') !== undefined) return done(null, payload);
    if (Buffer.byteLength(payload, 'utf8') < COMPRESS_FROM_BYTES) return done(null, payload);
    // A cache between the phone and the app must keep the two versions apart.
    reply.header('Vary', vary.append(String(reply.getHeader('Vary') ?? ''), 'Accept-Encoding'));
    const coding = acceptedCodings(request.headers['accept-encoding'])[0]!;
    if (coding === 'identity' || request.method === 'HEAD') return done(null, payload);
    if (!/;\s*charset=/i.test(type)) reply.header('Content-Type', `${type}; charset=utf-8`);
    reply.header('Content-Encoding', coding);
    done(null, recent.bytes(payload, coding));
  };
}
