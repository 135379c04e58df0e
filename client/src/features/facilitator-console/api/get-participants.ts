import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ParticipantView = components['schemas']['ParticipantView'];

/** GET /api/classes/{classId}/participants: everyone in the class, in the order they joined. */
export function getParticipants(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/participants', { params: { path: { classId } }, signal }));
}
