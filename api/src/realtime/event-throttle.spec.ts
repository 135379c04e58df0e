import { EventThrottle, RoomDecisionCache } from './event-throttle.js';

describe('EventThrottle', () => {
  const limits = { burst: 20, refillPerSecond: 5, disconnectAfterDropped: 100, dropWindowMs: 10_000 };

  it('allows a burst of 20, then 5 a second', () => {
    const throttle = new EventThrottle(limits, 0);
    for (let i = 0; i < 20; i++) expect(throttle.take(0)).toBe('allow');
    expect(throttle.take(0)).toBe('drop');
    expect(throttle.take(200)).toBe('allow');
    expect(throttle.take(200)).toBe('drop');
    expect(throttle.take(10_000)).toBe('allow');
  });

  it('disconnects after 100 drops within 10 s, but not a client slightly over its rate', () => {
    const flood = new EventThrottle(limits, 0);
    const verdicts = Array.from({ length: 120 }, () => flood.take(0));
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(20);
    expect(verdicts[119]).toBe('disconnect');

    const eager = new EventThrottle(limits, 0);
    let disconnected = false;
    // 6 events a second for a minute: one in six dropped, never cut off.
    for (let t = 0; t < 60_000; t += 1000 / 6) if (eager.take(t) === 'disconnect') disconnected = true;
    expect(disconnected).toBe(false);
  });
});

describe('RoomDecisionCache', () => {
  it('keeps allowed rooms, forgets refusals after their ttl, and stays bounded', () => {
    const cache = new RoomDecisionCache(30_000, 3);
    cache.set('a', true, 0);
    cache.set('b', false, 0);
    expect(cache.get('a', 1_000_000)).toBe(true);
    expect(cache.get('b', 29_000)).toBe(false);
    expect(cache.get('b', 31_000)).toBeUndefined();
    cache.set('c', true, 0);
    cache.set('d', true, 0);
    cache.set('e', true, 0);
    expect(cache.get('a', 0)).toBeUndefined();
    expect(cache.get('e', 0)).toBe(true);
  });
});
