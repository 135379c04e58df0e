import { api, callApi } from '../../../shared/api/http';

/** POST /api/orders/{orderId}/cancel: the buyer cancels before paying. */
export function cancelOrder(orderId: string) {
  return callApi(api.POST('/api/orders/{orderId}/cancel', { params: { path: { orderId } } }));
}
