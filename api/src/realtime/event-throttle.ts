// Per-connection limits for client→server socket events (issue 15, defect 5): a token bucket, and the memory of
// room decisions already made, so that a flooding socket costs the database nothing.

export interface ThrottleLimits {
  /** Events a connection may send at once. */
  burst: number;
  /** Events per second the bucket regains. */
  refillPerSecond: number;
  /** A connection that had this many events dropped within `dropWindowMs` is disconnected. */
  disconnectAfterDropped: number;
  dropWindowMs: number;
}

/** A phone sends a handful of events when a page opens (class:watch, an order room) and a typing signal every few seconds. */
export const SOCKET_EVENT_LIMITS: ThrottleLimits = { burst: 20, refillPerSecond: 5, disconnectAfterDropped: 100, dropWindowMs: 10_000 };

export type ThrottleVerdict = 'allow' | 'drop' | 'disconnect';

/** Pure: a token bucket with a count of recent drops. `now` in milliseconds. */
export class EventThrottle {
  private tokens: number;
  private last: number;
  private dropped = 0;
  private dropWindowStart = 0;

  constructor(
    private readonly limits: ThrottleLimits = SOCKET_EVENT_LIMITS,
    now = Date.now(),
  ) {
    this.tokens = limits.burst;
    this.last = now;
  }

  take(now = Date.now()): ThrottleVerdict {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.limits.burst, this.tokens + elapsed * this.limits.refillPerSecond);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'allow';
    }
    if (now - this.dropWindowStart > this.limits.dropWindowMs) {
      this.dropWindowStart = now;
      this.dropped = 0;
    }
    this.dropped += 1;
    return this.dropped >= this.limits.disconnectAfterDropped ? 'disconnect' : 'drop';
  }
}

/**
 * Room decisions a connection already got: a join asked again is answered from here, with no query. Allowed rooms
 * are kept for the connection's life (the socket would stay in the room anyway); refusals for a short while, in case
 * the thing comes to exist (an order placed a moment later). Bounded, so a socket cannot grow it without end. A
 * revoked token (logout, archived class) ends the connection and this with it.
 */
export class RoomDecisionCache {
  private readonly decisions = new Map<string, { allowed: boolean; until: number }>();

  constructor(
    private readonly refusalTtlMs = 30_000,
    private readonly maxEntries = 256,
  ) {}

  get(key: string, now = Date.now()): boolean | undefined {
    const decision = this.decisions.get(key);
    if (!decision) return undefined;
    if (decision.until < now) {
      this.decisions.delete(key);
      return undefined;
    }
    return decision.allowed;
  }

  set(key: string, allowed: boolean, now = Date.now()): void {
    if (this.decisions.size >= this.maxEntries && !this.decisions.has(key)) {
      const oldest = this.decisions.keys().next().value;
      if (oldest !== undefined) this.decisions.delete(oldest);
    }
    this.decisions.set(key, { allowed, until: allowed ? Number.POSITIVE_INFINITY : now + this.refusalTtlMs });
  }

  clear(): void {
    this.decisions.clear();
  }
}
