import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ShopView = components['schemas']['ShopView'];

/** GET /api/shops/mine: the trainee's own shop. */
export function getMyShop(signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine', { signal }));
}
