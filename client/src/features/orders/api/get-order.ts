import { api, callApi } from '../../../shared/api/http';

/** GET /api/orders/{orderId}: the whole order, as its buyer, its seller or a facilitator may see it. */
export function getOrder(orderId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/orders/{orderId}', { params: { path: { orderId } }, signal }));
}
