import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type TraineeDrillView = components['schemas']['TraineeDrillView'];

/** GET /api/classes/{classId}/console/trainees/{participantId}: one trainee's shop, missions, orders and chats. */
export function getTraineeDrill(classId: string, participantId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/console/trainees/{participantId}', { params: { path: { classId, participantId } }, signal }));
}
