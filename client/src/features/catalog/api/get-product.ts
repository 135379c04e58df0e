import { api, callApi } from '../../../shared/api/http';

/** GET /api/classes/{classId}/products/{productId}: a product's page (its seller also sees it while inactive). */
export function getProduct(classId: string, productId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/products/{productId}', { params: { path: { classId, productId } }, signal }));
}
