import { api, callApi } from '../../../shared/api/http';
import type { PlaceOrderRequest } from './checkout-types';

/**
 * POST /api/orders: "Buat Pesanan", one order per shop. The Idempotency-Key is made once per checkout attempt:
 * sent again (a double tap, a retry after the Wi-Fi dropped) it answers with the orders of the first request.
 */
export function placeOrder(idempotencyKey: string, body: PlaceOrderRequest) {
  return callApi(api.POST('/api/orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}
