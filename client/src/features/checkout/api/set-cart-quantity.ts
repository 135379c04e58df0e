import { api, callApi } from '../../../shared/api/http';

/** PUT /api/cart/items/{productId}: sets a line's quantity, adding the line when it is new; answers the whole cart. */
export function setCartQuantity(productId: string, quantity: number) {
  return callApi(api.PUT('/api/cart/items/{productId}', { params: { path: { productId } }, body: { quantity } }));
}
