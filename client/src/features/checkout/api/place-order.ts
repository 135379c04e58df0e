import { api, callApi } from '../../../shared/api/http';
import { primeRead } from '../../../shared/api/use-api';
import type { PlaceOrderRequest } from './checkout-types';

/**
 * POST /api/orders: "Buat Pesanan", one order per shop. The Idempotency-Key is made once per checkout attempt:
 * sent again (a double tap, a retry after the Wi-Fi dropped) it answers with the orders of the first request.
 * Each order in the answer is what GET /api/orders/{orderId} answers now: the payment page it opens draws it at once
 * (primeRead) while reading it afresh.
 */
export async function placeOrder(idempotencyKey: string, body: PlaceOrderRequest) {
  const result = await callApi(api.POST('/api/orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
  for (const order of result.orders) primeRead(`/api/orders/${order.id}`, order);
  return result;
}
