/**
 * The server's word that its database is away: an answer of 503 DATABASE_UNAVAILABLE to any call. The phone's socket
 * stays connected through a database outage (the app itself is up), so the status dot, which trusts the socket,
 * needs this to say the server is in trouble until GET /api/health says it is well again.
 */
import { createFlag } from '../store/flag';

const troubled = createFlag();

export const databaseTroubled = troubled.get;

/** Calls `listener` whenever that changes; returns the unsubscribe. */
export const subscribeDatabaseTrouble = troubled.subscribe;

/**
 * Every answer's status and parsed body come here, whichever way it was asked (the generated client, the outbox and
 * other `fetchWithSession` calls, the photo's XHR): a 503 DATABASE_UNAVAILABLE says the database is away.
 */
export function noteAnswer(status: number, body: unknown): void {
  if (status === 503 && typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'DATABASE_UNAVAILABLE') troubled.set(true);
}

/** GET /api/health said all is well again. */
export function clearDatabaseTrouble(): void {
  troubled.set(false);
}
