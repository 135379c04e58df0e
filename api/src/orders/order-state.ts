// Pure: the one order state machine of DESIGN "The flow it simulates". Every status change asks checkTransition;
// who may make each move is the table ORDER_MOVES, checked against ORDER_TRANSITIONS when this file loads.
import type { OrderTransitionErrorCode } from './order.errors.js';

export const ORDER_STATES = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'RETURNED'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** `order.state.PAID` for PAID, and so on: the client holds the words, the API names only the key. */
function i18nKeys<const P extends string, const V extends string>(prefix: P, values: readonly V[]): { readonly [K in V]: `${P}.${K}` } {
  return Object.fromEntries(values.map((value) => [value, `${prefix}.${value}`])) as { [K in V]: `${P}.${K}` };
}

/** The labels sellers see (Belum Bayar, Perlu Dikirim, Dikirim, Sampai, Selesai, Dibatalkan, Dikembalikan) live in the client's i18n. */
export const ORDER_STATE_LABEL_KEYS = i18nKeys('order.state', ORDER_STATES);

export const ORDER_TRANSITIONS = {
  AWAITING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED', 'RETURNED'],
  DELIVERED: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  RETURNED: [],
} as const satisfies Record<OrderState, readonly OrderState[]>;

/**
 * Who moves an order: `payment` is the payment system acting on a verified gateway notification, `courier` the
 * tracking simulator, `system` the class clock's scheduled work (deadlines, scenarios). A facilitator acts as one of these.
 */
export const ORDER_ACTORS = ['buyer', 'seller', 'payment', 'courier', 'system'] as const;
export type OrderActor = (typeof ORDER_ACTORS)[number];

