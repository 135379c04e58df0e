import { api, callApi } from '../../../shared/api/http';
import type { SellerTab } from './order-types';

/** GET /api/orders/mine: "Pesanan Saya", newest first; one tab's orders, or all. */
export function getMyOrders(tab: SellerTab | undefined, signal?: AbortSignal) {
  return callApi(api.GET('/api/orders/mine', { params: { query: { ...(tab ? { tab } : {}), limit: 50 } }, signal }));
}
