// "The first screen has finished loading": after the load event, no new request for QUIET_MS; at the latest
// MAX_WAIT_MS after the load event. On Slow 4G the load event comes before the page's own reads and photo have
// arrived, so work the page does not need to show itself waits for this instead, not to share the phone's link and
// CPU with them: the service worker's precache (register-service-worker.ts), and, where no service worker can be had,
// the code of the pages she is about to open (fetch-ahead.ts).

/** No request started for this long after the load event: the first screen is there. */
export const QUIET_MS = 1_500;
/** This long after the load event at the latest, however busy the page is. */
export const MAX_WAIT_MS = 10_000;

export interface QuietEnvironment {
  /** Runs `then` once the document has loaded (at once when it has). */
  onLoad: (then: () => void) => void;
  /** Calls `onRequest` for each request the page starts from now on; returns a function that stops watching. */
  watchRequests: (onRequest: () => void) => () => void;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

/** Runs `then` once, when the page is quiet after loading (see above). Returns a function that calls it off. */
export function whenQuiet(env: QuietEnvironment, then: () => void): () => void {
  let done = false;
  let quiet: unknown;
  let latest: unknown;
  let stop = () => {};
  const finish = () => {
    done = true;
    env.clearTimeout(quiet);
    env.clearTimeout(latest);
    stop();
  };
  const run = () => {
    if (done) return;
    finish();
    then();
  };
  env.onLoad(() => {
    if (done) return;
    const restart = () => {
      env.clearTimeout(quiet);
      quiet = env.setTimeout(run, QUIET_MS);
    };
    stop = env.watchRequests(restart);
    latest = env.setTimeout(run, MAX_WAIT_MS);
    restart();
  });
  return () => {
    if (!done) finish();
  };
}

/** The browser's own: requests seen through Resource Timing. Never runs where there is no PerformanceObserver. */
export function whenFirstScreenQuiet(then: () => void): () => void {
  if (typeof PerformanceObserver === 'undefined') return () => {};
  return whenQuiet(
    {
      onLoad: (loaded) => {
        if (document.readyState === 'complete') loaded();
        else window.addEventListener('load', loaded, { once: true });
      },
      watchRequests: (onRequest) => {
        const observer = new PerformanceObserver(onRequest);
        observer.observe({ type: 'resource' });
        return () => observer.disconnect();
      },
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (timer) => window.clearTimeout(timer as number),
    },
    then,
  );
}
