import { describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, QUIET_MS, whenQuiet, type QuietEnvironment } from './first-screen-quiet';

function fakeEnvironment() {
  let loaded: (() => void) | undefined;
  let onRequest: (() => void) | undefined;
  const env: QuietEnvironment = {
    onLoad: (then) => (loaded = then),
    watchRequests: (callback) => {
      onRequest = callback;
      return () => (onRequest = undefined);
    },
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  };
  return { env, load: () => loaded!(), request: () => onRequest?.(), watching: () => onRequest !== undefined };
}

// registerWhenQuiet's tests (register-service-worker.test.ts) cover the waiting itself; these, the calling off.
describe('whenQuiet', () => {
  it('runs once, QUIET_MS after the last request that followed the load event', () => {
    vi.useFakeTimers();
    const { env, load, request } = fakeEnvironment();
    const then = vi.fn();
    whenQuiet(env, then);
    load();
    request();
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(then).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('called off while waiting, it never runs and stops watching the requests', () => {
    vi.useFakeTimers();
    const { env, load, watching } = fakeEnvironment();
    const then = vi.fn();
    const callOff = whenQuiet(env, then);
    load();
    expect(watching()).toBe(true);
    callOff();
    expect(watching()).toBe(false);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(then).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('called off before the load event, it does not start waiting when the page loads', () => {
    vi.useFakeTimers();
    const { env, load, watching } = fakeEnvironment();
    const then = vi.fn();
    whenQuiet(env, then)();
    load();
    expect(watching()).toBe(false);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(then).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
