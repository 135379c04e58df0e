// The one Idempotency-Key helper. Every use case that takes the header (checkout, withdrawals, promotions, products,
// demo orders, scenarios) reads the key, fingerprints the request and compares a replay with it through these
// functions, so the key's format, its codes and "same key, different request" mean the same everywhere. Where the
// first answer is stored stays with each use case (its own table and unique index), since that is what it replays.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { idempotencyErrors } from '../errors/idempotency.errors.js';

/** An Idempotency-Key: 8 to 100 visible ASCII characters (a UUID fits). */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]{8,100}$/.test(value);
}

/** The header of a use case that needs it: 400 IDEMPOTENCY_KEY_REQUIRED when absent or malformed. */
export function requiredIdempotencyKey(header: string | undefined): string {
  if (!isIdempotencyKey(header)) throw idempotencyErrors.keyRequired();
  return header;
}

/** The header of a use case where it is optional: absent is fine, malformed is 400 IDEMPOTENCY_KEY_INVALID. */
export function optionalIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!isIdempotencyKey(header)) throw idempotencyErrors.keyInvalid();
  return header;
}

/** JSON with object keys sorted, so that the same request always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fingerprint stored beside the first answer (sha256 of the canonical JSON of what the request asked for). */
export function requestFingerprint(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/** A replay must ask for what the first request asked for; otherwise 409 IDEMPOTENCY_KEY_REUSED and nothing is done. */
export function assertSameRequest(first: string, now: string): void {
  if (first !== now) throw idempotencyErrors.keyReused();
}

/** Two sends of one key at once wait for each other inside their transactions (for use cases without a row to lock). */
export async function lockIdempotencyKey(manager: EntityManager, scope: string, key: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${scope}:${key}`]);
}
