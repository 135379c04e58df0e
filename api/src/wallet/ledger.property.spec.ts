// Property: random lives of orders (placed, paid, cancelled, shipped, delivered, returned, completed), withdrawals and
// promotions, each move asked of the real state machine and posted by the real postings, always leave every entry and
// the whole ledger balanced, no shop balance negative, and each order's entries as the ledger check expects.
import fc from 'fast-check';
import { type CancelReason, checkTransition, type OrderActor, type OrderState, refundsBuyer } from '../orders/order-state.js';
import {
  type AccountRef,
  type EntryKind,
  expectedEscrow,
  expectedOrderEntries,
  type OrderMoney,
  type OrderMoneyEvent,
  orderEventPosting,
  type PostingLine,
  postingProblems,
  promotionBought,
  sumOf,
  withdrawalFailed,
  withdrawalRequested,
  withdrawalSucceeded,
} from './ledger-postings.js';

const SHOPS = ['s0', 's1', 's2'];
const FEE_PERCENT = 5;
const WITHDRAWAL_FEE = 2_500;
const MIN_WITHDRAWAL = 10_000;
const PRICE_PER_DAY = 5_000;
const PAST = new Date('2026-11-01T00:00:00Z');
const NOW = new Date('2026-12-01T00:00:00Z');

interface ModelOrder {
  money: OrderMoney;
  state: OrderState;
  paid: boolean;
  entries: EntryKind[];
}

interface ModelWithdrawal {
  shopId: string;
  amount: number;
  fee: number;
  status: 'processing' | 'success' | 'failed';
}

type Command =
  | { op: 'place'; shop: number; subtotal: number; shipping: number; adminFee: number; cod: boolean }
  | { op: 'move'; order: number; to: OrderState; actor: OrderActor; reason?: CancelReason }
  | { op: 'withdraw'; shop: number; amount: number }
  | { op: 'payout'; withdrawal: number; ok: boolean }
  | { op: 'promote'; shop: number; days: number };

class LedgerModel {
  readonly balances = new Map<string, number>();
  readonly orders: ModelOrder[] = [];
  readonly withdrawals: ModelWithdrawal[] = [];
  entryCount = 0;

  static key(ref: AccountRef): string {
    return 'shopId' in ref ? `${ref.kind}:${ref.shopId}` : ref.kind;
  }

  balance(kind: 'escrow' | 'available', shopId: string): number {
    return this.balances.get(`${kind}:${shopId}`) ?? 0;
  }

  post(lines: PostingLine[]): void {
    const problems = postingProblems(lines);
    if (problems.length > 0) throw new Error(`unbalanced entry: ${problems.join(', ')}`);
    this.entryCount++;
    for (const line of lines) this.balances.set(LedgerModel.key(line.account), (this.balances.get(LedgerModel.key(line.account)) ?? 0) + line.amount);
  }

  apply(command: Command): void {
    switch (command.op) {
      case 'place': {
        const shopId = SHOPS[command.shop]!;
        const total = command.subtotal + command.shipping + command.adminFee;
        this.orders.push({
          money: { shopId, subtotal: command.subtotal, shippingCost: command.shipping, adminFee: command.adminFee, total, cod: command.cod },
          state: 'AWAITING_PAYMENT',
          paid: false,
          entries: [],
        });
        return;
      }
      case 'move': {
        const order = this.orders[command.order % Math.max(1, this.orders.length)];
        if (!order) return;
        const snapshot = { state: order.state, paymentDueAt: PAST, shipByAt: PAST, autoCompleteAt: PAST };
        if (!checkTransition(snapshot, command.to, { actor: command.actor, now: NOW, reason: command.reason }).ok) return;
        const from = order.state;
        const event = this.eventFor(from, command.to);
        const payload = { refundDue: refundsBuyer({ state: from, cod: order.money.cod }, command.to) };
        order.state = command.to;
        if (command.to === 'PAID') order.paid = true;
        if (!event) return;
        const facts = {
          settled: order.entries.includes('payment_settled') || order.entries.includes('cod_collected'),
          refunded: order.entries.includes('refund'),
          released: order.entries.includes('order_released'),
        };
        const posting = orderEventPosting(event, payload, order.money, facts, FEE_PERCENT);
        if (!posting) return;
        this.post(posting.lines);
        order.entries.push(posting.kind);
        return;
      }
      case 'withdraw': {
        const shopId = SHOPS[command.shop]!;
        // The service's rule: minimum ≤ amount ≤ saldo, checked under the lock of the shop's available account.
        if (command.amount < MIN_WITHDRAWAL || command.amount > this.balance('available', shopId)) return;
        const w: ModelWithdrawal = { shopId, amount: command.amount, fee: WITHDRAWAL_FEE, status: 'processing' };
        this.post(withdrawalRequested(w));
        this.withdrawals.push(w);
        return;
      }
      case 'payout': {
        const w = this.withdrawals[command.withdrawal % Math.max(1, this.withdrawals.length)];
        if (!w || w.status !== 'processing') return;
        this.post(command.ok ? withdrawalSucceeded(w) : withdrawalFailed(w));
        w.status = command.ok ? 'success' : 'failed';
        return;
      }
      case 'promote': {
        const shopId = SHOPS[command.shop]!;
        const fee = command.days * PRICE_PER_DAY;
        if (fee > this.balance('available', shopId)) return;
        this.post(promotionBought(shopId, fee));
        return;
      }
    }
  }

