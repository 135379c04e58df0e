// Pure: shipment and tracking rows → what the API answers. The public (Cek Resi) view names cities and the courier
// only; the receiver is always "YBS" (the addressee), never a name.
import type { LabelCourierView, PublicTrackingView, ShipmentView, TrackingStepView } from './dto/fulfilment.dto.js';
import type { CourierService } from './courier-services.js';
import type { ShipmentRow, TrackingEventRow } from './shipments.repository.js';
import { RECEIVER_IN_PERSON } from './tracking-plan.js';

export function trackingStepView(event: TrackingEventRow): TrackingStepView {
  return { step: event.step, at: event.at.toISOString(), city: event.city, receiver: event.step === 'delivered' ? RECEIVER_IN_PERSON : null };
}

export function shipmentView(row: ShipmentRow, events: readonly TrackingEventRow[]): ShipmentView {
  return {
    resi: row.resi,
    courierCode: row.courier_code,
    dropPoint: { ...row.drop_point },
    arrangedAt: row.arranged_at.toISOString(),
    shippedAt: row.shipped_at?.toISOString() ?? null,
    tracking: events.map(trackingStepView),
  };
}

export function labelCourierView(service: Pick<CourierService, 'code' | 'courier' | 'service' | 'name'>): LabelCourierView {
  return { code: service.code, courier: service.courier, service: service.service, name: service.name };
}

export function trackingStatus(row: Pick<ShipmentRow, 'shipped_at'>, events: readonly TrackingEventRow[]): PublicTrackingView['status'] {
  if (events.some((event) => event.step === 'returned')) return 'returned';
  if (events.some((event) => event.step === 'delivered')) return 'delivered';
  return row.shipped_at ? 'in_transit' : 'waiting';
}

export function publicTrackingView(row: ShipmentRow, service: Pick<CourierService, 'code' | 'courier' | 'service' | 'name'>, events: readonly TrackingEventRow[]): PublicTrackingView {
  return {
    resi: row.resi,
    courier: labelCourierView(service),
    status: trackingStatus(row, events),
    originCity: row.origin_city,
    destinationCity: row.destination_city,
    steps: events.map(trackingStepView),
  };
}
