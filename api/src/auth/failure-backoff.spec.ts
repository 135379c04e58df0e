import { BACKOFF, backoffMs, waitMs } from './failure-backoff.js';

describe('failure backoff', () => {
  it('allows 5 failures free per address and target, then waits 1 s, 2 s, 4 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 5))).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9].map((n) => backoffMs(n, 5))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(16, 5)).toBe(15 * 60 * 1000);
    expect(backoffMs(10_000, 5)).toBe(15 * 60 * 1000);
  });

  it('holds back an address by its own failures, less what time has passed', () => {
    expect(waitMs({ pair: { failures: 6, ageMs: 300 } })).toBe(700);
    expect(waitMs({ pair: { failures: 6, ageMs: 1500 } })).toBe(0);
    expect(waitMs({ source: { failures: 21, ageMs: 0 } })).toBe(1000);
  });

  it("holds back, by the target's count, only addresses that already failed against it", () => {
    const target = { failures: 30, ageMs: 0 };
    expect(waitMs({ target })).toBe(0);
    expect(waitMs({ target, pair: { failures: 0, ageMs: 0 } })).toBe(0);
    expect(waitMs({ target, pair: { failures: 1, ageMs: 0 } })).toBe(backoffMs(30, BACKOFF.target.free));
  });

  it('forgets a counter an hour after its last failure', () => {
    const old = { failures: 50, ageMs: BACKOFF.forgetAfterMs };
    expect(waitMs({ pair: old, source: old, target: old })).toBe(0);
  });
});
