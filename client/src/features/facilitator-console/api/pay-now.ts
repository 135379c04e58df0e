import { api, callApi } from '../../../shared/api/http';

/** POST /api/classes/{classId}/orders/{orderId}/pay-now: pays a demo order through the simulator, as a payer would. */
export function payNow(classId: string, orderId: string) {
  return callApi(api.POST('/api/classes/{classId}/orders/{orderId}/pay-now', { params: { path: { classId, orderId } } }));
}
