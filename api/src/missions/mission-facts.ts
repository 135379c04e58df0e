// Pure: folds one trainee's activity (oldest first) into the facts the mission checks read.
import { emptyFacts, type FraudDrillFacts, type OrderRef, type TraineeFacts } from './mission-checks.js';

/** The activity types that can change a mission; the console reads only these. */
export const MISSION_EVENT_TYPES = [
  'order.placed',
  'order.paid',
  'order.shipped',
  'order.ship_refused',
  'order.delivered',
  'order.completed',
  'order.cancelled',
  'order.returned',
  'chat.message_sent',
  'wallet.bank_account_registered',
  'wallet.withdrawal_requested',
  'wallet.withdrawal_succeeded',
  'wallet.withdrawal_failed',
] as const;

/** Events that change a mission through current state rather than the log (the shop's text, the products). */
export const STATE_EVENT_TYPES = ['shop.updated', 'product.created', 'product.updated', 'product.deleted'] as const;

export interface FactEvent {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export interface CurrentState {
  participantId: string;
  shop: TraineeFacts['shop'];
  productsWithPhoto: number;
  productsWithoutPhoto: number;
  /** The fraud-drill orders of this shop with their current state (from the orders table). */
  fraudDrillOrders: (OrderRef & { state: string })[];
}

interface OrderTrack extends OrderRef {
  state: string;
  seq: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `events` are the shop's and the trainee's mission events in the order they happened. */
export function foldFacts(current: CurrentState, events: readonly FactEvent[]): TraineeFacts {
  const facts = emptyFacts(current.shop);
  facts.productsWithPhoto = current.productsWithPhoto;
  facts.productsWithoutPhoto = current.productsWithoutPhoto;

  const orders = new Map<string, OrderTrack>();
  const shipped = new Map<string, boolean>();
  const attempted = new Set<string>();
  const withdrawals = new Map<string, string>();
  const counted = new Map<string, Set<string>>();
  const once = (kind: string, orderId: string): boolean => {
    const seen = counted.get(kind) ?? new Set<string>();
    counted.set(kind, seen);
    if (seen.has(orderId)) return false;
    seen.add(orderId);
    return true;
  };
  let seq = 0;
  const track = (payload: Record<string, unknown>, state: string) => {
    const orderId = str(payload.orderId);
    if (!orderId) return null;
    const known = orders.get(orderId);
    orders.set(orderId, { orderId, invoiceNumber: str(payload.invoiceNumber) ?? known?.invoiceNumber ?? '', state, seq: known?.seq ?? seq++ });
    return orderId;
  };

  for (const event of events) {
    const p = event.payload;
    switch (event.type) {
      case 'order.placed': {
        const id = track(p, 'AWAITING_PAYMENT');
        if (id && once('placed', id)) facts.ordersPlaced++;
        break;
      }
      case 'order.paid': {
        const id = track(p, 'PAID');
        if (id && once('paid', id)) facts.ordersPaid++;
        break;
      }
      case 'order.shipped': {
        const id = track(p, 'SHIPPED');
        if (id) {
          attempted.add(id);
          if (!shipped.has(id)) shipped.set(id, p.onTime !== false);
        }
        break;
      }
      case 'order.ship_refused': {
        const id = str(p.orderId);
        if (id) attempted.add(id);
        break;
      }
      case 'order.delivered': {
        const id = track(p, 'DELIVERED');
        if (id && once('delivered', id)) facts.ordersDelivered++;
        break;
      }
      case 'order.completed': {
        const id = track(p, 'COMPLETED');
        if (id && once('completed', id)) facts.ordersCompleted++;
        break;
      }
      case 'order.cancelled':
        track(p, 'CANCELLED');
        break;
      case 'order.returned':
        track(p, 'RETURNED');
        break;
      case 'chat.message_sent':
        if (p.senderRole === 'buyer') facts.buyerMessages++;
        else if (p.senderRole === 'seller' && event.actorId === current.participantId && p.automatic !== true && p.auto !== true) facts.sellerReplies++;
        break;
      case 'wallet.bank_account_registered':
        facts.bankAccountRegistered = true;
        break;
      case 'wallet.withdrawal_requested':
      case 'wallet.withdrawal_succeeded':
      case 'wallet.withdrawal_failed': {
        const id = str(p.withdrawalId);
        if (id) withdrawals.set(id, event.type.slice('wallet.withdrawal_'.length));
        break;
      }
    }
  }

  for (const onTime of shipped.values()) {
    if (onTime) facts.shippedOnTime++;
    else facts.shippedLate++;
  }
  for (const status of withdrawals.values()) {
    if (status === 'succeeded') facts.withdrawalsSucceeded++;
    else if (status === 'failed') facts.withdrawalsFailed++;
    else facts.withdrawalsProcessing++;
  }
  const bySeq = [...orders.values()].sort((a, b) => a.seq - b.seq);
  const ref = (order: OrderTrack | undefined): OrderRef | null => (order ? { orderId: order.orderId, invoiceNumber: order.invoiceNumber } : null);
  facts.awaitingPayment = ref(bySeq.filter((order) => order.state === 'AWAITING_PAYMENT').at(-1));
  facts.toShip = ref(bySeq.find((order) => order.state === 'PAID'));
  facts.fraudDrills = current.fraudDrillOrders.map(
    (order): FraudDrillFacts => ({ orderId: order.orderId, invoiceNumber: order.invoiceNumber, state: order.state, shipAttempted: attempted.has(order.orderId) }),
  );
  return facts;
}
