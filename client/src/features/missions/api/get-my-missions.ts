import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type MyMissionsView = components['schemas']['MyMissionsView'];
export type MissionResultView = components['schemas']['MissionResultView'];

/** GET /api/missions/mine: "Misi hari ini", the signed-in trainee's checklist. */
export function getMyMissions(signal?: AbortSignal) {
  return callApi(api.GET('/api/missions/mine', { signal }));
}
