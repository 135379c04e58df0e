// Pure: what the live order events (`order.placed`, `order.paid`, `order.cancelled`, `order.shipped`, … see api/src/orders) say, and
// how a list on screen follows them without a reload.
import type { ClassEvent } from '../../shared/realtime/class-event';
import type { OrderState, OrderSummary } from './api/order-types';

export const ORDER_EVENT_TYPES = ['order.placed', 'order.paid', 'order.cancelled', 'order.shipped', 'order.delivered', 'order.returned', 'order.completed'] as const;

/** An open order's page also follows its parcel, step by step (`order.tracking`, state unchanged). */
export const LIVE_ORDER_EVENT_TYPES = [...ORDER_EVENT_TYPES, 'order.tracking'] as const;

export interface OrderEventPayload {
  orderId: string;
  shopId: string;
  buyerId: string;
  state: OrderState;
}

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
