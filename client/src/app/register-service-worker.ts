// The service worker (vite-plugin-pwa's /sw.js: the app shell and every trainee page's chunks, precached for offline
// use) is registered once the first screen has finished loading (first-screen-quiet.ts), not at the load event: its
// precache's hundred-odd downloads otherwise shared the phone's bandwidth and CPU with the page's own reads and
// photo, and the storefront's and the join page's LCP were about half a second later with it than without it
// (README, "Weight on a phone").
import { whenFirstScreenQuiet, whenQuiet, type QuietEnvironment } from './first-screen-quiet';

export { MAX_WAIT_MS, QUIET_MS } from './first-screen-quiet';

export interface Environment extends QuietEnvironment {
  register: () => Promise<unknown>;
}

/** Registers the service worker once, when the page is quiet after loading. */
export function registerWhenQuiet(env: Environment): void {
  // No service worker is no failure: the app works online all the same.
  whenQuiet(env, () => void env.register().catch(() => undefined));
}

/** The built app's /sw.js, where the page can have a service worker (a secure context: https, localhost). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  whenFirstScreenQuiet(() => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined));
}
