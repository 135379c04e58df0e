// Pure: which journal lines each money movement posts. No Nest, no database: table-tested in ledger-postings.spec.ts
// and driven by a property test over random order lives in ledger.property.spec.ts.
//
// THE MONEY DESIGN (issue 6, DESIGN "Money"):
// - Whole rupiah integers. A double-entry ledger: accounts, journal entries, signed lines. A positive line puts money
//   INTO an account, a negative one takes it out; every entry's lines sum to zero (checked here, in the one posting
//   function of LedgerService, and by a deferred constraint trigger in PostgreSQL), so the whole ledger sums to zero.
// - Class accounts: payment_clearing (money that came in from, or went back to, buyers through the gateway: it runs
//   negative by what buyers paid), platform_fee (the marketplace's income: the buyer's "biaya layanan", the seller's
//   admin fee, withdrawal fees, ads), courier_payable (shipping the marketplace owes couriers), payout_pending (money on
//   its way to a bank, "1x24 jam"), payout (money that reached the sellers' banks).
//   Shop accounts: escrow ("dana ditahan") and available ("saldo"). Neither may ever go below zero.
// - Order money, from the order events (posted by listeners in the transaction that changed the order):
//   payment settled (order.paid, not COD; for COD at order.delivered, when the courier collected the cash):
//     clearing −total, escrow +subtotal, courier_payable +shipping, platform_fee +admin_fee (the buyer's biaya layanan).
//   refund (order.cancelled from PAID with refundDue; order.returned when the money had been taken): the exact reverse,
//     so the buyer gets the whole total back.
//   release (order.completed): escrow −subtotal, available +(subtotal − seller fee), platform_fee +seller fee, where the
//     seller fee is `sellerFeePercent` of the subtotal, rounded DOWN to whole rupiah.
// - Withdrawal ("Tarik Dana"): the seller asks for `amount` out of her saldo (amount ≤ available, amount ≥ minimum);
//   the bank receives amount − fee (the fee is taken from the amount, so "tarik semua" empties the saldo exactly).
//     requested: available −amount, payout_pending +(amount − fee), platform_fee +fee
//     succeeded: payout_pending −(amount − fee), payout +(amount − fee)
//     failed:    payout_pending −(amount − fee), platform_fee −fee, available +amount (the fee comes back too)
// - Paid promotion ("iklan"): available −fee, platform_fee +fee.
import type { OrderState } from '../orders/order-state.js';

export const CLASS_ACCOUNT_KINDS = ['payment_clearing', 'platform_fee', 'courier_payable', 'payout_pending', 'payout'] as const;
export const SHOP_ACCOUNT_KINDS = ['escrow', 'available'] as const;
export type ClassAccountKind = (typeof CLASS_ACCOUNT_KINDS)[number];
export type ShopAccountKind = (typeof SHOP_ACCOUNT_KINDS)[number];
export type AccountKind = ClassAccountKind | ShopAccountKind;

export type AccountRef = { kind: ClassAccountKind } | { kind: ShopAccountKind; shopId: string };

export interface PostingLine {
  account: AccountRef;
  amount: number;
}

