import { isoDate, isoTime, wallClock, zoneLabel } from './zoned-time.js';

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
