// The service worker (vite-plugin-pwa's /sw.js: the app shell and every trainee page's chunks, precached for offline
// use) is registered once the first screen has finished loading, not at the load event. On Slow 4G the load event
// comes before the page's own reads and photo have arrived, and the precache's hundred-odd downloads then shared the
// phone's bandwidth and CPU with them: the storefront's and the join page's LCP were about half a second later with
// it than without it (README, "Weight on a phone"). "Finished" is: after the load event, no new request for
// QUIET_MS; at the latest MAX_WAIT_MS after the load event.

/** No request started for this long after the load event: the first screen is there. */
export const QUIET_MS = 1_500;
/** Registered this long after the load event at the latest, however busy the page is. */
export const MAX_WAIT_MS = 10_000;

export interface Environment {
  register: () => Promise<unknown>;
  /** Runs `then` once the document has loaded (at once when it has). */
  onLoad: (then: () => void) => void;
  /** Calls `onRequest` for each request the page starts from now on; returns a function that stops watching. */
  watchRequests: (onRequest: () => void) => () => void;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

/** Registers the service worker once, when the page is quiet after loading (see above). */
export function registerWhenQuiet(env: Environment): void {
  env.onLoad(() => {
    let done = false;
    let quiet: unknown;
    const register = () => {
      if (done) return;
      done = true;
      env.clearTimeout(quiet);
      env.clearTimeout(latest);
      stop();
      // No service worker is no failure: the app works online all the same.
      env.register().catch(() => undefined);
    };
    const restart = () => {
      env.clearTimeout(quiet);
      quiet = env.setTimeout(register, QUIET_MS);
    };
    const stop = env.watchRequests(restart);
    const latest = env.setTimeout(register, MAX_WAIT_MS);
    restart();
  });
}

/** The browser's own: the built app's /sw.js, requests seen through Resource Timing. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || typeof PerformanceObserver === 'undefined') return;
  registerWhenQuiet({
    register: () => navigator.serviceWorker.register('/sw.js', { scope: '/' }),
    onLoad: (then) => {
      if (document.readyState === 'complete') then();
      else window.addEventListener('load', then, { once: true });
    },
    watchRequests: (onRequest) => {
      const observer = new PerformanceObserver(onRequest);
      observer.observe({ type: 'resource' });
      return () => observer.disconnect();
    },
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (timer) => window.clearTimeout(timer as number),
  });
}
