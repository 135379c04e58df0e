import { api, callApi } from '../api/http';

/** GET /api/classes/{classId}/clock: the class's simulated time, speed and pause state. */
export function getClock(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/clock', { params: { path: { classId } }, signal }));
}
