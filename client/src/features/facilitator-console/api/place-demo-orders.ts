import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type DemoOrderRequest = components['schemas']['DemoOrderRequest'];
export type DemoOrderBatchView = components['schemas']['DemoOrderBatchView'];

/**
 * POST /api/classes/{classId}/demo-orders: one trainee or everyone with an active product. The key is made
 * once per tap, so a double click or a retry of the same tap places the orders once.
 */
export function placeDemoOrders(classId: string, idempotencyKey: string, request: DemoOrderRequest) {
  return callApi(
    api.POST('/api/classes/{classId}/demo-orders', {
      params: { path: { classId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: request,
    }),
  );
}
