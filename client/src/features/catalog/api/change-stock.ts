import { api, callApi } from '../../../shared/api/http';

/** POST /api/products/{productId}/stock: restock by adding units ({ add }) or setting the number ({ set }). */
export function changeStock(productId: string, change: { add: number } | { set: number }) {
  return callApi(api.POST('/api/products/{productId}/stock', { params: { path: { productId } }, body: change }));
}
