import { api, callApi } from '../../../shared/api/http';

/** GET /api/shops/mine/products: every product of the trainee's shop, inactive ones too, newest first. */
export function getMyProducts(signal?: AbortSignal) {
  return callApi(api.GET('/api/shops/mine/products', { signal }));
}
