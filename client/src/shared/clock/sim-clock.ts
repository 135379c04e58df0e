// A class's simulated clock, run locally between the server's readings: sim time advances `speed` times
// faster than real time unless paused (api/src/clock/sim-time.ts holds the server's rule).
export interface ClockReading {
  simNow: string;
  speed: number;
  paused: boolean;
  /** Goes up with every change; a facilitator's change sends the one she saw (two taps at once apply once). */
  version?: number;
}

export interface ClockAnchor {
  /** Sim time (ms since epoch) at the moment of the reading. */
  simMs: number;
  /** This device's time (ms) when the reading arrived. */
  localMs: number;
  speed: number;
  paused: boolean;
  version: number | undefined;
}

export function anchorClock(reading: ClockReading, localNowMs: number): ClockAnchor {
  return { simMs: Date.parse(reading.simNow), localMs: localNowMs, speed: reading.speed, paused: reading.paused, version: reading.version };
}

/** The sim time now; never earlier than the reading, even if this device's clock steps back. */
export function simTimeAt(anchor: ClockAnchor, localNowMs: number): number {
  if (anchor.paused) return anchor.simMs;
  return anchor.simMs + Math.max(0, localNowMs - anchor.localMs) * anchor.speed;
}

/** How often the display needs refreshing for minutes to tick by smoothly. */
export function tickIntervalMs(anchor: ClockAnchor): number | null {
  if (anchor.paused) return null;
  // At 600× a real second is ten sim minutes; at 1× and 60× once a second is enough.
  return anchor.speed >= 600 ? 100 : 1000;
}