export const ENTRY_KINDS = [
  'payment_settled',
  'cod_collected',
  'refund',
  'order_released',
  'withdrawal_requested',
  'withdrawal_succeeded',
  'withdrawal_failed',
  'promotion_bought',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What the ledger needs of an order (the row's own columns). */
export interface OrderMoney {
  shopId: string;
  subtotal: number;
  shippingCost: number;
  /** The buyer's "biaya layanan" (orders.admin_fee). */
  adminFee: number;
  total: number;
  cod: boolean;
}

export interface WithdrawalMoney {
  shopId: string;
  amount: number;
  fee: number;
}

const account = {
  clearing: { kind: 'payment_clearing' } as AccountRef,
  platformFee: { kind: 'platform_fee' } as AccountRef,
  courier: { kind: 'courier_payable' } as AccountRef,
  payoutPending: { kind: 'payout_pending' } as AccountRef,
  payout: { kind: 'payout' } as AccountRef,
  escrow: (shopId: string): AccountRef => ({ kind: 'escrow', shopId }),
  available: (shopId: string): AccountRef => ({ kind: 'available', shopId }),
};

/** Zero lines are dropped (a free service fee posts no platform line); the rest are kept in order. */
function lines(...all: PostingLine[]): PostingLine[] {
  return all.filter((line) => line.amount !== 0);
}

export function sumOf(posting: readonly PostingLine[]): number {
  return posting.reduce((sum, line) => sum + line.amount, 0);
}

/** Problems with a posting before it is written: unbalanced, not whole rupiah, or empty. */
export function postingProblems(posting: readonly PostingLine[]): string[] {
  const problems: string[] = [];
  if (posting.length === 0) problems.push('no lines');
  if (posting.some((line) => !Number.isSafeInteger(line.amount))) problems.push('an amount is not whole rupiah');
  if (sumOf(posting) !== 0) problems.push(`lines sum to ${sumOf(posting)}, not 0`);
  return problems;
}

/** The seller's admin fee on release: a whole-rupiah share of the subtotal, rounded down. */
export function sellerFee(subtotal: number, percent: number): number {
  return Math.floor((subtotal * percent) / 100);
}

export function paymentSettled(order: OrderMoney): PostingLine[] {
  return lines(
    { account: account.clearing, amount: -order.total },
    { account: account.escrow(order.shopId), amount: order.subtotal },
    { account: account.courier, amount: order.shippingCost },
    { account: account.platformFee, amount: order.adminFee },
  );
}

/** The buyer gets the whole total back: the settlement, reversed. */
export function refund(order: OrderMoney): PostingLine[] {
  return paymentSettled(order).map((line) => ({ account: line.account, amount: -line.amount }));
}

export function release(order: OrderMoney, feePercent: number): { lines: PostingLine[]; fee: number } {
  const fee = sellerFee(order.subtotal, feePercent);
  return {
    fee,
    lines: lines(
      { account: account.escrow(order.shopId), amount: -order.subtotal },
      { account: account.available(order.shopId), amount: order.subtotal - fee },
      { account: account.platformFee, amount: fee },
    ),
  };
}

export function withdrawalRequested(w: WithdrawalMoney): PostingLine[] {
  return lines(
    { account: account.available(w.shopId), amount: -w.amount },
    { account: account.payoutPending, amount: w.amount - w.fee },
    { account: account.platformFee, amount: w.fee },
  );
}

export function withdrawalSucceeded(w: WithdrawalMoney): PostingLine[] {
  return lines({ account: account.payoutPending, amount: -(w.amount - w.fee) }, { account: account.payout, amount: w.amount - w.fee });
}

export function withdrawalFailed(w: WithdrawalMoney): PostingLine[] {
  return withdrawalRequested(w).map((line) => ({ account: line.account, amount: -line.amount }));
}

export function promotionBought(shopId: string, fee: number): PostingLine[] {
  return lines({ account: account.available(shopId), amount: -fee }, { account: account.platformFee, amount: fee });
}

/**
 * Recorded by orders when a settlement arrives after the order closed (late payment): the wallet posts the settlement
 * and its full refund to the buyer together, so the order's books end at zero and the ledger check sees both.
 */
export const LATE_PAYMENT_EVENT = 'order.late_payment_refunded' as const;

/** The order events the wallet listens to. */
export const ORDER_MONEY_EVENTS = ['order.paid', 'order.delivered', 'order.cancelled', 'order.returned', 'order.completed'] as const;
export type OrderMoneyEvent = (typeof ORDER_MONEY_EVENTS)[number];

export function isOrderMoneyEvent(type: string): type is OrderMoneyEvent {
  return (ORDER_MONEY_EVENTS as readonly string[]).includes(type);
}

export interface OrderLedgerFacts {
  /** A settlement (payment_settled or cod_collected) has been posted for the order. */
  settled: boolean;
  refunded: boolean;
  released: boolean;
}

export type OrderPosting = { kind: EntryKind; lines: PostingLine[]; sellerFee?: number } | null;

/**
 * Whether an event's posting depends on what the ledger already holds for the order. `order.paid` does not: it posts
 * the settlement unless the order is COD, and a second settlement of the same order is nothing by the entry's unique
 * (kind, source) key (`LedgerService#post` answers false). So the wallet does not read the order's entries first: a
 * round trip less on every payment. Given the facts, the posting would be the same, or nothing where that key refuses it.
 */
export function postingReadsLedger(type: OrderMoneyEvent): boolean {
  return type !== 'order.paid';
}

/** An order with no entries yet: the facts an event gets when its posting does not read the ledger. */
export const NO_LEDGER_FACTS: OrderLedgerFacts = { settled: false, refunded: false, released: false };

/**
 * What one order event posts, given the order and what the ledger already holds for it. Never posts a refund or a
 * release of money that was not settled, never twice (the unique (kind, source) index is the last line of defence).
 */
export function orderEventPosting(
  type: OrderMoneyEvent,
  payload: { refundDue?: unknown },
  order: OrderMoney,
  facts: OrderLedgerFacts,
  feePercent: number,
): OrderPosting {
  switch (type) {
    case 'order.paid':
      return order.cod || facts.settled ? null : { kind: 'payment_settled', lines: paymentSettled(order) };
    case 'order.delivered':
      // COD: the courier collected the cash at the door; that is when the buyer's money comes in.
      return !order.cod || facts.settled ? null : { kind: 'cod_collected', lines: paymentSettled(order) };
    case 'order.cancelled':
      return payload.refundDue === true && facts.settled && !facts.refunded && !facts.released ? { kind: 'refund', lines: refund(order) } : null;
    case 'order.returned':
      // A COD parcel that came back was never paid for: nothing to refund.
      return facts.settled && !facts.refunded && !facts.released ? { kind: 'refund', lines: refund(order) } : null;
    case 'order.completed': {
      if (!facts.settled || facts.released || facts.refunded) return null;
      const released = release(order, feePercent);
      return { kind: 'order_released', lines: released.lines, sellerFee: released.fee };
    }
  }
}

/** Which entries an order in this state must have (and no others), for the ledger check. */
export function expectedOrderEntries(state: OrderState, cod: boolean, paid: boolean): EntryKind[] {
  const settle: EntryKind = cod ? 'cod_collected' : 'payment_settled';
  switch (state) {
    case 'AWAITING_PAYMENT':
      return [];
    case 'PAID':
    case 'SHIPPED':
      return cod ? [] : [settle];
    case 'DELIVERED':
      return [settle];
    case 'COMPLETED':
      return [settle, 'order_released'];
    case 'CANCELLED':
      // Only a paid, non-COD order had money to give back.
      return paid && !cod ? [settle, 'refund'] : [];
    case 'RETURNED':
      return cod ? [] : [settle, 'refund'];
  }
}

/** What the shop's escrow must hold for this order in this state. */
export function expectedEscrow(state: OrderState, cod: boolean, subtotal: number): number {
  if (state === 'DELIVERED') return subtotal;
  if ((state === 'PAID' || state === 'SHIPPED') && !cod) return subtotal;
  return 0;
}
