import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type PromotionView = components['schemas']['PromotionView'];
export type PromotionsView = components['schemas']['PromotionsView'];

/** GET /api/promotions: the shop's promotions with their views and orders, the price per day and the saldo. */
export function getPromotions(signal?: AbortSignal) {
  return callApi(api.GET('/api/promotions', { signal }));
}

/** POST /api/promotions: "Iklankan"; the fee leaves the saldo once per key. */
export function promoteProduct(idempotencyKey: string, productId: string, days: number) {
  return callApi(api.POST('/api/promotions', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: { productId, days } }));
}
