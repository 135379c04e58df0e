import { api, callApi } from '../../../shared/api/http';

/** DELETE /api/cart/items/{productId}: takes a line out; answers the whole cart. */
export function removeCartItem(productId: string) {
  return callApi(api.DELETE('/api/cart/items/{productId}', { params: { path: { productId } } }));
}
