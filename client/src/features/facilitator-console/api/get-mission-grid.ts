import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type MissionGridView = components['schemas']['MissionGridView'];
export type GridTraineeView = components['schemas']['GridTraineeView'];
export type GridMissionView = components['schemas']['GridMissionView'];
export type GridCellView = components['schemas']['GridCellView'];
export type MissionId = GridCellView['id'];
export type MissionState = GridCellView['state'];

/** GET /api/classes/{classId}/console/grid: trainees × enabled missions, counters, idle longest. */
export function getMissionGrid(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/console/grid', { params: { path: { classId } }, signal }));
}
