// The label and Cek Resi endpoints (api/src/orders/fulfilment.controller.ts), typed from the generated schema.
import { api, callApi } from '../../../shared/api/http';
import type { components } from '../../../shared/api/schema';

type Schemas = components['schemas'];
export type DropPoint = Schemas['DropPointView'];
export type ShippingLabel = Schemas['ShippingLabelView'];
export type PublicTracking = Schemas['PublicTrackingView'];
export type TrackingStep = Schemas['TrackingStepView'];
export type Shipment = Schemas['ShipmentView'];

/** GET /api/orders/{orderId}/label: what the printed label says. */
export function getLabel(orderId: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/orders/{orderId}/label', { params: { path: { orderId } }, signal }));
}

/** GET /api/tracking/{resi}: Cek Resi, for anyone. */
export function getTracking(resi: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/tracking/{resi}', { params: { path: { resi } }, signal }));
}
