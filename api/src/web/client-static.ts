// Serves the built client on the same port as the API: hashed assets cached for a year,
// index.html never cached, and every other page path answered with index.html (SPA fallback).
// Text files are sent precompressed when the browser takes it: the build writes `<file>.br` and `<file>.gz`
// beside them (client/build/precompress.ts), and the copy is chosen by Accept-Encoding, brotli first.
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { acceptedCodings, type Coding } from '../common/http/content-coding.js';

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

export function clientStaticHandlers(clientDistDir: string): RequestHandler[] {
  const root = path.resolve(clientDistDir);
  const indexFile = path.join(root, 'index.html');

  /**
   * Sends `file` (a text file of dist/) as its best precompressed copy for this request, or as it is; false when the
   * file is not one the build compresses. Content-Type comes from the file's own extension, Content-Length from the
   * copy sent; the answer varies by Accept-Encoding either way.
   */
  const sendCompressible = (req: express.Request, res: Response, file: string, cacheControl: string): boolean => {
    const type = COMPRESSIBLE_TYPES[path.extname(file)];
    if (!type) return false;
    res.vary('Accept-Encoding');
    for (const coding of acceptedCodings(req.headers['accept-encoding'])) {
      const copy = coding === 'identity' ? file : `${file}${SUFFIX[coding]}`;
      if (coding !== 'identity' && !fs.existsSync(copy)) continue;
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', cacheControl);
      if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
      // Ranges of a compressed copy would confuse caches and gain nothing for files this small.
      // A hashed file never changes under its name: no date to revalidate it by (Express keeps the ETag its setting asks for).
      const lastModified = cacheControl !== IMMUTABLE;
      res.sendFile(path.relative(root, copy), { root, acceptRanges: false, cacheControl: false, lastModified }, (error) => {
        if (error && !res.headersSent) res.status(404).end();
      });
      return true;
    }
    return false;
  };

  const serveFiles = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', cacheControlFor(path.relative(root, filePath)));
    },
  });

  const skipApi: RequestHandler = (req, res, next) => {
    if (NOT_FOR_THE_CLIENT.test(req.path)) return next();
    if (req.method === 'GET' || req.method === 'HEAD') {
      let relative: string;
      try {
        relative = path.normalize(decodeURIComponent(req.path)).replace(/^[/\\]+/, '');
      } catch {
        return next(); // a malformed escape: not a file of ours
      }
      const file = path.join(root, relative);
      // Inside dist/ only, a real file, and never a precompressed copy asked for by its own name.
      if (relative && file.startsWith(`${root}${path.sep}`) && !/\.(br|gz)$/.test(file) && isFile(file)) {
        if (sendCompressible(req, res, file, cacheControlFor(relative))) return;
      }
    }
    return serveFiles(req, res, next);
  };

  const spaFallback: RequestHandler = (req, res, next) => {
    if (NOT_FOR_THE_CLIENT.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    // A missing hashed asset is a real 404, not a page: answering HTML there breaks module loading.
    if (req.path.startsWith('/assets/')) return next();
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build`.');
      return;
    }
    sendCompressible(req, res, indexFile, 'no-cache');
  };

  return [skipApi, spaFallback];
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
