// Every answer with a body carries an ETag of the bytes sent, and a GET that already has them is answered 304 with no
// body: a phone that reads the class market again after an event that did not change it gets a few bytes, not 8 KB.
// The tag and the freshness rules are Express's own (`etag` weak, `fresh`), which the app answered with before
// Fastify, so the phones' caches kept their meaning across the change.
import etag from 'etag';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';

/** Fastify's onSend hook, after compression. */
export function answerEtags() {
  return (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void): void => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    if (reply.getHeader('ETag') === undefined) reply.header('ETag', etag(payload, { weak: true }));
    const status = reply.statusCode;
    const asked = request.method === 'GET' || request.method === 'HEAD';
    if (asked && ((status >= 200 && status < 300) || status === 304) && isFresh(request, reply)) {
      reply.code(304);
      reply.removeHeader('Content-Type');
      reply.removeHeader('Content-Length');
      return done(null, '');
    }
    done(null, payload);
  };
}

function isFresh(request: FastifyRequest, reply: FastifyReply): boolean {
  return fresh(request.headers, { etag: reply.getHeader('ETag') as string | undefined, 'last-modified': reply.getHeader('Last-Modified') as string | undefined });
}
