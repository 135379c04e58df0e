import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getOrder } from '../api/get-order';
import type { OrderDetail, OrderState } from '../api/order-types';
import { LIVE_ORDER_EVENT_TYPES, orderEventPayload } from '../order-events';

/** The order with its new state, at once, while the full reload is on its way. */
export function withState(order: OrderDetail, state: OrderState): OrderDetail {
  const paymentState = state === 'PAID' ? 'settled' : state === 'CANCELLED' ? 'cancelled' : undefined;
  return {
    ...order,
    state,
    stateLabelKey: `order.state.${state}`,
    payment: order.payment && paymentState && order.payment.state === 'pending' ? { ...order.payment, state: paymentState } : order.payment,
  };
}

/**
 * One order, kept live: its room (`order:<id>`) is joined, and its events (paid, cancelled, shipped, each tracking
 * step, delivered, returned, completed) flip it on screen
 * the moment they arrive, then the page reloads it for the details (history, deadlines).
 */
export function useLiveOrder(orderId: string, session: ParticipantSession) {
  // `early`: the order "Buat Pesanan" just made is drawn at once (checkout's placeOrder primes this read).
  const order = useApi(`order:${orderId}`, (signal) => getOrder(orderId, signal), { keepOffline: true, early: `/api/orders/${orderId}` });
  const live = useClassEvents({
    classId: session.classId,
    token: session.token,
    rooms: [`order:${orderId}`],
    types: LIVE_ORDER_EVENT_TYPES,
    onEvent: (event: ClassEvent) => {
      const payload = orderEventPayload(event);
      if (!payload || payload.orderId !== orderId) return;
      order.setData((current) => (current ? withState(current, payload.state) : current));
      order.reload();
    },
    onResync: order.reload,
  });
  return { order, live };
}
