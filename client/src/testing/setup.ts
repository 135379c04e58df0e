// Vitest setup for every test file (jsdom).
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, resetLanguageForTests } from '../shared/i18n/i18n';
import id from '../shared/i18n/id.json';
import { clearDatabaseTrouble } from '../shared/api/database-trouble';
import { resetReadMarks } from '../shared/api/read-marks';
import { disconnectSocket } from '../shared/realtime/socket';
import { FakeSocket } from './fake-socket';

// Components render here without the desk screens' Suspense (desk-words.tsx): give them every word at once.
i18n.addResourceBundle('id', 'translation', id);

// A route's first render imports its lazy chunk; on a loaded CI machine that can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

// No test opens a real socket: the fake lets a test play the server (see fake-socket.ts).
vi.mock('socket.io-client', async () => {
  const fake = await import('./fake-socket');
  return { io: (options: unknown) => new fake.FakeSocket(options) };
});

// In a browser, fetch('/api/health') resolves against the page's address. Node's Request (which jsdom
// does not replace) has no page, so give relative URLs the jsdom document's address, as a browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class RequestFromPage extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
} as typeof Request;

// No test reaches a real server: a test that needs answers stubs fetch itself.
beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch is not stubbed in this test'))));
});

// The files of a worker share its modules and its document (vite.config.ts, isolate: false): each test leaves
// them as a first visit finds them.
afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  disconnectSocket();
  resetReadMarks();
  clearDatabaseTrouble();
  // Imported here, not above: the API client must first see the Request below (imports run before this file's code).
  (await import('../shared/offline/outbox-store')).resetOutboxForTests();
  FakeSocket.instances.length = 0;
  window.localStorage.clear();
  window.sessionStorage.clear();
  await resetLanguageForTests();
});
