import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';
import { saveSession, type ParticipantSession } from '../../../shared/auth/session';

export type JoinRequest = components['schemas']['JoinRequest'];
export type JoinResponse = components['schemas']['JoinResponse'];

/** What this phone keeps after joining (or signing in again with a PIN). */
export function participantSession(joined: JoinResponse): ParticipantSession {
  return {
    kind: 'participant',
    token: joined.token,
    expiresAt: joined.expiresAt,
    id: joined.participantId,
    name: joined.name,
    role: joined.role,
    classId: joined.class.id,
    className: joined.class.name,
    shopId: joined.shop?.id ?? null,
    timeZone: joined.class.timeZone,
  };
}

/** POST /api/join, and keep the token on this phone. */
export async function joinClass(request: JoinRequest): Promise<ParticipantSession> {
  const joined = await callApi(api.POST('/api/join', { body: request }));
  const session = participantSession(joined);
  saveSession(session);
  return session;
}
