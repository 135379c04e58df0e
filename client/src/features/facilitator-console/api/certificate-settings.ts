import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type CertificateOverviewView = components['schemas']['CertificateOverviewView'];
export type MissionId = components['schemas']['MissionId'];

/** GET /api/classes/{classId}/certificates: the required missions and who has a certificate. */
export function getCertificateOverview(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/certificates', { params: { path: { classId } }, signal }));
}

/** PUT /api/classes/{classId}/certificates/settings: the missions a certificate needs (none: every enabled one). */
export function updateCertificateSettings(classId: string, requiredMissions: MissionId[]) {
  return callApi(api.PUT('/api/classes/{classId}/certificates/settings', { params: { path: { classId } }, body: { requiredMissions } }));
}
