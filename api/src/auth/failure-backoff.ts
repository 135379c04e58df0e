import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { authErrors } from './auth.errors.js';

/**
 * Failed sign-ins, counted per target and per source, with exponential backoff (issue 15, defect 5). SECURITY.md
 * ("Wrong passwords and PINs") states the rule; in short:
 *
 * - Three counters per attempt: the pair (target + source), the source (an address, across targets) and the target
 *   (a facilitator's email, or a class's PINs, across addresses). Each allows `free` failures, then waits
 *   1 s, 2 s, 4 s … (capped at 15 min) after every further failure. A counter is forgotten an hour after its last
 *   failure.
 * - The target's counter only holds back addresses that already failed against that target. An address with no
 *   failure against it (a "clean source", e.g. the real trainee on another phone) is never locked out by what others
 *   did, so an attacker elsewhere cannot lock the real user out; an attacker with many addresses gets about one guess
 *   per address once the target is backing off.
 * - Success is never counted: a success deletes the pair's counter and takes back the attempt it charged to the
 *   source and the target.
 *
 * An attempt is charged *before* the password or PIN is checked, in one transaction holding the counters' rows, so
 * that parallel guesses cannot all slip through before the first failure is written. Counters live in PostgreSQL
 * (table `auth_failure`), which every app node already shares; Redis, optional, is not needed for this.
 */
export interface FailureRule {
  /** Failures allowed before any wait. */
  free: number;
}

export interface AttemptScope {
  /** `login` (facilitator email + password) or `pin` (class code + PIN). */
  kind: 'login' | 'pin';
  /** Who is being signed in: a normalized email, or a join code (a PIN names no one until it matches). */
  target: string;
  /** The client's address, as Fastify sees it with the configured TRUST_PROXY. */
  source: string;
}

export const BACKOFF = {
  pair: { free: 5 },
  target: { free: 10 },
  // A village hall shares one public address: its whole class may mistype.
  source: { free: 20 },
  baseMs: 1000,
  capMs: 15 * 60 * 1000,
  forgetAfterMs: 60 * 60 * 1000,
} as const;

/** Pure: how long to wait after `failures` failures of a counter that allows `free`. */
export function backoffMs(failures: number, free: number): number {
  if (failures <= free) return 0;
  const exponent = Math.min(failures - free - 1, 30);
  return Math.min(BACKOFF.baseMs * 2 ** exponent, BACKOFF.capMs);
}

export interface CounterState {
  failures: number;
  /** Milliseconds since the counter's last charged attempt. */
  ageMs: number;
}

/** Pure: milliseconds this attempt must still wait (0: go ahead), from the three counters as they are now. */
export function waitMs(counters: { pair?: CounterState; source?: CounterState; target?: CounterState }): number {
  const remaining = (counter: CounterState | undefined, rule: FailureRule) => {
    if (!counter || counter.ageMs >= BACKOFF.forgetAfterMs) return 0;
    return Math.max(0, backoffMs(counter.failures, rule.free) - counter.ageMs);
  };
  const pairRemaining = remaining(counters.pair, BACKOFF.pair);
  const clean = !counters.pair || counters.pair.failures === 0 || counters.pair.ageMs >= BACKOFF.forgetAfterMs;
  return Math.max(pairRemaining, remaining(counters.source, BACKOFF.source), clean ? 0 : remaining(counters.target, BACKOFF.target));
}

/**
 * One charged attempt: call `succeeded(manager)` inside the sign-in's own transaction when the credential was right;
 * otherwise it stays counted as a failure.
 */
export interface ChargedAttempt {
  succeeded(manager: EntityManager): Promise<void>;
  /** The credential was wrong: the wait starts now, not when the attempt was charged (checking a hash takes time). */
  failed(): Promise<void>;
}

interface Keys {
  pair: string;
  source: string;
  target: string;
}

