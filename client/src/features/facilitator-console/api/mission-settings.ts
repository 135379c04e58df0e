import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type MissionSettingsView = components['schemas']['MissionSettingsView'];
export type MissionSettingInput = components['schemas']['MissionSettingInput'];

/** GET /api/classes/{classId}/missions/settings: every mission in the class's order, on or off. */
export function getMissionSettings(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/missions/settings', { params: { path: { classId } }, signal }));
}

/** PUT /api/classes/{classId}/missions/settings: every mission exactly once, in the new order. */
export function updateMissionSettings(classId: string, missions: MissionSettingInput[]) {
  return callApi(api.PUT('/api/classes/{classId}/missions/settings', { params: { path: { classId } }, body: { missions } }));
}
