// Pure: folds one trainee's activity into the facts the mission checks read.
//
// The fold is kept between checks (mission_fold): a check folds only the events that came after it. So the fold does
// not depend on the order events are folded in, nor on how they are split between the kept part and the new one:
// every "latest" is the latest by event id, every "first" the first by event id, and each event is folded once (the
// repository's watermark sees to that). `foldFacts(current, events)` is the same as folding any split of `events`.
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
  /** The activity row's id: what "first" and "latest" go by. */
  id: number;
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

/** Events counted once per order, whatever number of times they arrive: bits of `OrderFold`'s `counted`. */
const COUNTED_BIT: Record<string, number> = { 'order.placed': 1, 'order.paid': 2, 'order.delivered': 4, 'order.completed': 8 };

/**
 * What the fold keeps of one order of the shop, as a tuple: a kept fold holds every order the shop ever had, so each
 * is kept small (about 90 bytes of JSON).
 * - `invoice`: the invoice number the events carry (the smallest, should two ever differ);
 * - `first`: the id of its first state event (orders are listed in that order); null when only a refused shipment
 *   named it;
 * - `state`, `stateAt`: the state its latest state event put it in, and that event's id;
 * - `counted`: which of COUNTED_BIT's events it had;
 * - `shippedAt`, `onTime`: its first shipment's event id (null: none) and whether it was on time;
 * - `attempted`: the seller tried to ship it (shipped, or refused because it was not paid).
 */
export type OrderFold = [invoice: string, first: number | null, state: string, stateAt: number, counted: number, shippedAt: number | null, onTime: boolean, attempted: boolean];

/** One trainee's activity folded: stored as JSON between checks, so plain data only. */
export interface Fold {
  /** Order id → what is kept of it. */
  orders: Record<string, OrderFold>;
  /** Withdrawal id → its latest status and that event's id. */
  withdrawals: Record<string, [status: string, at: number]>;
  buyerMessages: number;
  sellerReplies: number;
  bankAccountRegistered: boolean;
  /** How many events are folded in. */
  events: number;
}

export function emptyFold(): Fold {
  return { orders: {}, withdrawals: {}, buyerMessages: 0, sellerReplies: 0, bankAccountRegistered: false, events: 0 };
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const STATE_OF: Record<string, string> = {
  'order.placed': 'AWAITING_PAYMENT',
  'order.paid': 'PAID',
  'order.shipped': 'SHIPPED',
  'order.delivered': 'DELIVERED',
  'order.completed': 'COMPLETED',
  'order.cancelled': 'CANCELLED',
  'order.returned': 'RETURNED',
};

/**
 * Adds `events` to `fold`, in place. `participantId` is the trainee's: only her own chat replies count. Events may
 * come in any order, but each must be folded only once.
 */
export function foldInto(fold: Fold, participantId: string, events: readonly FactEvent[]): void {
  for (const event of events) {
    fold.events++;
    const p = event.payload;
    const state = STATE_OF[event.type];
    if (state !== undefined || event.type === 'order.ship_refused') {
      const orderId = str(p.orderId);
      if (!orderId) continue;
      let o = fold.orders[orderId];
      if (!o) fold.orders[orderId] = o = ['', null, '', -1, 0, null, false, false];
      if (state === undefined) {
        o[7] = true;
        continue;
      }
      const invoice = str(p.invoiceNumber);
      if (invoice && (!o[0] || invoice < o[0])) o[0] = invoice;
      if (o[1] === null || event.id < o[1]) o[1] = event.id;
      if (event.id > o[3]) {
        o[2] = state;
        o[3] = event.id;
      }
      o[4] |= COUNTED_BIT[event.type] ?? 0;
      if (event.type === 'order.shipped') {
        o[7] = true;
        if (o[5] === null || event.id < o[5]) {
          o[5] = event.id;
          o[6] = p.onTime !== false;
        }
      }
      continue;
    }
    switch (event.type) {
      case 'chat.message_sent':
        if (p.senderRole === 'buyer') fold.buyerMessages++;
        else if (p.senderRole === 'seller' && event.actorId === participantId && p.automatic !== true && p.auto !== true) fold.sellerReplies++;
        break;
      case 'wallet.bank_account_registered':
        fold.bankAccountRegistered = true;
        break;
      case 'wallet.withdrawal_requested':
      case 'wallet.withdrawal_succeeded':
      case 'wallet.withdrawal_failed': {
        const id = str(p.withdrawalId);
        const known = id ? fold.withdrawals[id] : undefined;
        if (id && (!known || event.id > known[1])) fold.withdrawals[id] = [event.type.slice('wallet.withdrawal_'.length), event.id];
        break;
      }
    }
  }
}

/** The facts the checks read, from the trainee's folded events and what is true now. One pass over her orders. */
export function factsOf(current: CurrentState, fold: Fold): TraineeFacts {
  const facts = emptyFacts(current.shop);
  facts.productsWithPhoto = current.productsWithPhoto;
  facts.productsWithoutPhoto = current.productsWithoutPhoto;
  facts.buyerMessages = fold.buyerMessages;
  facts.sellerReplies = fold.sellerReplies;
  facts.bankAccountRegistered = fold.bankAccountRegistered;

  // The newest order awaiting payment and the oldest paid one, by their first event.
  let awaiting: { orderId: string; first: number } | null = null;
  let toShip: { orderId: string; first: number } | null = null;
  for (const orderId in fold.orders) {
    const [, first, state, , counted, shippedAt, onTime] = fold.orders[orderId]!;
    if (counted & 1) facts.ordersPlaced++;
    if (counted & 2) facts.ordersPaid++;
    if (counted & 4) facts.ordersDelivered++;
    if (counted & 8) facts.ordersCompleted++;
    if (shippedAt !== null) {
      if (onTime) facts.shippedOnTime++;
      else facts.shippedLate++;
    }
    if (first === null) continue;
    if (state === 'AWAITING_PAYMENT' && (!awaiting || first > awaiting.first)) awaiting = { orderId, first };
    else if (state === 'PAID' && (!toShip || first < toShip.first)) toShip = { orderId, first };
  }
  for (const [status] of Object.values(fold.withdrawals)) {
    if (status === 'succeeded') facts.withdrawalsSucceeded++;
    else if (status === 'failed') facts.withdrawalsFailed++;
    else facts.withdrawalsProcessing++;
  }
  const ref = (o: { orderId: string } | null): OrderRef | null => (o ? { orderId: o.orderId, invoiceNumber: fold.orders[o.orderId]![0] } : null);
  facts.awaitingPayment = ref(awaiting);
  facts.toShip = ref(toShip);
  facts.fraudDrills = current.fraudDrillOrders.map(
    (o): FraudDrillFacts => ({ orderId: o.orderId, invoiceNumber: o.invoiceNumber, state: o.state, shipAttempted: fold.orders[o.orderId]?.[7] ?? false }),
  );
  return facts;
}

/** The facts from all of a trainee's events at once. */
export function foldFacts(current: CurrentState, events: readonly FactEvent[]): TraineeFacts {
  const fold = emptyFold();
  foldInto(fold, current.participantId, events);
  return factsOf(current, fold);
}
