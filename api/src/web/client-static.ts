// Serves the built client on the same port as the API: hashed assets cached for a year,
// index.html never cached, and every other page path answered with index.html (SPA fallback).
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

// Uploaded pictures (`/media/…`) are the API's: a missing one is a JSON 404, never the page.
const NOT_FOR_THE_CLIENT = /^\/(api|socket\.io|media)(\/|$)/;

export function clientStaticHandlers(clientDistDir: string): RequestHandler[] {
  const indexFile = path.join(clientDistDir, 'index.html');
  const serveFiles = express.static(clientDistDir, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      const relative = path.relative(clientDistDir, filePath);
      if (relative.startsWith(`assets${path.sep}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
  });

  const skipApi: RequestHandler = (req, res, next) => {
    if (NOT_FOR_THE_CLIENT.test(req.path)) return next();
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
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };

  return [skipApi, spaFallback];
}
