// A small semaphore with a bounded waiting line, for CPU- and memory-heavy work (decoding photos with sharp).
// At most `concurrency` tasks run at once; up to `maxQueued` more wait their turn in arrival order; beyond that
// a caller that may be refused is refused at once (the caller answers 503 SERVER_BUSY with Retry-After), rather
// than piling work up until every request times out (issue 15, defect 7).

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The work queue is full');
    this.name = 'QueueFullError';
  }
}

export interface WorkQueueOptions {
  /** Tasks running at once (e.g. the number of cores). */
  concurrency: number;
  /** Tasks waiting at most, among those that may be refused. */
  maxQueued: number;
  /** Rough seconds one task takes, for the Retry-After estimate. */
  secondsPerTask?: number;
}

export interface RunOptions {
  /** false (internal work such as the demo seed): always wait, never refused, and not counted against maxQueued. */
  refuseWhenFull?: boolean;
}

export class WorkQueue {
  private running = 0;
  private refusableWaiting = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: WorkQueueOptions) {
    if (!(options.concurrency >= 1) || !(options.maxQueued >= 0)) throw new Error('WorkQueue: concurrency ≥ 1 and maxQueued ≥ 0');
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    const refusable = options.refuseWhenFull ?? true;
    if (this.running >= this.options.concurrency) {
      if (refusable && this.refusableWaiting >= this.options.maxQueued) throw new QueueFullError(this.retryAfterSeconds());
      if (refusable) this.refusableWaiting++;
      try {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      } finally {
        if (refusable) this.refusableWaiting--;
      }
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `running` never dips and lets a newcomer jump the queue.
      if (next) next();
      else this.running--;
    }
  }

  /** Seconds until the line ahead has likely cleared (at least 1). */
  retryAfterSeconds(): number {
    const perTask = this.options.secondsPerTask ?? 1;
    return Math.max(1, Math.ceil(((this.waiting.length + this.running) / this.options.concurrency) * perTask));
  }
}
