import { api, callApi } from '../../../shared/api/http';

/** GET /api/classes/{classId}/orders: every order of the class, newest first. */
export function getClassOrders(classId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/orders', { params: { path: { classId }, query: { limit: 50 } }, signal }));
}
