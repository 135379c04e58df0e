// Pure simulated-time arithmetic for a class's clock (DESIGN "Simulation clock": 1×, 60×, 600×, "+1 hari").
// No Nest, no TypeORM and no `new Date()`: the caller passes the real time in, so every rule is table-tested.
// A clock is an anchor pair (real, sim) plus a speed. Every change re-anchors at the current sim time, so
// sim time never jumps except through `jump`, and it only ever moves forward.
import type { ClockErrorCode } from './clock.errors.js';

export interface ClockState {
  anchorReal: Date;
  anchorSim: Date;
  speed: number;
  paused: boolean;
  /** Bumped by every change, so work scheduled under an older clock can tell it is stale. */
  version: number;
}

/** The speeds the facilitator's console offers: real time, a minute per second, ten minutes per second. */
export const CLOCK_SPEEDS = [1, 60, 600] as const;
export type ClockSpeed = (typeof CLOCK_SPEEDS)[number];

/** "+1 hari" is the biggest button; a month is a generous ceiling that still catches a typo. */
export const MAX_JUMP_MS = 30 * 24 * 60 * 60 * 1000;

export type ClockChange = { ok: true; clock: ClockState } | { ok: false; code: ClockErrorCode };

export function isClockSpeed(speed: number): speed is ClockSpeed {
  return (CLOCK_SPEEDS as readonly number[]).includes(speed);
}

/** A clock that starts now at real time and 1×. */
export function startClock(realNow: Date): ClockState {
  return { anchorReal: realNow, anchorSim: realNow, speed: 1, paused: false, version: 1 };
}

export function simNow(clock: ClockState, realNow: Date): Date {
  if (clock.paused) return clock.anchorSim;
  // Clamped at the anchor: a node whose clock lags the one that re-anchored must not see sim time go back.
  const realElapsed = Math.max(0, realNow.getTime() - clock.anchorReal.getTime());
  return new Date(clock.anchorSim.getTime() + realElapsed * clock.speed);
}

function reanchor(clock: ClockState, realNow: Date, change: Partial<ClockState>): ClockState {
  return { ...clock, anchorReal: realNow, anchorSim: simNow(clock, realNow), ...change, version: clock.version + 1 };
}

/** Setting the speed it already has changes nothing (a double tap does one thing). */
export function setSpeed(clock: ClockState, speed: number, realNow: Date): ClockChange {
  if (!isClockSpeed(speed)) return { ok: false, code: 'INVALID_CLOCK_SPEED' };
  if (speed === clock.speed) return { ok: true, clock };
  return { ok: true, clock: reanchor(clock, realNow, { speed }) };
}

export function pause(clock: ClockState, realNow: Date): ClockChange {
  if (clock.paused) return { ok: true, clock };
  return { ok: true, clock: reanchor(clock, realNow, { paused: true }) };
}

/** Sim time carries on from where it stood when paused. */
export function resume(clock: ClockState, realNow: Date): ClockChange {
  if (!clock.paused) return { ok: true, clock };
  return { ok: true, clock: { ...clock, anchorReal: realNow, paused: false, version: clock.version + 1 } };
}

/** Forward only; a paused clock jumps and stays paused. */
export function jump(clock: ClockState, ms: number, realNow: Date): ClockChange {
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_JUMP_MS) return { ok: false, code: 'INVALID_CLOCK_JUMP' };
  const at = simNow(clock, realNow);
  return { ok: true, clock: reanchor(clock, realNow, { anchorSim: new Date(at.getTime() + ms) }) };
}

/** The real moment at which `simDue` arrives: `realNow` when already due, `null` while the clock stands still. */
export function realTimeWhen(clock: ClockState, simDue: Date, realNow: Date): Date | null {
  if (clock.paused) return null;
  const remainingSim = simDue.getTime() - simNow(clock, realNow).getTime();
  if (remainingSim <= 0) return realNow;
  return new Date(realNow.getTime() + Math.ceil(remainingSim / clock.speed));
}
