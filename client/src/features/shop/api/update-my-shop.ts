import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type UpdateShopRequest = components['schemas']['UpdateShopRequest'];

/** PATCH /api/shops/mine: a new name (3–60 characters) or description. */
export function updateMyShop(changes: UpdateShopRequest) {
  return callApi(api.PATCH('/api/shops/mine', { body: changes }));
}
