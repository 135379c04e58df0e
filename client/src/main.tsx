import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { preloadPage } from './app/router';
import { settleEarlyAnswers } from './shared/api/early-answers';
import { followSessionTimeZone } from './shared/auth/session-time-zone';

/**
 * The opened page's chunk and its early reads (both already on their way: index.html's route-preload script) are
 * awaited before the first render, so that render draws the page with its content rather than the shell with
 * "Memuat halaman…", then the page, then its content (two renders, layouts and paints fewer on a slow phone).
 * Not longer than this, though: on a very slow network the shell and its loading bar show meanwhile, as before. A
 * chunk that fails to load is the page's error to show.
 */
const FIRST_PAGE_WAIT_MS = 1500;

// Times in the class's zone from the first render on (WIB, WITA or WIT).
followSessionTimeZone();

const firstPage = Promise.all([preloadPage(location.pathname).catch(() => undefined), settleEarlyAnswers()]);
void Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]).then(() =>
  createRoot(document.getElementById('root')!).render(<App />),
);

// What waits in the outbox (a chat message, "Pesanan Diterima" made without signal, maybe before a reload) goes out
// once the app runs, whatever page it opened on. Loaded after the first render: never part of the first paint.
const startOutbox = () =>
  void import('./shared/offline/outbox-store')
    .then(({ getOutbox }) => getOutbox())
    .catch(() => undefined);
if (typeof requestIdleCallback === 'function') requestIdleCallback(startOutbox, { timeout: 3000 });
else setTimeout(startOutbox, 1000);

// Offline use: the service worker, once the first screen has loaded (register-service-worker.ts). Only the build
// has one (vite-plugin-pwa writes /sw.js at build).
if (import.meta.env.PROD) registerServiceWorker();
