import { api, callApi } from '../../../shared/api/http';
import type { CreateProductRequest } from './product-types';

/** POST /api/products: posts a product to the class storefront; the answer carries `hints` (advice, not refusals). */
export function createProduct(product: CreateProductRequest) {
  return callApi(api.POST('/api/products', { body: product }));
}
