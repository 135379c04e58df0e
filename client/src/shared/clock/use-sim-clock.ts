import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/http';
import { useApi } from '../api/use-api';
import { getClock } from './get-clock';
import { anchorClock, simTimeAt, tickIntervalMs, type ClockAnchor, type ClockReading } from './sim-clock';

export interface SimClockState {
  /** Sim time now (ms), ticking locally; undefined until the first reading. */
  simNowMs: number | undefined;
  speed: number | undefined;
  paused: boolean | undefined;
  /** The clock's version in the last reading: a facilitator's change carries it as `expectedVersion`. */
  version: number | undefined;
  error: ApiError | undefined;
  /** A newer reading: from a `clock.changed` event, or the answer to the facilitator's change. */
  apply: (reading: ClockReading) => void;
  reload: () => void;
}

/** The class's simulated clock: read from the API, then run on this device between readings. */
export function useSimClock(classId: string | undefined): SimClockState {
  const [anchor, setAnchor] = useState<ClockAnchor | undefined>(undefined);
  const [simNowMs, setSimNowMs] = useState<number | undefined>(undefined);
  // A reading older than the one shown is ignored, whichever way it came: an event that arrived before a slower
  // answer of the API, or the first load's answer arriving after the resync's (the console then kept the old version
  // and the facilitator's first tap was refused as made on an old reading).
  const apply = useCallback(
    (reading: ClockReading) =>
      setAnchor((current) =>
        current?.version !== undefined && reading.version !== undefined && reading.version < current.version ? current : anchorClock(reading, Date.now()),
      ),
    [],
  );
  const clock = useApi(classId ? `clock:${classId}` : null, async (signal) => {
    const reading = await getClock(classId!, signal);
    apply(reading);
    return reading;
  });

  useEffect(() => {
    if (!anchor) return;
    const tick = () => setSimNowMs(simTimeAt(anchor, Date.now()));
    tick();
    const interval = tickIntervalMs(anchor);
    if (interval === null) return;
    const timer = setInterval(tick, interval);
    return () => clearInterval(timer);
  }, [anchor]);

  return {
    simNowMs,
    speed: anchor?.speed,
    paused: anchor?.paused,
    version: anchor?.version,
    error: clock.error,
    apply,
    reload: clock.reload,
  };
}
