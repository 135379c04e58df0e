import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, QUIET_MS, whenQuiet, type QuietEnvironment } from './first-screen-quiet';
import { registerWhenQuiet } from './register-service-worker';

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

/** The same, with a service worker to register. */
function fakeRegistration() {
  const fake = fakeEnvironment();
  return { ...fake, env: { ...fake.env, register: vi.fn(() => Promise.resolve()) } };
}

// Every test runs on fake timers, put back after it even when it fails.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenQuiet', () => {
  it('runs once, QUIET_MS after the last request that followed the load event', () => {
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
  });

  it('called off while waiting, it never runs and stops watching the requests', () => {
    const { env, load, watching } = fakeEnvironment();
    const then = vi.fn();
    const callOff = whenQuiet(env, then);
    load();
    expect(watching()).toBe(true);
    callOff();
    expect(watching()).toBe(false);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(then).not.toHaveBeenCalled();
  });

  it('called off before the load event, it does not start waiting when the page loads', () => {
    const { env, load, watching } = fakeEnvironment();
    const then = vi.fn();
    whenQuiet(env, then)();
    load();
    expect(watching()).toBe(false);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(then).not.toHaveBeenCalled();
  });
});

describe('registerWhenQuiet', () => {
  it('registers only after the load event, once no request has started for QUIET_MS', () => {
    const { env, load, request, watching } = fakeRegistration();
    registerWhenQuiet(env);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(env.register).not.toHaveBeenCalled();

    load();
    vi.advanceTimersByTime(QUIET_MS - 100);
    request(); // the page's photo: the quiet wait starts again
    vi.advanceTimersByTime(QUIET_MS - 100);
    expect(env.register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(env.register).toHaveBeenCalledTimes(1);
    expect(watching()).toBe(false);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(env.register).toHaveBeenCalledTimes(1);
  });

  it('registers MAX_WAIT_MS after the load event on a page that never goes quiet', () => {
    const { env, load, request } = fakeRegistration();
    registerWhenQuiet(env);
    load();
    // A request every half of QUIET_MS: never quiet.
    const step = QUIET_MS / 2;
    for (let elapsed = 0; elapsed < MAX_WAIT_MS - step; elapsed += step) {
      request();
      vi.advanceTimersByTime(step);
    }
    expect(env.register).not.toHaveBeenCalled();
    request();
    vi.advanceTimersByTime(step);
    expect(env.register).toHaveBeenCalledTimes(1);
  });

  it('a refused registration is no failure', async () => {
    const { env, load } = fakeRegistration();
    env.register.mockImplementation(() => Promise.reject(new Error('no service worker here')));
    registerWhenQuiet(env);
    load();
    vi.advanceTimersByTime(QUIET_MS);
    await Promise.resolve();
    expect(env.register).toHaveBeenCalledTimes(1);
  });
});
