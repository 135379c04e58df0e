import { api, callApi } from '../api/http';
import { clearSession } from './session';

/**
 * POST /api/auth/logout, then forget the token on this device. The token is forgotten even when the
 * server cannot be reached: the person asked to leave this phone.
 */
export async function logout(): Promise<void> {
  try {
    await callApi(api.POST('/api/auth/logout'));
  } catch {
    // Offline or already invalid: the token is dropped here all the same.
  } finally {
    clearSession();
  }
}
