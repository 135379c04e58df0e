// The first read of the pages a trainee opens cold (the QR code's join page, her home, the storefront): the read
// whose answer the page's main content waits for. The route-preload script (client/build/route-preload.ts) sends
// these as soon as index.html is parsed, before the app's JS arrives, and the page's own identical request takes
// that answer (src/shared/api/early-answers.ts): on Slow 4G the content no longer waits for the JS to run first.
//
// Each address is written as the API client sends it (early-reads.test.ts checks it against the client's own
// request): `{name}` is a parameter of the page's path (`/gabung/:code` → `{code}`) or else a field of the stored
// session (`{classId}`, `{shopId}`). A read is left out when a value is missing, when the address has a query
// string (a filtered storefront asks for something else), or when `role` does not match the session's.
// Keep the list short: HTTP/1.1 gives a page six connections, shared with the page's own scripts.
import { appPaths } from '../shared/config/paths';

export interface EarlyRead {
  url: string;
  role?: 'trainee' | 'buyer';
}

export const earlyReads: Record<string, EarlyRead[]> = {
  [appPaths.joinWithCode]: [{ url: '/api/join/{code}' }],
  // The mission of the moment is the home's largest content; the shop card is beside it. Until the trainee has
  // answered it, "Cek Pemahaman" sits above both (and is then the largest content a phone paints).
  [appPaths.shop]: [
    { url: '/api/missions/mine', role: 'trainee' },
    { url: '/api/shops/mine', role: 'trainee' },
    { url: '/api/learning-check/mine', role: 'trainee' },
  ],
  // The first page of the storefront, newest first: STOREFRONT_PAGE_SIZE products (hooks/use-storefront.ts).
  [appPaths.storefront]: [{ url: '/api/classes/{classId}/products?sort=newest&page=1&pageSize=20' }],
};
