// Vitest setup for every test file (jsdom).
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '../shared/i18n/i18n';

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

afterEach(async () => {
  cleanup();
  window.localStorage.clear();
  await i18n.changeLanguage('id');
});
