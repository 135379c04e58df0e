// Pure: what the live order events (`order.placed`, `order.paid`, `order.cancelled`, `order.shipped`, … see api/src/orders) say, and
// how a list on screen follows them without a reload.
import type { ClassEvent, EventPayload, EventType } from '../../shared/realtime/class-event';
import type { OrderState, OrderSummary } from './api/order-types';

export const ORDER_EVENT_TYPES = [
  'order.placed',
  'order.paid',
  'order.cancelled',
  'order.shipped',
  'order.delivered',
  'order.returned',
  'order.completed',
] as const satisfies readonly EventType[];

/** An open order's page also follows its parcel, step by step (`order.tracking`, state unchanged). */
export const LIVE_ORDER_EVENT_TYPES = [...ORDER_EVENT_TYPES, 'order.tracking'] as const satisfies readonly EventType[];

type OrderEventType = (typeof LIVE_ORDER_EVENT_TYPES)[number];

/** What every live order event says (the API's payload types, so a renamed field fails here). */
export type OrderEventPayload = Pick<EventPayload<OrderEventType>, 'orderId' | 'shopId' | 'buyerId'> & { state: OrderState };

export function orderEventPayload(event: ClassEvent): OrderEventPayload | undefined {
  const { orderId, shopId, buyerId, state } = event.payload;
  if (typeof orderId !== 'string' || typeof shopId !== 'string' || typeof buyerId !== 'string' || typeof state !== 'string') return undefined;
  return { orderId, shopId, buyerId, state: state as OrderState };
}

/** The list with this order's new state, when the order is on it (else unchanged, the same array). */
export function withOrderState(items: OrderSummary[], payload: OrderEventPayload): OrderSummary[] {
  if (!items.some((item) => item.id === payload.orderId && item.state !== payload.state)) return items;
  return items.map((item) => (item.id === payload.orderId ? { ...item, state: payload.state, stateLabelKey: `order.state.${payload.state}` } : item));
}
