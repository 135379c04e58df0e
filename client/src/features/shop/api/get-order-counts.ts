import { api, callApi } from '../../../shared/api/http';

/** GET /api/shops/mine/order-counts: the badge on "Pesanan" (orders paid and waiting to be shipped). */
export function getOrderCounts(signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine/order-counts', { signal }));
}
