import fc from 'fast-check';
import { intlWallClock, isoDate, isoTime, TIME_ZONE_NAMES, wallClock, zoneLabel, zoneOffsetAt, type IndonesianTimeZone } from './zoned-time.js';

describe('wall clocks in Indonesia, through Intl', () => {
  it.each([
    ['16:59 UTC is still the same day in WIB', '2026-11-28T16:59:59Z', 'Asia/Jakarta', '2026-11-28', '23:59:59'],
    ['17:00 UTC is the next day in WIB', '2026-11-28T17:00:00Z', 'Asia/Jakarta', '2026-11-29', '00:00:00'],
    ['WITA is UTC+8', '2026-11-28T16:00:00Z', 'Asia/Makassar', '2026-11-29', '00:00:00'],
    ['WIT is UTC+9', '2026-12-31T15:30:00Z', 'Asia/Jayapura', '2027-01-01', '00:30:00'],
    ['midnight shows as 00, not 24', '2026-05-01T17:00:00Z', 'Asia/Jakarta', '2026-05-02', '00:00:00'],
  ] as const)('%s', (_case, at, zone, date, time) => {
    const clock = wallClock(new Date(at), zone);
    expect([isoDate(clock), isoTime(clock)]).toEqual([date, time]);
  });

  it('names the zones as Indonesians do', () => {
    expect([zoneLabel(), zoneLabel('Asia/Makassar'), zoneLabel('Asia/Jayapura')]).toEqual(['WIB', 'WITA', 'WIT']);
  });

  it('refuses an invalid date', () => {
    expect(() => wallClock(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('the wall clock from the hour’s offset gives what Intl gives', () => {
  const DAY = 86_400_000;
  const from = Date.UTC(1900, 0, 1);
  const to = Date.UTC(2100, 0, 1);
  const offset = zoneOffsetAt;
  /** Every instant since 1900 at which the zone's offset changed, to the second (Jakarta: 1923, 1932, 1942, …, 1964). */
  const transitions = (zone: IndonesianTimeZone) => {
    const found: number[] = [];
    for (let day = from; day < to; day += DAY) {
      if (offset(day, zone) === offset(day + DAY, zone)) continue;
      let [low, high] = [day, day + DAY];
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offset(middle, zone) === offset(low, zone)) low = middle;
        else high = middle;
      }
      found.push(high);
    }
    return found;
  };

  it.each(TIME_ZONE_NAMES)('%s: a second either side of every change of its offset, and the hours around it', (zone) => {
    const changes = transitions(zone);
    expect(changes.length).toBeGreaterThan(zone === 'Asia/Jakarta' ? 5 : 0);
    for (const change of changes) {
      for (const ms of [change - 3_600_000, change - 1000, change, change + 1000, change + 3_600_000]) {
        expect(wallClock(new Date(ms), zone)).toEqual(intlWallClock(new Date(ms), zone));
      }
    }
  });

  it('at any instant from 1900 to 2100, in every zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...TIME_ZONE_NAMES), (ms, zone) => {
        expect(wallClock(new Date(ms), zone)).toEqual(intlWallClock(new Date(ms), zone));
      }),
      { numRuns: 5_000 },
    );
  });
});

