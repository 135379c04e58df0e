import { api, callApi } from '../../../shared/api/http';
import type { SellerTab } from './order-types';

/** GET /api/shops/mine/orders?tab=: the seller's "Pesanan" in one tab, newest first. */
export function getShopOrders(tab: SellerTab, signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine/orders', { params: { query: { tab, limit: 50 } }, signal }));
}
