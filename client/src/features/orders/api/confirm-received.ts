import { api, callApi } from '../../../shared/api/http';

/** POST /api/orders/{orderId}/received: the buyer's "Pesanan Diterima". */
export function confirmReceived(orderId: string) {
  return callApi(api.POST('/api/orders/{orderId}/received', { params: { path: { orderId } } }));
}
