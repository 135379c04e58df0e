import { afterEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, formatLongDate, formatWibDate, formatWibDateTime, formatWibTime, showTimesIn, shownTimeZone, todayInWib } from './wib-date';

describe('formatWibDateTime', () => {
  it.each([
    ['2026-11-28T15:00:00Z', '28 Nov 2026 22.00 WIB'],
    ['2026-11-28T15:00:00.000Z', '28 Nov 2026 22.00 WIB'],
    ['2026-11-28T00:05:00Z', '28 Nov 2026 07.05 WIB'],
    ['2026-11-28T16:59:59Z', '28 Nov 2026 23.59 WIB'],
    ['2026-11-28T17:00:00Z', '29 Nov 2026 00.00 WIB'],
    ['2026-12-31T17:30:00Z', '1 Jan 2027 00.30 WIB'],
    ['2027-02-28T20:00:00Z', '1 Mar 2027 03.00 WIB'],
    ['2028-02-28T20:00:00Z', '29 Feb 2028 03.00 WIB'],
    ['2026-01-31T17:00:00Z', '1 Feb 2026 00.00 WIB'],
    ['2026-05-01T09:15:00+07:00', '1 Mei 2026 09.15 WIB'],
    ['2026-08-17T10:00:00+09:00', '17 Agu 2026 08.00 WIB'],
    ['2026-10-02T03:04:00Z', '2 Okt 2026 10.04 WIB'],
    ['2026-12-25T12:00:00Z', '25 Des 2026 19.00 WIB'],
  ])('shows %s as %s', (iso, expected) => {
    expect(formatWibDateTime(iso)).toBe(expected);
  });

  it.each([
    [new Date(Date.UTC(2026, 11, 31, 17, 30)), '1 Jan 2027 00.30 WIB'],
    [new Date(Date.UTC(2026, 3, 14, 2, 0)), '14 Apr 2026 09.00 WIB'],
  ])('shows the Date %s as %s', (date, expected) => {
    expect(formatWibDateTime(date)).toBe(expected);
  });

  it.each([['2026-11-28T15:00:00'], ['not a date'], [''], [new Date(Number.NaN)]])('refuses %s', (input) => {
    expect(() => formatWibDateTime(input)).toThrow(RangeError);
  });
});

describe('formatWibDate and formatWibTime', () => {
  it.each([
    ['2026-11-28T15:00:00Z', '28 Nov 2026', '22.00 WIB'],
    ['2026-12-31T17:30:00Z', '1 Jan 2027', '00.30 WIB'],
    ['2026-06-30T16:59:00Z', '30 Jun 2026', '23.59 WIB'],
    ['2026-07-09T23:01:00Z', '10 Jul 2026', '06.01 WIB'],
    ['2026-09-01T00:00:00Z', '1 Sep 2026', '07.00 WIB'],
  ])('splits %s into %s and %s', (iso, date, time) => {
    expect(formatWibDate(iso)).toBe(date);
    expect(formatWibTime(iso)).toBe(time);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-11-28', '28 Nov 2026', 'Sabtu, 28 November 2026'],
    ['2026-01-01', '1 Jan 2026', 'Kamis, 1 Januari 2026'],
    ['2026-08-17', '17 Agu 2026', 'Senin, 17 Agustus 2026'],
    ['2028-02-29', '29 Feb 2028', 'Selasa, 29 Februari 2028'],
  ])('shows %s as %s and %s', (date, short, long) => {
    expect(formatCalendarDate(date)).toBe(short);
    expect(formatLongDate(date)).toBe(long);
  });

  it.each([['2026-02-30'], ['28-11-2026'], ['2026-11-28T00:00:00Z'], ['']])('refuses %j', (date) => {
    expect(() => formatLongDate(date)).toThrow(RangeError);
  });

  it.each([
    [Date.UTC(2026, 10, 28, 16, 59), '2026-11-28'],
    [Date.UTC(2026, 10, 28, 17, 0), '2026-11-29'],
    [Date.UTC(2026, 11, 31, 18, 0), '2027-01-01'],
  ])('today in WIB at %d is %s', (now, expected) => {
    expect(todayInWib(now)).toBe(expected);
  });
});

describe('a class in WITA or WIT', () => {
  it.each([
    ['Asia/Makassar', '2026-11-28T15:00:00Z', '28 Nov 2026 23.00 WITA'],
    ['Asia/Makassar', '2026-11-28T16:00:00Z', '29 Nov 2026 00.00 WITA'],
    ['Asia/Jayapura', '2026-12-31T15:30:00Z', '1 Jan 2027 00.30 WIT'],
  ] as const)('shows a moment in %s through Intl: %s → %s', (zone, iso, expected) => {
    expect(formatWibDateTime(iso, zone)).toBe(expected);
  });
});

describe('the zone times are shown in: the class’s', () => {
  afterEach(() => showTimesIn(undefined));

  it.each([
    ['Asia/Jakarta', '28 Nov 2026 09.05 WIB'],
    ['Asia/Pontianak', '28 Nov 2026 09.05 WIB'],
    ['Asia/Makassar', '28 Nov 2026 10.05 WITA'],
    ['Asia/Jayapura', '28 Nov 2026 11.05 WIT'],
  ])('a class in %s reads 02.05 UTC as %s, with no zone named in the call', (zone, expected) => {
    showTimesIn(zone);
    expect(formatWibDateTime('2026-11-28T02:05:00Z')).toBe(expected);
  });

  it('crosses midnight in its own zone: 23.30 WIB is already the next day in WIT', () => {
    showTimesIn('Asia/Jayapura');
    expect(formatWibDateTime('2026-11-28T16:30:00Z')).toBe('29 Nov 2026 01.30 WIT');
  });

  it('is WIB for none or a zone this app does not know, and a zone named in the call wins', () => {
    showTimesIn('Europe/Amsterdam');
    expect(shownTimeZone()).toBe('Asia/Jakarta');
    showTimesIn('Asia/Makassar');
    expect(formatWibTime('2026-11-28T02:05:00Z', 'Asia/Jakarta')).toBe('09.05 WIB');
    showTimesIn(null);
    expect(formatWibTime('2026-11-28T02:05:00Z')).toBe('09.05 WIB');
  });
});
