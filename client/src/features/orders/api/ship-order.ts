// The seller's shipping steps (api/src/orders/fulfilment.controller.ts).
import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

export type DropPoint = components['schemas']['DropPointView'];

/** GET /api/orders/{orderId}/drop-points: the courier's counters near the shop. */
export function getDropPoints(orderId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/orders/{orderId}/drop-points', { params: { path: { orderId } }, signal }));
}

/** POST /api/orders/{orderId}/shipment: "Atur Pengiriman" with the chosen drop point; the resi comes back. */
export function arrangeShipment(orderId: string, dropPointId: string) {
  return callApi(api.POST('/api/orders/{orderId}/shipment', { params: { path: { orderId } }, body: { dropPointId } }));
}

/** POST /api/orders/{orderId}/ship: "Sudah diserahkan ke drop point". */
export function shipOrder(orderId: string) {
  return callApi(api.POST('/api/orders/{orderId}/ship', { params: { path: { orderId } }, body: {} }));
}
