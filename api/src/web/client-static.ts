// Serves the built client on the same port as the API: hashed assets cached for a year,
// index.html never cached, and every other page path answered with index.html (SPA fallback).
// Text files are sent precompressed when the browser takes it: the build writes `<file>.br` and `<file>.gz`
// beside them (client/build/precompress.ts), and the copy is chosen by Accept-Encoding, brotli first.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import send from 'send';
import vary from 'vary';
import { acceptedCodings, type Coding } from '../common/http/content-coding.js';
import { pathOf } from '../common/http/url-path.js';
// Uploaded pictures (`/media/…`) are the API's: a missing one is a JSON 404, never the page.
const NOT_FOR_THE_CLIENT = /^\/(api|socket\.io|media)(\/|$)/;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What the build precompresses (client/build/precompress.ts), with the type each is sent as. */
const COMPRESSIBLE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

function cacheControlFor(relative: string): string {
  return relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : 'no-cache';
}

/**
 * Fastify's onRequest hook, ahead of the routes: a GET for a file of dist/ sends it, any other page path of the client
 * sends index.html; the API, the sockets and the pictures go on to their routes, as does a missing hashed asset (a real
 * 404, not a page: answering HTML there breaks module loading).
 */
export function serveClientFiles(clientDistDir: string) {
  const root = path.resolve(clientDistDir);
  const indexFile = path.join(root, 'index.html');

  /** Sends `file` of dist/ through `send` (ETag, Last-Modified unless immutable, 304), the headers already set. */
  const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, options: send.SendOptions): void => {
    // As Express's sendFile: the path within the root, URL-encoded (send decodes it).
    const within = encodeURI(path.relative(root, file).split(path.sep).join('/'));
    send(req, within, { root, cacheControl: false, index: false, ...options })
      .on('error', () => {
        if (res.headersSent) return void res.destroy();
        res.statusCode = 404;
        res.end();
      })
      .pipe(res);
  };

  /**
   * Sends `file` (a text file of dist/) as its best precompressed copy for this request, or as it is; false when the
   * file is not one the build compresses. Content-Type comes from the file's own extension, Content-Length from the
   * copy sent; the answer varies by Accept-Encoding either way.
   */
  const sendCompressible = (req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string): boolean => {
    const type = COMPRESSIBLE_TYPES[path.extname(file)];
    if (!type) return false;
    vary(res, 'Accept-Encoding');
    for (const coding of acceptedCodings(req.headers['accept-encoding'])) {
      const copy = coding === 'identity' ? file : `${file}${SUFFIX[coding]}`;
      if (coding !== 'identity' && !fs.existsSync(copy)) continue;
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', cacheControl);
      if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
      // Ranges of a compressed copy would confuse caches and gain nothing for files this small.
      // A hashed file never changes under its name: no date to revalidate it by (the ETag stays).
      sendFile(req, res, copy, { acceptRanges: false, lastModified: cacheControl !== IMMUTABLE });
      return true;
    }
    return false;
  };

  /** What a page or file path is answered with; null when it is not the client's (it goes on to the routes). */
  const planFor = (urlPath: string): { file: string; cacheControl: string } | 'not built' | null => {
    let relative: string;
    try {
      relative = path.normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
    } catch {
      return null; // a malformed escape: not a file of ours
    }
    const file = path.join(root, relative);
    // Inside dist/ only, a real file, and never a precompressed copy asked for by its own name.
    if (relative && file.startsWith(`${root}${path.sep}`) && !/\.(br|gz)$/.test(file) && isFile(file)) {
      return { file, cacheControl: cacheControlFor(relative) };
    }
    // The page paths of the client (`/kelas/…`) are index.html; a missing hashed asset goes on to the JSON 404.
    if (urlPath.startsWith('/assets/')) return null;
    return fs.existsSync(indexFile) ? { file: indexFile, cacheControl: 'no-cache' } : 'not built';
  };

  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const urlPath = pathOf(request.url);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_FOR_THE_CLIENT.test(urlPath)) return done();
    const plan = planFor(urlPath);
    if (!plan) return done();
    // Answered here, outside Fastify's reply: `send` writes to the response itself.
    reply.hijack();
    const { raw: req } = request;
    const { raw: res } = reply;
    if (plan === 'not built') {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The client is not built yet: run `npm run build`.');
      return;
    }
    if (sendCompressible(req, res, plan.file, plan.cacheControl)) return;
    res.setHeader('Cache-Control', plan.cacheControl);
    sendFile(req, res, plan.file, {});
  };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
