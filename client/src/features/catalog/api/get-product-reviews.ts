import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type ProductReviews = components['schemas']['ProductReviewsView'];

/** GET /api/classes/{classId}/products/{productId}/reviews: the average and the newest reviews. */
export function getProductReviews(classId: string, productId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/products/{productId}/reviews', { params: { path: { classId, productId } }, signal }));
}
