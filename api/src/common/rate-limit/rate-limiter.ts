import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bookkeeping } from '../errors/nothing-done.js';
import { platformErrors } from '../errors/platform.errors.js';

export interface Limit {
  /** e.g. `login:ip:10.0.0.7`; one counter per bucket and window. */
  bucket: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL: one upsert per check, shared by every app node
 * (an in-memory limiter would let each node of a province-wide workshop count on its own).
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit in every bucket; throws TOO_MANY_REQUESTS when any is over its limit. */
  async hit(limits: Limit[], now = new Date()): Promise<void> {
    for (const limit of limits) {
      const window = windowOf(limit, now);
      // A count, not the request's effect: a 503 after it may still say nothing was done (nothing-done.ts).
      const rows: { hits: number }[] = await bookkeeping(() =>
        this.dataSource.query(
          COUNT_ONE_HIT,
          [limit.bucket.slice(0, 200), window.start],
        ),
      );
      if (rows[0]!.hits > limit.max) throw platformErrors.tooManyRequests(window.retryAfter);
    }
    this.sweepSometimes();
  }

  /**
   * Counts one hit in `counted` and, in the same statement (one round trip), refuses while `atLimit` is already at its
   * limit without counting in it (failures-only limits): the simulator's payer counts every call and is refused while
   * her misses are at their limit.
   */
  async hitAndPeek(counted: Limit, atLimit: Limit, now = new Date()): Promise<void> {
    const countedWindow = windowOf(counted, now);
    const peekedWindow = windowOf(atLimit, now);
    // A count, not the request's effect: a 503 after it may still say nothing was done (nothing-done.ts).
    const rows: { hits: number; peeked: number }[] = await bookkeeping(() =>
      this.dataSource.query(
        `WITH counted AS (${COUNT_ONE_HIT})
         SELECT (SELECT hits FROM counted) AS hits,
                COALESCE((SELECT hits FROM rate_limit_hit WHERE bucket = $3 AND window_start = $4), 0) AS peeked`,
        [counted.bucket.slice(0, 200), countedWindow.start, atLimit.bucket.slice(0, 200), peekedWindow.start],
      ),
    );
    if (rows[0]!.hits > counted.max) throw platformErrors.tooManyRequests(countedWindow.retryAfter);
    if (rows[0]!.peeked >= atLimit.max) throw platformErrors.tooManyRequests(peekedWindow.retryAfter);
    this.sweepSometimes();
  }

  private sweepSometimes(): void {
    // Old windows are swept now and then, not on every hit.
    if (Math.random() < 0.01) {
      void this.dataSource.query(`DELETE FROM rate_limit_hit WHERE window_start < now() - interval '1 day'`).catch(() => undefined);
    }
  }
}

/** One more hit in bucket $1's window starting at $2; answers the window's hits so far. */
const COUNT_ONE_HIT = `INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES ($1, $2, 1)
  ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hit.hits + 1
  RETURNING hits`;

/** The fixed window `now` falls in, and the seconds until it ends. */
function windowOf(limit: Limit, now: Date): { start: Date; retryAfter: number } {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { start, retryAfter: Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000) };
}
