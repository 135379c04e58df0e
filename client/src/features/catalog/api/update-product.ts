import { api, callApi } from '../../../shared/api/http';
import type { UpdateProductRequest } from './product-types';

/** PATCH /api/products/{productId}: any subset of the product (status included: deactivate, activate). */
export function updateProduct(productId: string, changes: UpdateProductRequest) {
  return callApi(api.PATCH('/api/products/{productId}', { params: { path: { productId } }, body: changes }));
}
