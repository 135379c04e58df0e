import { afterEach, describe, expect, it } from 'vitest';
import { formatWibTime } from '../format/wib-date';
import { clearSession, saveSession, type ParticipantSession } from './session';
import { followSessionTimeZone } from './session-time-zone';

const trainee: ParticipantSession = {
  kind: 'participant',
  token: 'tok_trainee_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Daeng Ratna',
  role: 'trainee',
  classId: '22222222-2222-4333-8444-555555555555',
  className: 'Kelas Makassar',
  shopId: null,
  timeZone: 'Asia/Makassar',
};

describe('the signed-in participant’s class zone', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    clearSession();
    stop?.();
  });

  it('shows her times in it from the start, follows a new session, and is WIB again once she leaves', () => {
    saveSession(trainee);
    stop = followSessionTimeZone();
    expect(formatWibTime('2026-11-28T02:05:00Z')).toBe('10.05 WITA');
    saveSession({ ...trainee, timeZone: 'Asia/Jayapura' });
    expect(formatWibTime('2026-11-28T02:05:00Z')).toBe('11.05 WIT');
    clearSession();
    expect(formatWibTime('2026-11-28T02:05:00Z')).toBe('09.05 WIB');
  });

  it('is WIB for a session kept before sessions said their zone', () => {
    const { timeZone: _none, ...older } = trainee;
    saveSession(older);
    stop = followSessionTimeZone();
    expect(formatWibTime('2026-11-28T02:05:00Z')).toBe('09.05 WIB');
  });
});
