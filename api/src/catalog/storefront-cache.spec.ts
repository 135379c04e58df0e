import type { PublishedEvent } from '../common/events/domain-event.js';
import { StorefrontCache } from './storefront-cache.js';

const FRESH_MS = 1_000;

const CLASS_A = 'class-a';
const CLASS_B = 'class-b';
const eventIn = (classId: string | null, type = 'product.updated') => ({ classId, type }) as unknown as PublishedEvent;

/** A cache on a hand-moved clock, and a loader that counts its reads and answers "read N". */
function setup(freshMs = FRESH_MS) {
  let now = 1_000_000;
  let reads = 0;
  const cache = new StorefrontCache<string>(freshMs, () => now);
  const load = () => Promise.resolve(`read ${++reads}`);
  return { cache, load, advance: (ms: number) => (now += ms), reads: () => reads };
}

/** A loader whose answer waits until `finish` is called. */
function held() {
  let finish!: (value: string) => void;
  let calls = 0;
  const promise = new Promise<string>((resolve) => (finish = resolve));
  return { load: () => (calls++, promise), finish: (value: string) => finish(value), calls: () => calls };
}

describe('StorefrontCache', () => {
  it.each([
    { what: 'the same page within the second', advance: FRESH_MS - 1, second: 'read 1', reads: 1 },
    { what: 'the same page a second later', advance: FRESH_MS, second: 'read 2', reads: 2 },
  ])('answers $what with $second', async ({ advance: ms, second, reads }) => {
    const { cache, load, advance, reads: count } = setup();
    expect(await cache.page(CLASS_A, 'p1', load)).toBe('read 1');
    advance(ms);
    expect(await cache.page(CLASS_A, 'p1', load)).toBe(second);
    expect(count()).toBe(reads);
  });

  it('keeps pages apart by key and by class', async () => {
    const { cache, load } = setup();
    expect(await cache.page(CLASS_A, 'p1', load)).toBe('read 1');
    expect(await cache.page(CLASS_A, 'p2', load)).toBe('read 2');
    expect(await cache.page(CLASS_B, 'p1', load)).toBe('read 3');
    expect(await cache.page(CLASS_A, 'p1', load)).toBe('read 1');
  });

  it.each([
    { what: 'an event of the class', events: [eventIn(CLASS_A)], again: 'read 3' },
    { what: 'an event of another class', events: [eventIn(CLASS_B)], again: 'read 1' },
    { what: 'an event of no class', events: [eventIn(null)], again: 'read 1' },
    { what: 'an order placed (stock)', events: [eventIn(CLASS_A, 'order.placed')], again: 'read 3' },
    { what: 'a clock change (promotions run on it)', events: [eventIn(CLASS_A, 'clock.changed')], again: 'read 3' },
    { what: 'a chat message of the class', events: [eventIn(CLASS_A, 'chat.message_sent')], again: 'read 1' },
    { what: 'a mission ticked off in the class', events: [eventIn(CLASS_A, 'mission.progress')], again: 'read 1' },
    { what: 'a chat message and a product edit together', events: [eventIn(CLASS_A, 'chat.message_sent'), eventIn(CLASS_A)], again: 'read 3' },
  ])('after $what, the next read of the class gives $again', async ({ events, again }) => {
    const { cache, load } = setup();
    await cache.page(CLASS_A, 'p1', load);
    await cache.page(CLASS_B, 'p1', load);
    cache.heard(events);
    expect(await cache.page(CLASS_A, 'p1', load)).toBe(again);
  });

  it('shares one read among those who ask while it is on its way', async () => {
    const { cache } = setup();
    const slow = held();
    const answers = Promise.all([cache.page(CLASS_A, 'p1', slow.load), cache.page(CLASS_A, 'p1', slow.load), cache.page(CLASS_A, 'p1', slow.load)]);
    slow.finish('shared');
    expect(await answers).toEqual(['shared', 'shared', 'shared']);
    expect(slow.calls()).toBe(1);
  });

  it('does not keep a read that was on its way when the class committed something, and starts a new one for later askers', async () => {
    const { cache, load } = setup();
    await cache.page(CLASS_B, 'warm', load); // read 1
    const before = held();
    const early = cache.page(CLASS_A, 'p1', before.load);
    cache.heard([eventIn(CLASS_A)]);
    const late = cache.page(CLASS_A, 'p1', load); // must not join the read from before the commit
    before.finish('from before the commit');
    expect(await early).toBe('from before the commit');
    expect(await late).toBe('read 2');
    expect(await cache.page(CLASS_A, 'p1', load)).toBe('read 2');
  });

  it('does not keep a failed read', async () => {
    const { cache, load } = setup();
    await expect(cache.page(CLASS_A, 'p1', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.page(CLASS_A, 'p1', load)).toBe('read 1');
  });

  it('reads every time when switched off (0, or several nodes)', async () => {
    const { cache, load, reads } = setup(0);
    await cache.page(CLASS_A, 'p1', load);
    await cache.page(CLASS_A, 'p1', load);
    expect(reads()).toBe(2);
  });
});
