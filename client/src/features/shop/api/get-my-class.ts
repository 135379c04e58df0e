import { api, callApi } from '../../../shared/api/http';

/** GET /api/classes/{classId}: the trainee's class (its name can change during the day). */
export function getMyClass(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}', { params: { path: { classId } }, signal }));
}
