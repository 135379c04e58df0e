import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';

createRoot(document.getElementById('root')!).render(<App />);

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
