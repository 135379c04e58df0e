import { type ClockState, jump, MAX_JUMP_MS, pause, realTimeWhen, resume, setSpeed, simNow, startClock } from './sim-time.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Real time T0 + offset; the class started at 08:00 WIB (01:00 UTC) on the training day. */
const T0 = Date.parse('2025-11-29T01:00:00Z');
const real = (offset: number) => new Date(T0 + offset);
const sim = (offset: number) => new Date(T0 + offset);

function clock(overrides: Partial<ClockState> = {}): ClockState {
  return { ...startClock(real(0)), ...overrides };
}

function applied(result: ReturnType<typeof setSpeed>): ClockState {
  if (!result.ok) throw new Error(`expected a change, got ${result.code}`);
  return result.clock;
}

describe('simNow', () => {
  it.each<[string, ClockState, number, number]>([
    ['1× after 10 real seconds', clock(), 10 * SECOND, 10 * SECOND],
    ['60× after 10 real seconds', clock({ speed: 60 }), 10 * SECOND, 10 * MINUTE],
    ['600× after 6 real seconds', clock({ speed: 600 }), 6 * SECOND, HOUR],
    ['600× after 144 real seconds is a whole day', clock({ speed: 600 }), 144 * SECOND, DAY],
    ['paused: stands at its anchor', clock({ speed: 600, paused: true }), HOUR, 0],
    ['a lagging node never sees time before the anchor', clock({ speed: 60 }), -5 * SECOND, 0],
  ])('%s', (_case, state, realOffset, simOffset) => {
    expect(simNow(state, real(realOffset))).toEqual(sim(simOffset));
  });
});

describe('setSpeed keeps sim time continuous', () => {
  it.each<[string, number, number, number, number]>([
    // [case, first speed, real seconds before the change, new speed, real seconds after the change] → sim time checked below
    ['1× → 60× after 30 s', 1, 30, 60, 10],
    ['60× → 600× after 10 s', 60, 10, 600, 6],
    ['600× → 1× after 6 s', 600, 6, 1, 30],
    ['60× → 1× after 60 s', 60, 60, 1, 60],
  ])('%s', (_case, fromSpeed, before, toSpeed, after) => {
    const start = clock({ speed: fromSpeed });
    const changeAt = real(before * SECOND);
    const changed = applied(setSpeed(start, toSpeed, changeAt));

    expect(simNow(changed, changeAt)).toEqual(simNow(start, changeAt));
    expect(simNow(changed, real((before + after) * SECOND))).toEqual(sim(before * SECOND * fromSpeed + after * SECOND * toSpeed));
    expect(changed).toMatchObject({ speed: toSpeed, version: start.version + 1, anchorReal: changeAt });
  });

  it.each([0, 2, 10, 61, 1000, -60, Number.NaN])('refuses speed %p with INVALID_CLOCK_SPEED', (speed) => {
    expect(setSpeed(clock(), speed, real(SECOND))).toEqual({ ok: false, code: 'INVALID_CLOCK_SPEED' });
  });

  it('changes nothing when the speed is already set (a double tap does one thing)', () => {
    const start = clock({ speed: 60 });
    expect(setSpeed(start, 60, real(MINUTE))).toEqual({ ok: true, clock: start });
  });

  it('a paused clock takes the new speed and stays where it stood', () => {
    const paused = applied(pause(clock({ speed: 60 }), real(10 * SECOND)));
    const faster = applied(setSpeed(paused, 600, real(20 * SECOND)));
    expect(faster).toMatchObject({ paused: true, speed: 600 });
    expect(simNow(faster, real(HOUR))).toEqual(sim(10 * MINUTE));
  });
});

