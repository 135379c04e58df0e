// Vitest setup for the pure tests (node environment, no DOM): they reach no server either.
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch is not stubbed in this test'))));
});
