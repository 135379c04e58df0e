// A closed-loop load: N workers, each starts its next iteration as soon as the last one ended (no think time), as
// the Vendure anchor's load.js does. Only iterations that END inside the measured window count; when the window
// closes no new iteration starts, and the ones in flight are let finish (so no order is left half-paid) but not counted.

export interface StepTimes {
  [step: string]: number;
}

export interface LoopResult {
  /** Iterations that ended inside the window without an error. */
  done: number;
  /** Iterations that failed (inside the window or in warm-up). */
  errors: number;
  firstErrors: string[];
  seconds: number;
  /** Whole-iteration latencies (ms) of those counted. */
  latencies: number[];
  /** Per-step latencies (ms) of those counted. */
  steps: Map<string, number[]>;
}

/**
 * Runs `iteration(worker, steps)` in `concurrency` loops: `warmupMs` not counted, then `durationMs` measured.
 * `onWindow` is called when the measured window opens and closes (for CPU and statement readings).
 */
export async function closedLoop(
  concurrency: number,
  warmupMs: number,
  durationMs: number,
  iteration: (worker: number, steps: StepTimes) => Promise<void>,
  onWindow: { open?: () => Promise<void> | void; close?: () => Promise<void> | void } = {},
): Promise<LoopResult> {
  const result: LoopResult = { done: 0, errors: 0, firstErrors: [], seconds: durationMs / 1000, latencies: [], steps: new Map() };
  const started = performance.now();
  const windowOpens = started + warmupMs;
  const windowCloses = windowOpens + durationMs;
  let opened: Promise<void> | undefined;
  let closed: Promise<void> | undefined;
  const openTimer = setTimeout(() => (opened = Promise.resolve(onWindow.open?.())), warmupMs);
  const closeTimer = setTimeout(() => (closed = Promise.resolve(onWindow.close?.())), warmupMs + durationMs);

  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < windowCloses) {
        const steps: StepTimes = {};
        const begin = performance.now();
        try {
          await iteration(worker, steps);
        } catch (error) {
          result.errors++;
          if (result.firstErrors.length < 5) result.firstErrors.push(error instanceof Error ? error.message : String(error));
          continue;
        }
        const end = performance.now();
        if (end >= windowOpens && end < windowCloses) {
          result.done++;
          result.latencies.push(end - begin);
          for (const [step, ms] of Object.entries(steps)) {
            const list = result.steps.get(step) ?? [];
            list.push(ms);
            result.steps.set(step, list);
          }
        }
      }
    }),
  );
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  await opened;
  await closed;
  return result;
}

/** The q-quantile of these values (nearest rank), rounded to a ms; 0 for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
}
