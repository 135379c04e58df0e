import { describe, expect, it } from 'vitest';
import { countdownParts, remainingMs } from './countdown';

describe('remainingMs', () => {
  const load = Date.parse('2026-11-28T03:00:00.000Z');

  it.each([
    ['a phone with the right time', load, load + 1000, 3_599_000],
    ['a phone 5 minutes fast', load + 300_000, load + 300_000 + 1000, 3_599_000],
    ['a phone 2 hours slow', load - 7_200_000, load - 7_200_000 + 1000, 3_599_000],
  ])('counts from the server time on %s', (_name, phoneAtLoad, phoneNow, expected) => {
    expect(remainingMs('2026-11-28T04:00:00.000Z', '2026-11-28T03:00:00.000Z', phoneAtLoad, phoneNow)).toBe(expected);
  });

  it('stops at zero once the deadline has passed', () => {
    expect(remainingMs('2026-11-28T03:00:00.000Z', '2026-11-28T03:00:00.000Z', load, load + 60_000)).toBe(0);
  });
});

describe('countdownParts', () => {
  it.each([
    [0, 0, '00:00:00'],
    [1, 0, '00:00:01'],
    [59_001, 0, '00:01:00'],
    [3_600_000, 0, '01:00:00'],
    [86_399_000, 0, '23:59:59'],
    [86_400_000, 1, '00:00:00'],
    [90_061_000, 1, '01:01:01'],
    [-5, 0, '00:00:00'],
  ])('shows %d ms as %d day(s) and %s', (ms, days, clock) => {
    expect(countdownParts(ms)).toEqual({ days, clock });
  });
});
