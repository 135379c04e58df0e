import {
  CANCEL_REASON_LABEL_KEYS,
  checkTransition,
  HOLDING_STATES,
  type OrderActor,
  type OrderSnapshot,
  type OrderState,
  ORDER_ACTORS,
  ORDER_STATE_LABEL_KEYS,
  ORDER_STATES,
  ORDER_TRANSITIONS,
  orderTableProblems,
  refundsBuyer,
  refundsOnCancel,
  STOCK_RETURNING_MOVES,
  stockReturns,
} from './order-state.js';
import { orderTransitionError, orderTransitionMessage } from './order.errors.js';

type Expected = 'ok' | 'INVALID_TRANSITION' | 'NOT_ALLOWED' | 'PAYMENT_NOT_CONFIRMED' | 'NOT_PAID' | 'CANCEL_REASON_REQUIRED' | 'DEADLINE_NOT_REACHED';
const ok = 'ok';
const INVALID = 'INVALID_TRANSITION';
const NOT_ALLOWED = 'NOT_ALLOWED';
const UNCONFIRMED = 'PAYMENT_NOT_CONFIRMED';
const NOT_PAID = 'NOT_PAID';
const NO_REASON = 'CANCEL_REASON_REQUIRED';
const EARLY = 'DEADLINE_NOT_REACHED';

const T0 = new Date('2026-11-28T02:00:00Z'); // 09.00 WIB on the training day
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
/** Every deadline has passed, so the tables below are about who and from where, not when. */
const overdue = (state: OrderState): OrderSnapshot => ({ state, paymentDueAt: T0, shipByAt: T0, autoCompleteAt: T0 });
const NOW = hours(96);

function outcome(order: OrderSnapshot, to: OrderState, actor: OrderActor, reason?: string | null, now = NOW): Expected {
  const result = checkTransition(order, to, { actor, now, reason });
  return result.ok ? ok : result.code;
}

type Row = [from: OrderState, to: OrderState, buyer: Expected, seller: Expected, payment: Expected, courier: Expected, system: Expected];
type CancelRow = [from: OrderState, reason: string | null, buyer: Expected, seller: Expected, payment: Expected, courier: Expected, system: Expected];
const perActor = <K>(rows: [OrderState, K, ...Expected[]][]) =>
  rows.flatMap(([from, key, ...cells]) => ORDER_ACTORS.map((actor, i) => [from, key, actor, cells[i]] as const));

