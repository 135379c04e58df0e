import { api, callApi } from '../../../shared/api/http';

/** GET /api/shops/mine/order-counts: the tabs' badge counts. */
export function getOrderCounts(signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine/order-counts', { signal }));
}
