import { api, callApi } from '../../../shared/api/http';
import type { CheckoutLine } from './checkout-types';

/** POST /api/checkout/quote: per shop, the lines, courier options (price, "estimasi tiba") or why none, and the payment methods. */
export function getQuote(destinationRegencyCode: string, items: CheckoutLine[] | undefined, signal?: AbortSignal) {
  return callApi(api.POST('/api/checkout/quote', { body: { destinationRegencyCode, ...(items ? { items } : {}) }, signal }));
}
