import { api, callApi } from '../../../shared/api/http';

/** POST /api/orders/{orderId}/refuse: the seller refuses, with a reason the buyer reads. */
export function refuseOrder(orderId: string, reason: string) {
  return callApi(api.POST('/api/orders/{orderId}/refuse', { params: { path: { orderId } }, body: { reason } }));
}
