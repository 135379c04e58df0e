// Pure: who earns the "Sertifikat", and its code. The facilitators choose the missions it needs; by default every
// mission the class has switched on. The code is printed under the QR and typed by whoever checks the paper, so it
// uses the join codes' alphabet without look-alikes; 10 of its 23 characters are about 2^45 codes, and a code is
// checked only by a page that shows a name, a class and a date.
import { randomInt } from 'node:crypto';
import { normalizeJoinCode, readableCode } from '../classes/join-code.js';
import type { MissionId, MissionResult, MissionSetting } from '../missions/mission-checks.js';

export const CERTIFICATE_CODE_LENGTH = 10;

export function newCertificateCode(random: (max: number) => number = randomInt): string {
  return readableCode(CERTIFICATE_CODE_LENGTH, random);
}

/** What someone typed → the code as stored (case, spaces and dashes do not matter). */
export const normalizeCertificateCode = normalizeJoinCode;

/** The missions the certificate needs: the chosen ones, or every enabled mission when none was chosen. */
export function requiredMissions(chosen: readonly MissionId[], settings: readonly MissionSetting[]): MissionId[] {
  return chosen.length > 0 ? [...chosen] : settings.filter((s) => s.enabled).map((s) => s.id);
}

/** The required missions not done yet (empty: the certificate is earned). */
export function missingMissions(required: readonly MissionId[], results: readonly MissionResult[]): MissionId[] {
  const done = new Set(results.filter((r) => r.state === 'done').map((r) => r.id));
  return required.filter((id) => !done.has(id));
}