export const CANCEL_REASONS = ['payment_expired', 'buyer_cancelled', 'seller_refused', 'ship_deadline_missed'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export const CANCEL_REASON_LABEL_KEYS = i18nKeys('order.cancelReason', CANCEL_REASONS);

/** The order's deadlines, set on the class clock when it enters AWAITING_PAYMENT, PAID and DELIVERED. */
export type DeadlineField = 'paymentDueAt' | 'shipByAt' | 'autoCompleteAt';

export interface OrderMove {
  from: OrderState;
  to: OrderState;
  actor: OrderActor;
  /** Required for CANCELLED, and only there. */
  reason?: CancelReason;
  /** The move waits for this deadline: the clock may not expire an order early. */
  notBefore?: DeadlineField;
}

/** Every allowed move. Anything not listed is refused. */
export const ORDER_MOVES: readonly OrderMove[] = [
  { from: 'AWAITING_PAYMENT', to: 'PAID', actor: 'payment' },
  { from: 'AWAITING_PAYMENT', to: 'CANCELLED', actor: 'system', reason: 'payment_expired', notBefore: 'paymentDueAt' },
  { from: 'AWAITING_PAYMENT', to: 'CANCELLED', actor: 'buyer', reason: 'buyer_cancelled' },
  { from: 'AWAITING_PAYMENT', to: 'CANCELLED', actor: 'seller', reason: 'seller_refused' },
  { from: 'PAID', to: 'SHIPPED', actor: 'seller' },
  { from: 'PAID', to: 'CANCELLED', actor: 'seller', reason: 'seller_refused' },
  { from: 'PAID', to: 'CANCELLED', actor: 'system', reason: 'ship_deadline_missed', notBefore: 'shipByAt' },
  { from: 'SHIPPED', to: 'DELIVERED', actor: 'courier' },
  { from: 'SHIPPED', to: 'DELIVERED', actor: 'system' },
  { from: 'SHIPPED', to: 'RETURNED', actor: 'system' },
  { from: 'DELIVERED', to: 'COMPLETED', actor: 'buyer' },
  { from: 'DELIVERED', to: 'COMPLETED', actor: 'system', notBefore: 'autoCompleteAt' },
];

/** Refusals that teach instead of saying "invalid": shipping an unpaid order is the fraud lesson. */
const TEACHING_REFUSALS: Partial<Record<OrderState, Partial<Record<OrderState, OrderTransitionErrorCode>>>> = {
  AWAITING_PAYMENT: { SHIPPED: 'NOT_PAID' },
};

/** Whoever else tries to mark an order paid is told that only the payment system can (a chat picture never pays). */
const WRONG_ACTOR_CODES: Partial<Record<OrderState, OrderTransitionErrorCode>> = {
  PAID: 'PAYMENT_NOT_CONFIRMED',
};

export type OrderSnapshot = { state: OrderState } & Partial<Record<DeadlineField, Date | null>>;

export interface TransitionContext {
  actor: OrderActor;
  /** The class's simulation time. */
  now: Date;
  reason?: CancelReason | string | null;
}

export type TransitionCheck = { ok: true } | { ok: false; code: OrderTransitionErrorCode };

export function isCancelReason(value: unknown): value is CancelReason {
  return typeof value === 'string' && (CANCEL_REASONS as readonly string[]).includes(value);
}

function refuse(code: OrderTransitionErrorCode): TransitionCheck {
  return { ok: false, code };
}

function findMove(order: OrderSnapshot, to: OrderState, context: TransitionContext): OrderMove | OrderTransitionErrorCode {
  const from = order.state;
  const here = ORDER_MOVES.filter((move) => move.from === from && move.to === to);
  if (to !== 'CANCELLED') {
    return here.find((move) => move.actor === context.actor) ?? WRONG_ACTOR_CODES[to] ?? 'NOT_ALLOWED';
  }
  const reason = context.reason;
  if (!isCancelReason(reason)) return 'CANCEL_REASON_REQUIRED';
  // A reason belongs to one actor wherever it is used: only the buyer may say "buyer_cancelled".
  if (!ORDER_MOVES.some((move) => move.reason === reason && move.actor === context.actor)) return 'NOT_ALLOWED';
  return here.find((move) => move.reason === reason && move.actor === context.actor) ?? 'INVALID_TRANSITION';
}

/**
 * Checks, in order: is `to` reachable from the order's state at all (else INVALID_TRANSITION, or NOT_PAID for
 * shipping an unpaid order); for CANCELLED, is there a known reason (CANCEL_REASON_REQUIRED), is it this actor's
 * reason (NOT_ALLOWED) and does it apply to this state (INVALID_TRANSITION); otherwise may this actor make the move
 * (PAYMENT_NOT_CONFIRMED for PAID, else NOT_ALLOWED); lastly, has the move's deadline passed (DEADLINE_NOT_REACHED).
 */
export function checkTransition(order: OrderSnapshot, to: OrderState, context: TransitionContext): TransitionCheck {
  const reachable: readonly OrderState[] = ORDER_TRANSITIONS[order.state];
  if (!reachable.includes(to)) return refuse(TEACHING_REFUSALS[order.state]?.[to] ?? 'INVALID_TRANSITION');
  const move = findMove(order, to, context);
  if (typeof move === 'string') return refuse(move);
  if (move.notBefore) {
    const due = order[move.notBefore];
    if (!due || context.now.getTime() < due.getTime()) return refuse('DEADLINE_NOT_REACHED');
  }
  return { ok: true };
}

/** Order states whose units are still out of stock: CANCELLED and RETURNED gave them back (STOCK_RETURNING_MOVES). */
export const HOLDING_STATES: readonly OrderState[] = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED'];

/** Stock goes back to the shop on these moves: a cancelled order (paid or not), and a parcel returned to the seller. */
export const STOCK_RETURNING_MOVES: readonly (readonly [OrderState, OrderState])[] = [
  ['AWAITING_PAYMENT', 'CANCELLED'],
  ['PAID', 'CANCELLED'],
  ['SHIPPED', 'RETURNED'],
];

/** The buyer's money in escrow goes back to the buyer on these moves (nothing was paid before PAID). */
export const REFUNDING_MOVES: readonly (readonly [OrderState, OrderState])[] = [
  ['PAID', 'CANCELLED'],
  ['SHIPPED', 'RETURNED'],
];

function listed(moves: readonly (readonly [OrderState, OrderState])[], from: OrderState, to: OrderState): boolean {
  return moves.some(([a, b]) => a === from && b === to);
}

export function stockReturns(from: OrderState, to: OrderState): boolean {
  return listed(STOCK_RETURNING_MOVES, from, to);
}

/** A COD order is settled by the payment system at placement, but no money was taken, so nothing is refunded. */
export function refundsBuyer(order: { state: OrderState; cod?: boolean }, to: OrderState): boolean {
  return !order.cod && listed(REFUNDING_MOVES, order.state, to);
}

export function refundsOnCancel(order: { state: OrderState; cod?: boolean }): boolean {
  return refundsBuyer(order, 'CANCELLED');
}

/** The Vendure habit: the guard table and the transition table must agree, or the API does not start. */
export function orderTableProblems(transitions: Record<OrderState, readonly OrderState[]> = ORDER_TRANSITIONS, moves: readonly OrderMove[] = ORDER_MOVES): string[] {
  const problems: string[] = [];
  for (const move of moves) {
    if (!transitions[move.from].includes(move.to)) problems.push(`${move.from} → ${move.to} has a move but no transition`);
    if ((move.to === 'CANCELLED') !== (move.reason !== undefined)) problems.push(`${move.from} → ${move.to} by ${move.actor}: a reason goes with CANCELLED only`);
  }
  for (const from of ORDER_STATES) {
    for (const to of transitions[from]) {
      if (!moves.some((move) => move.from === from && move.to === to)) problems.push(`${from} → ${to} has no move: nobody could make it`);
    }
  }
  return problems;
}

const problems = orderTableProblems();
if (problems.length > 0) throw new Error(`order-state.ts tables disagree:\n- ${problems.join('\n- ')}`);
