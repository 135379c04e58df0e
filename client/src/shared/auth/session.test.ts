import { describe, expect, it, vi } from 'vitest';
import {
  clearSession,
  entryPath,
  expireSession,
  getSession,
  onSessionExpired,
  saveSession,
  SESSION_STORAGE_KEY,
  subscribeSession,
  type ParticipantSession,
} from './session';

const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: 'p-1',
  name: 'Sriyati',
  role: 'trainee',
  classId: 'c-1',
  className: 'Pelatihan',
  shopId: 's-1',
};

describe('session', () => {
  it('keeps the token in localStorage, so a reload is the same person', () => {
    saveSession(trainee);
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual(trainee);
    expect(getSession()).toEqual(trainee);
    expect(getSession()).toBe(getSession()); // stable for useSyncExternalStore
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another shape', JSON.stringify({ token: 'x' })],
    ['a past expiry', JSON.stringify({ ...trainee, expiresAt: '2020-01-01T00:00:00.000Z' })],
  ])('has nobody signed in with %s', (_case, stored) => {
    if (stored !== null) window.localStorage.setItem(SESSION_STORAGE_KEY, stored);
    expect(getSession()).toBeNull();
  });

  it('tells listeners about sign-in and sign-out', () => {
    const listener = vi.fn();
    const stop = subscribeSession(listener);
    saveSession(trainee);
    clearSession();
    stop();
    saveSession(trainee);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('expires the refused token and says whose it was', () => {
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    saveSession(trainee);
    expireSession(trainee.token);
    stop();
    expect(getSession()).toBeNull();
    expect(expired).toHaveBeenCalledWith('participant');
  });

  it('keeps a newer sign-in when an old token is refused late', () => {
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    saveSession({ ...trainee, token: 'tok_newer_0123456789abcdef' });
    expireSession(trainee.token);
    stop();
    expect(getSession()?.token).toBe('tok_newer_0123456789abcdef');
    expect(expired).not.toHaveBeenCalled();
  });

  it.each([
    ['participant', '/gabung'],
    ['facilitator', '/fasilitator/masuk'],
  ] as const)('sends a %s back to %s', (kind, path) => {
    expect(entryPath(kind)).toBe(path);
  });
});
