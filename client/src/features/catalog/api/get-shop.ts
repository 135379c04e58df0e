import { api, callApi } from '../../../shared/api/http';

/** GET /api/classes/{classId}/shops/{shopId}: a shop of the class, as its page shows it. */
export function getShop(classId: string, shopId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/shops/{shopId}', { params: { path: { classId, shopId } }, signal }));
}
