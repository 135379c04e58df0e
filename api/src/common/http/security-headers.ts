// Security headers on every response, HTML and API alike (issue 15, defect 8), through helmet.
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

export function securityHeaders(): RequestHandler {
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
