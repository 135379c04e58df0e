// Security headers on every page and API response (issue 15, defect 8), through helmet; the build's hashed files
// carry only the two that mean something for them (see securityHeaders).
//
// The Content-Security-Policy allows scripts from this origin only: the built client has NO inline <script> (Vite
// emits module files), and nobody may add one: put scripts in files. Pictures may be data: (the favicon, QR codes) or
// blob: (a photo previewed before upload). Sockets connect to this origin (ws: and wss: for browsers whose 'self'
// does not cover them). The app runs on plain http on a hall's LAN, so no upgrade-insecure-requests and no HSTS.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

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

/** The build's hashed files (`/assets/<name>-<hash>.js|css|…`): see securityHeaders. */
const HASHED_ASSET = /^\/assets\/[^/]+$/;

/**
 * The policy headers are the document's and the API's business: a script, a stylesheet or a font loaded by the
 * page runs under the page's CSP, never its own, and framing, referrer and cross-origin-opener rules apply to
 * documents only. So the build's hashed files carry only what still means something for them (nosniff, and
 * CORP so no other site embeds them), which takes about 700 bytes of headers off each of the 30 to 50 files a
 * phone fetches on a first load: a sixth of the JS budget (issue 12).
 */
export function securityHeaders(): RequestHandler {
  const full = helmetHeaders();
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && HASHED_ASSET.test(req.path)) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
      return next();
    }
    return full(req, res, next);
  };
}

function helmetHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // Pictures under /media may be shown by other sites' previews (chat links): same-site is enough.
    crossOriginResourcePolicy: { policy: 'same-site' },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xContentTypeOptions: true,
  }) as RequestHandler;
}
