// Opaque bearer tokens and short re-login PINs. Pure: no framework, no database.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, URL-safe. Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A 6-digit PIN a facilitator reads out so a trainee can move to another phone. */
export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export const TOKEN_LIFETIME_MS = {
  /** A facilitator logs in for a working day. */
  facilitator: 12 * 60 * 60 * 1000,
  /** A trainee's phone stays signed in for the whole programme. */
  participant: 60 * 24 * 60 * 60 * 1000,
};

export const PIN_LIFETIME_MS = 30 * 60 * 1000;

/** Reads `Authorization: Bearer <token>`; undefined when absent or malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header?.trim() ?? '');
  return match?.[1];
}