  private eventFor(from: OrderState, to: OrderState): OrderMoneyEvent | null {
    if (to === 'PAID') return 'order.paid';
    if (to === 'CANCELLED') return 'order.cancelled';
    if (to === 'DELIVERED') return 'order.delivered';
    if (to === 'RETURNED') return 'order.returned';
    if (to === 'COMPLETED') return 'order.completed';
    void from;
    return null;
  }
}

const moveArb = fc.oneof(
  fc.record({ op: fc.constant('move' as const), order: fc.nat(30), to: fc.constant<OrderState>('PAID'), actor: fc.constant<OrderActor>('payment') }),
  fc.record({
    op: fc.constant('move' as const),
    order: fc.nat(30),
    to: fc.constant<OrderState>('CANCELLED'),
    actor: fc.constantFrom<OrderActor>('buyer', 'seller', 'system'),
    reason: fc.constantFrom<CancelReason>('payment_expired', 'buyer_cancelled', 'seller_refused', 'ship_deadline_missed'),
  }),
  fc.record({ op: fc.constant('move' as const), order: fc.nat(30), to: fc.constant<OrderState>('SHIPPED'), actor: fc.constant<OrderActor>('seller') }),
  fc.record({ op: fc.constant('move' as const), order: fc.nat(30), to: fc.constant<OrderState>('DELIVERED'), actor: fc.constantFrom<OrderActor>('courier', 'system') }),
  fc.record({ op: fc.constant('move' as const), order: fc.nat(30), to: fc.constant<OrderState>('RETURNED'), actor: fc.constant<OrderActor>('system') }),
  fc.record({ op: fc.constant('move' as const), order: fc.nat(30), to: fc.constant<OrderState>('COMPLETED'), actor: fc.constantFrom<OrderActor>('buyer', 'system') }),
);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('place' as const), shop: fc.nat(2), subtotal: fc.integer({ min: 1_000, max: 500_000 }), shipping: fc.integer({ min: 0, max: 80_000 }), adminFee: fc.integer({ min: 0, max: 5_000 }), cod: fc.boolean() }) },
  { weight: 6, arbitrary: moveArb },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('withdraw' as const), shop: fc.nat(2), amount: fc.integer({ min: 0, max: 600_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('payout' as const), withdrawal: fc.nat(20), ok: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('promote' as const), shop: fc.nat(2), days: fc.integer({ min: 1, max: 7 }) }) },
);

describe('the ledger under random order lives, withdrawals and promotions (fast-check)', () => {
  it('stays balanced, never lets a shop balance go negative, and matches every order’s state', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 120 }), (commands) => {
        const model = new LedgerModel();
        for (const command of commands) {
          model.apply(command);
          // The whole ledger sums to zero after every step, and no shop account is below zero.
          expect([...model.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
          for (const shopId of SHOPS) {
            expect(model.balance('escrow', shopId)).toBeGreaterThanOrEqual(0);
            expect(model.balance('available', shopId)).toBeGreaterThanOrEqual(0);
          }
        }
        for (const order of model.orders) {
          expect(order.entries).toEqual(expectedOrderEntries(order.state, order.money.cod, order.paid));
        }
        for (const shopId of SHOPS) {
          const held = model.orders.filter((o) => o.money.shopId === shopId).reduce((sum, o) => sum + expectedEscrow(o.state, o.money.cod, o.money.subtotal), 0);
          expect(model.balance('escrow', shopId)).toBe(held);
        }
        // Money in transit equals the processing withdrawals.
        const pending = model.withdrawals.filter((w) => w.status === 'processing').reduce((sum, w) => sum + w.amount - w.fee, 0);
        expect(model.balances.get('payout_pending') ?? 0).toBe(pending);
      }),
      { numRuns: 300 },
    );
  });

  it('a single entry in the model balances (sanity check that the model would catch a bad posting)', () => {
    const model = new LedgerModel();
    expect(() => model.post([{ account: { kind: 'payout' }, amount: 5 }])).toThrow('unbalanced entry');
    expect(sumOf(promotionBought('s0', 5_000))).toBe(0);
  });
});