describe('order state machine: every (from, to) pair but CANCELLED, by every actor', () => {
  // prettier-ignore
  const MATRIX: Row[] = [
    //  from                to                  buyer         seller        payment       courier       system
    ['AWAITING_PAYMENT', 'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['AWAITING_PAYMENT', 'PAID',             UNCONFIRMED,  UNCONFIRMED,  ok,           UNCONFIRMED,  UNCONFIRMED],
    ['AWAITING_PAYMENT', 'SHIPPED',          NOT_PAID,     NOT_PAID,     NOT_PAID,     NOT_PAID,     NOT_PAID],
    ['AWAITING_PAYMENT', 'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['AWAITING_PAYMENT', 'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['AWAITING_PAYMENT', 'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['PAID',             'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['PAID',             'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['PAID',             'SHIPPED',          NOT_ALLOWED,  ok,           NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED],
    ['PAID',             'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['PAID',             'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['PAID',             'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'SHIPPED',          INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'DELIVERED',        NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  ok,           ok],
    ['SHIPPED',          'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'RETURNED',         NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  ok],
    ['DELIVERED',        'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'SHIPPED',          INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'COMPLETED',        ok,           NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  ok],
    ['DELIVERED',        'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'SHIPPED',          INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'SHIPPED',          INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'AWAITING_PAYMENT', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'PAID',             INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'SHIPPED',          INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'DELIVERED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'COMPLETED',        INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'RETURNED',         INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
  ];

  it('covers every pair', () => {
    expect(MATRIX).toHaveLength(ORDER_STATES.length * (ORDER_STATES.length - 1));
  });

  it.each(perActor(MATRIX))('%s → %s by %s: %s', (from, to, actor, expected) => {
    expect(outcome(overdue(from), to, actor)).toBe(expected);
  });
});

describe('order state machine: → CANCELLED from every state, with every reason, by every actor', () => {
  // prettier-ignore
  const MATRIX: CancelRow[] = [
    //  from                reason                  buyer         seller        payment       courier       system
    ['AWAITING_PAYMENT', 'payment_expired',      NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  ok],
    ['AWAITING_PAYMENT', 'buyer_cancelled',      ok,           NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED],
    ['AWAITING_PAYMENT', 'seller_refused',       NOT_ALLOWED,  ok,           NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED],
    ['AWAITING_PAYMENT', 'ship_deadline_missed', NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  INVALID],
    ['AWAITING_PAYMENT', null,                   NO_REASON,    NO_REASON,    NO_REASON,    NO_REASON,    NO_REASON],
    ['PAID',             'payment_expired',      NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  INVALID],
    ['PAID',             'buyer_cancelled',      INVALID,      NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED],
    ['PAID',             'seller_refused',       NOT_ALLOWED,  ok,           NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED],
    ['PAID',             'ship_deadline_missed', NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  NOT_ALLOWED,  ok],
    ['PAID',             null,                   NO_REASON,    NO_REASON,    NO_REASON,    NO_REASON,    NO_REASON],
    ['SHIPPED',          'payment_expired',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'buyer_cancelled',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'seller_refused',       INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          'ship_deadline_missed', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['SHIPPED',          null,                   INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'payment_expired',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'buyer_cancelled',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'seller_refused',       INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        'ship_deadline_missed', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['DELIVERED',        null,                   INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'payment_expired',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'buyer_cancelled',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'seller_refused',       INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        'ship_deadline_missed', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['COMPLETED',        null,                   INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'payment_expired',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'buyer_cancelled',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'seller_refused',       INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        'ship_deadline_missed', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['CANCELLED',        null,                   INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'payment_expired',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'buyer_cancelled',      INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'seller_refused',       INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         'ship_deadline_missed', INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
    ['RETURNED',         null,                   INVALID,      INVALID,      INVALID,      INVALID,      INVALID],
  ];

  it('covers every state with every reason and none', () => {
    expect(MATRIX).toHaveLength(ORDER_STATES.length * 5);
  });

  it.each(perActor(MATRIX))('%s → CANCELLED (%s) by %s: %s', (from, reason, actor, expected) => {
    expect(outcome(overdue(from), 'CANCELLED', actor, reason)).toBe(expected);
  });

  it('refuses a reason it does not know', () => {
    expect(outcome(overdue('AWAITING_PAYMENT'), 'CANCELLED', 'buyer', 'changed_my_mind')).toBe(NO_REASON);
  });
});

describe('the fraud lesson', () => {
  it('refuses to ship an unpaid order, and says why', () => {
    expect(outcome(overdue('AWAITING_PAYMENT'), 'SHIPPED', 'seller')).toBe(NOT_PAID);
    expect(orderTransitionMessage('NOT_PAID')).toBe('The order is not paid yet; do not ship before the payment system confirms the payment');
  });

  it.each<OrderActor>(['buyer', 'seller'])('never lets the %s mark an order paid (a transfer picture in chat pays nothing)', (actor) => {
    expect(outcome(overdue('AWAITING_PAYMENT'), 'PAID', actor)).toBe(UNCONFIRMED);
  });
});

describe('deadlines: the clock never expires, cancels or completes an order early', () => {
  const due = hours(24);
  it.each<[string, OrderSnapshot, OrderState, OrderActor, string | null, Date, Expected]>([
    ['payment expiry 1 ms before the deadline', { state: 'AWAITING_PAYMENT', paymentDueAt: due }, 'CANCELLED', 'system', 'payment_expired', new Date(due.getTime() - 1), EARLY],
    ['payment expiry at the deadline', { state: 'AWAITING_PAYMENT', paymentDueAt: due }, 'CANCELLED', 'system', 'payment_expired', due, ok],
    ['payment expiry with no deadline set', { state: 'AWAITING_PAYMENT' }, 'CANCELLED', 'system', 'payment_expired', NOW, EARLY],
    ['the buyer cancelling before the deadline', { state: 'AWAITING_PAYMENT', paymentDueAt: due }, 'CANCELLED', 'buyer', 'buyer_cancelled', T0, ok],
    ['payment just before the deadline', { state: 'AWAITING_PAYMENT', paymentDueAt: due }, 'PAID', 'payment', null, new Date(due.getTime() - 1), ok],
    ['ship-by cancel before the deadline', { state: 'PAID', shipByAt: due }, 'CANCELLED', 'system', 'ship_deadline_missed', hours(23), EARLY],
    ['ship-by cancel after the deadline', { state: 'PAID', shipByAt: due }, 'CANCELLED', 'system', 'ship_deadline_missed', hours(25), ok],
    ['shipping late, before the clock cancels', { state: 'PAID', shipByAt: due }, 'SHIPPED', 'seller', null, hours(25), ok],
    ['auto-complete before the deadline', { state: 'DELIVERED', autoCompleteAt: due }, 'COMPLETED', 'system', null, hours(1), EARLY],
    ['auto-complete at the deadline', { state: 'DELIVERED', autoCompleteAt: due }, 'COMPLETED', 'system', null, due, ok],
    ['the buyer confirming receipt early', { state: 'DELIVERED', autoCompleteAt: due }, 'COMPLETED', 'buyer', null, hours(1), ok],
  ])('%s: %s', (_case, order, to, actor, reason, now, expected) => {
    expect(outcome(order, to, actor, reason, now)).toBe(expected);
  });
});

describe('stock and money on leaving a state', () => {
  it.each<[OrderState, OrderState, boolean]>([
    ['AWAITING_PAYMENT', 'CANCELLED', true],
    ['PAID', 'CANCELLED', true],
    ['SHIPPED', 'RETURNED', true],
    ['AWAITING_PAYMENT', 'PAID', false],
    ['PAID', 'SHIPPED', false],
    ['SHIPPED', 'DELIVERED', false],
    ['DELIVERED', 'COMPLETED', false],
  ])('%s → %s returns stock: %s', (from, to, returns) => {
    expect(stockReturns(from, to)).toBe(returns);
  });

  it.each<[OrderState, OrderState, boolean, boolean]>([
    ['AWAITING_PAYMENT', 'CANCELLED', false, false],
    ['PAID', 'CANCELLED', false, true],
    ['PAID', 'CANCELLED', true, false],
    ['SHIPPED', 'RETURNED', false, true],
    ['SHIPPED', 'RETURNED', true, false],
    ['SHIPPED', 'DELIVERED', false, false],
    ['DELIVERED', 'COMPLETED', false, false],
  ])('%s → %s (COD: %s) refunds the buyer: %s', (state, to, cod, refunds) => {
    expect(refundsBuyer({ state, cod }, to)).toBe(refunds);
  });

  it.each<[OrderState, boolean]>([
    ['AWAITING_PAYMENT', false],
    ['PAID', true],
  ])('cancelling from %s refunds: %s', (state, refunds) => {
    expect(refundsOnCancel({ state })).toBe(refunds);
  });

  it('an order still holds its units in every state but those a stock-returning move enters (a class reset gives them back)', () => {
    const gaveBack = new Set(STOCK_RETURNING_MOVES.map(([, to]) => to));
    expect([...HOLDING_STATES].sort()).toEqual(ORDER_STATES.filter((state) => !gaveBack.has(state)).sort());
  });
});

describe('the tables themselves', () => {
  it('agree with each other', () => {
    expect(orderTableProblems()).toEqual([]);
  });

  it('would stop the API when a transition has nobody to make it', () => {
    expect(orderTableProblems({ ...ORDER_TRANSITIONS, COMPLETED: ['RETURNED'] })).toEqual(['COMPLETED → RETURNED has no move: nobody could make it']);
  });

  it('would stop the API when a move has no transition, or a cancel lacks its reason', () => {
    expect(orderTableProblems(ORDER_TRANSITIONS, [{ from: 'PAID', to: 'DELIVERED', actor: 'seller' }, { from: 'PAID', to: 'CANCELLED', actor: 'seller' }])).toEqual(
      expect.arrayContaining(['PAID → DELIVERED has a move but no transition', 'PAID → CANCELLED by seller: a reason goes with CANCELLED only']),
    );
  });

  it.each(ORDER_STATES.map((s) => [s, `order.state.${s}`]))('labels %s with the i18n key %s', (state, key) => {
    expect(ORDER_STATE_LABEL_KEYS[state as OrderState]).toBe(key);
  });

  it('keys the cancel reasons the same way', () => {
    expect(CANCEL_REASON_LABEL_KEYS).toEqual({
      payment_expired: 'order.cancelReason.payment_expired',
      buyer_cancelled: 'order.cancelReason.buyer_cancelled',
      seller_refused: 'order.cancelReason.seller_refused',
      ship_deadline_missed: 'order.cancelReason.ship_deadline_missed',
    });
  });

  it('turns a refusal into the one error shape', () => {
    const error = orderTransitionError('NOT_PAID');
    expect([error.statusCode, error.code]).toEqual([409, 'NOT_PAID']);
  });
});