@Injectable()
export class FailureBackoff {
  private readonly logger = new Logger(FailureBackoff.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Refuses with 429 TOO_MANY_ATTEMPTS (and Retry-After) while backing off; otherwise counts the attempt as failed until told otherwise. */
  async charge(scope: AttemptScope): Promise<ChargedAttempt> {
    const keys = keysOf(scope);
    const all = [keys.pair, keys.source, keys.target].sort();
    const wait = await this.dataSource.transaction(async (manager) => {
      // The rows exist first (a first attempt waits for a parallel one's insert to commit), then are locked in one
      // order (sorted keys): parallel guesses are decided one after the other, never in a cycle.
      await manager.query(
        `INSERT INTO auth_failure (key, failures, last_failure_at)
         SELECT k, 0, now() FROM unnest($1::text[]) AS k ORDER BY k
         ON CONFLICT (key) DO NOTHING`,
        [all],
      );
      const rows: { key: string; failures: number; age_ms: number }[] = await manager.query(
        `SELECT key, failures, (extract(epoch FROM now() - last_failure_at) * 1000)::float8 AS age_ms
           FROM auth_failure WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
        [all],
      );
      const state = (key: string): CounterState | undefined => {
        const row = rows.find((r) => r.key === key);
        return row ? { failures: row.failures, ageMs: Number(row.age_ms) } : undefined;
      };
      const ms = waitMs({ pair: state(keys.pair), source: state(keys.source), target: state(keys.target) });
      if (ms > 0) return ms;
      await manager.query(
        `UPDATE auth_failure
            SET failures = CASE WHEN last_failure_at < now() - make_interval(secs => $2) THEN 1 ELSE failures + 1 END,
                last_failure_at = now()
          WHERE key = ANY($1)`,
        [all, BACKOFF.forgetAfterMs / 1000],
      );
      return 0;
    });
    if (wait > 0) throw authErrors.tooManyAttempts(Math.ceil(wait / 1000));
    this.sweepSometimes();
    return {
      succeeded: async (manager) => {
        await manager.query(`DELETE FROM auth_failure WHERE key = $1`, [keys.pair]);
        await manager.query(
          `UPDATE auth_failure a SET failures = greatest(a.failures - 1, 0) FROM (${LOCKED_IN_KEY_ORDER}) locked WHERE a.key = locked.key`,
          [[keys.source, keys.target]],
        );
      },
      failed: async () => {
        await this.dataSource
          .query(`UPDATE auth_failure a SET last_failure_at = now() FROM (${LOCKED_IN_KEY_ORDER}) locked WHERE a.key = locked.key AND a.failures > 0`, [all])
          .catch((error: unknown) => this.logger.warn({ err: error }, 'auth_failure touch failed'));
      },
    };
  }

  private sweepSometimes(): void {
    if (Math.random() < 0.01) {
      void this.dataSource
        .query(`DELETE FROM auth_failure WHERE last_failure_at < now() - make_interval(secs => $1)`, [BACKOFF.forgetAfterMs / 1000])
        .catch((error: unknown) => this.logger.warn({ err: error }, 'auth_failure sweep failed'));
    }
  }
}

/**
 * The counters' rows named by $1, locked in key order, as `charge` locks them. A plain `UPDATE … WHERE key = ANY($1)`
 * locks them in the order it finds them (a sequential scan on a small table: the order they were written), so a
 * touch after a wrong password and a parallel guess's charge could each hold one row and wait for the other: a
 * deadlock, which PostgreSQL ends by failing one of them: a guess answered 500, or a failure left untouched.
 */
const LOCKED_IN_KEY_ORDER = `SELECT key FROM auth_failure WHERE key = ANY($1) ORDER BY key FOR UPDATE`;

function keysOf(scope: AttemptScope): Keys {
  const target = scope.target.slice(0, 150);
  const source = scope.source.slice(0, 60);
  return {
    pair: `${scope.kind}:pair:${target}|${source}`,
    source: `${scope.kind}:source:${source}`,
    target: `${scope.kind}:target:${target}`,
  };
}
