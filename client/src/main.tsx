import { createRoot } from 'react-dom/client';
import { App } from './app/app';

createRoot(document.getElementById('root')!).render(<App />);

// What waits in the outbox (a chat message, "Pesanan Diterima" made without signal, maybe before a reload) goes out
// once the app runs, whatever page it opened on. Loaded after the first render: never part of the first paint.
const startOutbox = () =>
  void import('./shared/offline/outbox-store')
    .then(({ getOutbox }) => getOutbox())
    .catch(() => undefined);
if (typeof requestIdleCallback === 'function') requestIdleCallback(startOutbox, { timeout: 3000 });
else setTimeout(startOutbox, 1000);
