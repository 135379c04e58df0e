import { DEFAULT_MISSION_SETTINGS, type MissionId, type MissionResult } from '../missions/mission-checks.js';
import { CERTIFICATE_CODE_LENGTH, missingMissions, newCertificateCode, normalizeCertificateCode, requiredMissions } from './certificate-rules.js';

const result = (id: MissionId, state: MissionResult['state']): MissionResult => ({ id, state, missing: null, target: '/' });

describe('requiredMissions', () => {
  it('is every enabled mission when the facilitators chose none', () => {
    const settings = DEFAULT_MISSION_SETTINGS.map((s) => ({ ...s, enabled: s.id !== 'fraud_drill' }));
    expect(requiredMissions([], settings)).toEqual(DEFAULT_MISSION_SETTINGS.map((s) => s.id).filter((id) => id !== 'fraud_drill'));
  });
  it('is the chosen missions otherwise', () => {
    expect(requiredMissions(['shop_setup', 'withdrawal'], DEFAULT_MISSION_SETTINGS)).toEqual(['shop_setup', 'withdrawal']);
  });
});

describe('missingMissions', () => {
  it.each([
    [['shop_setup'], [result('shop_setup', 'done')], []],
    [['shop_setup', 'withdrawal'], [result('shop_setup', 'done'), result('withdrawal', 'todo')], ['withdrawal']],
    [['fraud_drill'], [result('fraud_drill', 'failed')], ['fraud_drill']],
    [['bank_account'], [], ['bank_account']],
  ] as [MissionId[], MissionResult[], MissionId[]][])('%j with %j misses %j', (required, results, expected) => {
    expect(missingMissions(required, results)).toEqual(expected);
  });
});

describe('certificate codes', () => {
  it('are 10 characters without look-alikes, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCertificateCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[ACDEFGHJKMNPQRTWXY34679]{${CERTIFICATE_CODE_LENGTH}}$`));
  });
  it('read the same typed in lower case with dashes', () => {
    expect(normalizeCertificateCode('kmnp-qr34 79')).toBe('KMNPQR3479');
  });
});
