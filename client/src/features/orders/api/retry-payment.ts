import { api, callApi } from '../../../shared/api/http';

/** POST /api/orders/{orderId}/payment/retry: asks the gateway again for the payment number it could not give. */
export function retryPayment(orderId: string) {
  return callApi(api.POST('/api/orders/{orderId}/payment/retry', { params: { path: { orderId } } }));
}
