import { api, callApi } from '../../../shared/api/http';
import { saveSession, type ParticipantSession } from '../../../shared/auth/session';
import { participantSession } from './join-class';

/** POST /api/join/pin: the same participant on another phone, with the PIN the facilitator read out. */
export async function pinLogin(code: string, pin: string): Promise<ParticipantSession> {
  const joined = await callApi(api.POST('/api/join/pin', { body: { code, pin } }));
  const session = participantSession(joined);
  saveSession(session);
  return session;
}
