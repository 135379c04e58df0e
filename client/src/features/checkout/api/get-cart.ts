import { api, callApi } from '../../../shared/api/http';

/** GET /api/cart: the cart, one group per shop (each becomes one order). */
export function getCart(signal?: AbortSignal) {
  return callApi(api.GET('/api/cart', { signal }));
}
