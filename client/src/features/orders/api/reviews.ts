import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type Review = components['schemas']['ReviewView'];

/** GET /api/orders/{orderId}/reviews: which products of this order the buyer has reviewed. */
export function getOrderReviews(orderId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/orders/{orderId}/reviews', { params: { path: { orderId } }, signal }));
}

/** POST /api/orders/{orderId}/reviews: 1–5 stars and a text for one product of a completed order. */
export function createReview(orderId: string, productId: string, rating: number, text: string) {
  return callApi(api.POST('/api/orders/{orderId}/reviews', { params: { path: { orderId } }, body: { productId, rating, text } }));
}
