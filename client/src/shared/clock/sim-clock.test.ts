import { describe, expect, it } from 'vitest';
import { anchorClock, simTimeAt, tickIntervalMs } from './sim-clock';

const simNow = '2026-11-28T03:00:00.000Z';
const at = Date.parse(simNow);

describe('simTimeAt', () => {
  it.each([
    [1, 1_000, at + 1_000],
    [60, 1_000, at + 60_000],
    [600, 1_000, at + 600_000],
    [600, 6_000, at + 3_600_000],
  ])('at %d× after %d ms real time the sim time has moved on by speed × elapsed', (speed, elapsed, expected) => {
    const anchor = anchorClock({ simNow, speed, paused: false }, 10_000);
    expect(simTimeAt(anchor, 10_000 + elapsed)).toBe(expected);
  });

  it('stands still while paused', () => {
    const anchor = anchorClock({ simNow, speed: 600, paused: true }, 10_000);
    expect(simTimeAt(anchor, 99_000)).toBe(at);
  });

  it('never goes back when the device clock steps back', () => {
    const anchor = anchorClock({ simNow, speed: 60, paused: false }, 10_000);
    expect(simTimeAt(anchor, 5_000)).toBe(at);
  });
});

describe('tickIntervalMs', () => {
  it.each([
    [1, false, 1000],
    [60, false, 1000],
    [600, false, 100],
    [60, true, null],
  ])('at %d× (paused: %s) refreshes every %s ms', (speed, paused, expected) => {
    expect(tickIntervalMs(anchorClock({ simNow, speed, paused }, 0))).toBe(expected);
  });
});
