import { api, callApi } from '../../../shared/api/http';
import { saveSession, type FacilitatorSession } from '../../../shared/auth/session';

/** POST /api/auth/login, and keep the facilitator's token on this laptop. */
export async function login(email: string, password: string): Promise<FacilitatorSession> {
  const answer = await callApi(api.POST('/api/auth/login', { body: { email, password } }));
  const session: FacilitatorSession = {
    kind: 'facilitator',
    token: answer.token,
    expiresAt: answer.expiresAt,
    id: answer.facilitator.id,
    name: answer.facilitator.name,
    role: answer.facilitator.role,
  };
  saveSession(session);
  return session;
}