describe('pause and resume', () => {
  it.each<[string, number, number, number, number]>([
    // [case, speed, real seconds before the pause, real seconds paused, real seconds after resuming]
    ['1×: paused for an hour', 1, 30, 3600, 10],
    ['60×: paused for 5 minutes', 60, 10, 300, 1],
    ['600×: paused for a minute', 600, 6, 60, 6],
  ])('%s: time stands still, then carries on from where it stood', (_case, speed, before, pausedFor, after) => {
    const running = clock({ speed });
    const pausedAt = real(before * SECOND);
    const paused = applied(pause(running, pausedAt));
    const stoodAt = sim(before * SECOND * speed);

    expect(paused).toMatchObject({ paused: true, version: running.version + 1 });
    expect(simNow(paused, pausedAt)).toEqual(stoodAt);
    expect(simNow(paused, real((before + pausedFor) * SECOND))).toEqual(stoodAt);

    const resumedAt = real((before + pausedFor) * SECOND);
    const resumed = applied(resume(paused, resumedAt));
    expect(resumed).toMatchObject({ paused: false, speed, version: running.version + 2 });
    expect(simNow(resumed, resumedAt)).toEqual(stoodAt);
    expect(simNow(resumed, real((before + pausedFor + after) * SECOND))).toEqual(sim((before + after) * SECOND * speed));
  });

  it.each<[string, ClockState, 'pause' | 'resume']>([
    ['pausing a paused clock', clock({ paused: true }), 'pause'],
    ['resuming a running clock', clock(), 'resume'],
  ])('%s changes nothing', (_case, state, action) => {
    const change = action === 'pause' ? pause(state, real(MINUTE)) : resume(state, real(MINUTE));
    expect(change).toEqual({ ok: true, clock: state });
  });
});

describe('jump', () => {
  it.each<[string, ClockState, number, number, number]>([
    // [case, clock, real ms when jumping, jump ms, sim offset right after]
    ['+1 jam at 1×', clock(), 10 * SECOND, HOUR, 10 * SECOND + HOUR],
    ['+1 hari at 1×', clock(), 10 * SECOND, DAY, 10 * SECOND + DAY],
    ['+1 jam at 60×', clock({ speed: 60 }), 10 * SECOND, HOUR, 10 * MINUTE + HOUR],
    ['+1 hari at 600×', clock({ speed: 600 }), 6 * SECOND, DAY, HOUR + DAY],
    ['+30 hari, the most allowed', clock(), 0, MAX_JUMP_MS, MAX_JUMP_MS],
    ['+1 jam while paused', clock({ paused: true, speed: 60 }), HOUR, HOUR, HOUR],
  ])('%s', (_case, state, realOffset, ms, simOffset) => {
    const at = real(realOffset);
    const jumped = applied(jump(state, ms, at));
    expect(simNow(jumped, at)).toEqual(sim(simOffset));
    expect(jumped).toMatchObject({ paused: state.paused, speed: state.speed, version: state.version + 1 });
  });

  it('a paused clock stays paused at the jumped-to time', () => {
    const jumped = applied(jump(clock({ paused: true }), DAY, real(MINUTE)));
    expect(simNow(jumped, real(HOUR))).toEqual(sim(DAY));
  });

  it.each([
    ['zero', 0],
    ['backwards', -HOUR],
    ['more than 30 days', MAX_JUMP_MS + 1],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('refuses a jump that is %s with INVALID_CLOCK_JUMP', (_case, ms) => {
    expect(jump(clock(), ms as number, real(SECOND))).toEqual({ ok: false, code: 'INVALID_CLOCK_JUMP' });
  });
});

describe('realTimeWhen', () => {
  it.each<[string, ClockState, number, number, number | null]>([
    // [case, clock, real ms now, sim due offset, real offset when due (null: never while paused)]
    ['1×: 1 sim minute ahead is 1 real minute away', clock(), 0, MINUTE, MINUTE],
    ['60×: 1 sim minute ahead is 1 real second away', clock({ speed: 60 }), 0, MINUTE, SECOND],
    ['60×: 3 sim days ahead is 72 real minutes away', clock({ speed: 60 }), 0, 3 * DAY, 72 * MINUTE],
    ['600×: 1 sim hour ahead is 6 real seconds away', clock({ speed: 600 }), 0, HOUR, 6 * SECOND],
    ['600×: from 10 s in, 2 sim hours is 2 s more', clock({ speed: 600 }), 10 * SECOND, 2 * HOUR, 12 * SECOND],
    ['600×: rounds up to the next real millisecond', clock({ speed: 600 }), 0, 1, 1],
    ['already due: now', clock({ speed: 60 }), MINUTE, HOUR, MINUTE],
    ['due exactly now: now', clock(), MINUTE, MINUTE, MINUTE],
    ['paused: never, until resumed', clock({ paused: true }), 0, MINUTE, null],
    ['paused and already due: still never', clock({ paused: true }), 0, -MINUTE, null],
  ])('%s', (_case, state, realOffset, simDue, expected) => {
    expect(realTimeWhen(state, sim(simDue), real(realOffset))).toEqual(expected === null ? null : real(expected));
  });
});
