// Security headers on every page and API response (issue 15, defect 8), through helmet for the pages; the API's
// answers, the build's hashed files and the photos carry only those that mean something for them (see securityHeaders).
//
// The Content-Security-Policy allows scripts from this origin only: the built client has NO inline <script> (Vite
// emits module files), and nobody may add one: put scripts in files. Pictures may be data: (the favicon, QR codes) or
// blob: (a photo previewed before upload). Sockets connect to this origin (ws: and wss: for browsers whose 'self'
// does not cover them). The app runs on plain http on a hall's LAN, so no upgrade-insecure-requests and no HSTS.
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOf } from './url-path.js';

type RawHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // React writes style properties through the CSSOM (allowed); a style="" attribute in markup would need this.
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'media-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The build's hashed files (`/assets/<name>-<hash>.js|css|…`) and the photos (`/media/<hash>-<size>.webp`). */
const SUBRESOURCE = /^\/(assets|media)\/[^/]+$/;

/** The API's answers (JSON, and a CSV or a QR code's PNG), but not its documentation's page (`/api/docs`). */
const API_ANSWER = /^\/api\/(?!docs(\/|$))/;

/** What an API answer needs (OWASP's REST Security Cheat Sheet): nothing may load from it, nobody may frame it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The policy headers are the document's business: a script, a stylesheet, a font or a photo loaded by the page
 * runs under the page's CSP, never its own, and referrer, cross-origin-opener, DNS-prefetch and origin-agent-cluster
 * rules apply to documents only.
 * - The build's hashed files and the photos carry only what still means something for them (nosniff, and CORP so no
 *   other site embeds them). That took about 700 bytes of headers off each of the 30 to 50 files a phone fetches on
 *   a first load: a sixth of the JS budget (issue 12).
 * - An API answer is never a page, but it may be opened as one (a link to it) or framed: it says nothing may load
 *   from it and nobody may frame it, and no sniffing. About 530 bytes fewer than the page's set on each answer; a
 *   phone's first home and class market took 29 answers whose headers (25 KB) outweighed their bodies (17 KB).
 */
export function securityHeaders(): RawHandler {
  const full = helmetHeaders();
  return (req, res, next) => {
    const path = pathOf(req.url ?? '/');
    if ((req.method === 'GET' || req.method === 'HEAD') && SUBRESOURCE.test(path)) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
      return next();
    }
    if (API_ANSWER.test(path)) {
      res.setHeader('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('X-Frame-Options', 'DENY');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
      return next();
    }
    return full(req, res, next);
  };
}

function helmetHeaders(): RawHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // Pictures under /media may be shown by other sites' previews (chat links): same-site is enough.
    crossOriginResourcePolicy: { policy: 'same-site' },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xContentTypeOptions: true,
  }) as RawHandler;
}
