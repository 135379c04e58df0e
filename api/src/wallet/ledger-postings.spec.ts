import {
  type AccountRef,
  expectedEscrow,
  expectedOrderEntries,
  NO_LEDGER_FACTS,
  ORDER_MONEY_EVENTS,
  type OrderLedgerFacts,
  type OrderMoney,
  type OrderMoneyEvent,
  orderEventPosting,
  type PostingLine,
  postingProblems,
  postingReadsLedger,
  promotionBought,
  sellerFee,
  sumOf,
  withdrawalFailed,
  withdrawalRequested,
  withdrawalSucceeded,
} from './ledger-postings.js';

const SHOP = 'shop-1';
// Gula aren: 2 × Rp 25.000, JNE REG Rp 22.000, biaya layanan Rp 1.000.
const order: OrderMoney = { shopId: SHOP, subtotal: 50_000, shippingCost: 22_000, adminFee: 1_000, total: 73_000, cod: false };
const cod: OrderMoney = { ...order, cod: true };

const none: OrderLedgerFacts = { settled: false, refunded: false, released: false };
const settled: OrderLedgerFacts = { settled: true, refunded: false, released: false };

const name = (ref: AccountRef) => ('shopId' in ref ? `${ref.kind}:${ref.shopId}` : ref.kind);
const asTable = (lines: PostingLine[] | undefined) => Object.fromEntries((lines ?? []).map((line) => [name(line.account), line.amount]));

describe('ledger postings per order event', () => {
  it.each<[string, OrderMoneyEvent, Record<string, unknown>, OrderMoney, OrderLedgerFacts, string | null, Record<string, number>]>([
    [
      'order.paid (VA): the buyer’s total splits into escrow, the courier’s share and the biaya layanan',
      'order.paid', {}, order, none, 'payment_settled',
      { payment_clearing: -73_000, 'escrow:shop-1': 50_000, courier_payable: 22_000, platform_fee: 1_000 },
    ],
    ['order.paid for COD posts nothing: no money has come in yet', 'order.paid', {}, cod, none, null, {}],
    ['order.paid again (a replayed event) posts nothing', 'order.paid', {}, order, settled, null, {}],
    [
      'order.delivered for COD: the courier collected the cash at the door',
      'order.delivered', { cod: true }, cod, none, 'cod_collected',
      { payment_clearing: -73_000, 'escrow:shop-1': 50_000, courier_payable: 22_000, platform_fee: 1_000 },
    ],
    ['order.delivered for a prepaid order posts nothing (it was settled at payment)', 'order.delivered', {}, order, settled, null, {}],
    [
      'order.cancelled from PAID with refundDue: the whole total back to the buyer',
      'order.cancelled', { refundDue: true }, order, settled, 'refund',
      { payment_clearing: 73_000, 'escrow:shop-1': -50_000, courier_payable: -22_000, platform_fee: -1_000 },
    ],
    ['order.cancelled while unpaid (refundDue false) posts nothing', 'order.cancelled', { refundDue: false }, order, none, null, {}],
    ['order.cancelled twice refunds once', 'order.cancelled', { refundDue: true }, order, { ...settled, refunded: true }, null, {}],
    [
      'order.returned (prepaid): refunded in full',
      'order.returned', {}, order, settled, 'refund',
      { payment_clearing: 73_000, 'escrow:shop-1': -50_000, courier_payable: -22_000, platform_fee: -1_000 },
    ],
    ['order.returned for COD: the cash was never collected, nothing to refund', 'order.returned', {}, cod, none, null, {}],
    [
      'order.completed: escrow released to the saldo less 5 % admin fee',
      'order.completed', { by: 'buyer' }, order, settled, 'order_released',
      { 'escrow:shop-1': -50_000, 'available:shop-1': 47_500, platform_fee: 2_500 },
    ],
    ['order.completed without a settlement posts nothing', 'order.completed', {}, order, none, null, {}],
    ['order.completed twice releases once', 'order.completed', {}, order, { ...settled, released: true }, null, {}],
  ])('%s', (_case, type, payload, money, facts, kind, expected) => {
    const posting = orderEventPosting(type, payload, money, facts, 5);
    expect(posting?.kind ?? null).toBe(kind);
    expect(asTable(posting?.lines)).toEqual(expected);
    if (posting) expect(postingProblems(posting.lines)).toEqual([]);
  });

  it.each<[OrderMoneyEvent, boolean]>([
    ['order.paid', false],
    ['order.delivered', true],
    ['order.cancelled', true],
    ['order.returned', true],
    ['order.completed', true],
  ])('%s reads the ledger’s facts before posting: %s', (type, reads) => {
    expect(postingReadsLedger(type)).toBe(reads);
  });

  it('an event that does not read the ledger posts, without the facts, what it would with them, or the very entry the (kind, source) key refuses', () => {
    const factsOf = (kinds: string[]): OrderLedgerFacts => ({ settled: kinds.includes('payment_settled') || kinds.includes('cod_collected'), refunded: kinds.includes('refund'), released: kinds.includes('order_released') });
    // What a ledger can hold for one order, prepaid or COD (expectedOrderEntries' lists, and nothing).
    const held: [OrderMoney, string[]][] = [
      [order, []], [order, ['payment_settled']], [order, ['payment_settled', 'refund']], [order, ['payment_settled', 'order_released']],
      [cod, []], [cod, ['cod_collected']], [cod, ['cod_collected', 'order_released']],
    ];
    for (const type of ORDER_MONEY_EVENTS.filter((event) => !postingReadsLedger(event))) {
      for (const [money, kinds] of held) {
        const withFacts = orderEventPosting(type, {}, money, factsOf(kinds), 0);
        const without = orderEventPosting(type, {}, money, NO_LEDGER_FACTS, 0);
        if (withFacts) expect(without).toEqual(withFacts);
        else expect(without === null || kinds.includes(without.kind)).toBe(true);
      }
    }
  });

  it('drops zero lines: a free biaya layanan posts no platform line', () => {
    const posting = orderEventPosting('order.paid', {}, { ...order, adminFee: 0, total: 72_000 }, none, 5);
    expect(asTable(posting!.lines)).toEqual({ payment_clearing: -72_000, 'escrow:shop-1': 50_000, courier_payable: 22_000 });
  });

  it.each([
    [50_000, 5, 2_500],
    [33_333, 5, 1_666],
    [999, 5, 49],
    [10_000, 0, 0],
    [12_345, 10, 1_234],
  ])('the seller fee on Rp %i at %i %% is Rp %i (rounded down)', (subtotal, percent, fee) => {
    expect(sellerFee(subtotal, percent)).toBe(fee);
  });
});

describe('withdrawal and promotion postings', () => {
  const w = { shopId: SHOP, amount: 40_000, fee: 2_500 };
  it.each<[string, PostingLine[], Record<string, number>]>([
    ['requested: the amount leaves the saldo, the bank gets it less the fee', withdrawalRequested(w), { 'available:shop-1': -40_000, payout_pending: 37_500, platform_fee: 2_500 }],
    ['succeeded: the money reaches the bank', withdrawalSucceeded(w), { payout_pending: -37_500, payout: 37_500 }],
    ['failed: everything comes back to the saldo, fee included', withdrawalFailed(w), { 'available:shop-1': 40_000, payout_pending: -37_500, platform_fee: -2_500 }],
    ['promotion: the ad fee goes from the saldo to the platform', promotionBought(SHOP, 15_000), { 'available:shop-1': -15_000, platform_fee: 15_000 }],
  ])('%s', (_case, lines, expected) => {
    expect(asTable(lines)).toEqual(expected);
    expect(sumOf(lines)).toBe(0);
  });

  it('requested then failed nets to nothing', () => {
    const all = [...withdrawalRequested(w), ...withdrawalFailed(w)];
    const net = new Map<string, number>();
    for (const line of all) net.set(name(line.account), (net.get(name(line.account)) ?? 0) + line.amount);
    expect([...net.values()].every((amount) => amount === 0)).toBe(true);
  });

  it('finds what is wrong with a posting', () => {
    expect(postingProblems([])).toEqual(['no lines']);
    expect(postingProblems([{ account: { kind: 'payout' }, amount: 1 }])).toEqual(['lines sum to 1, not 0']);
    expect(postingProblems([{ account: { kind: 'payout' }, amount: 0.5 }, { account: { kind: 'platform_fee' }, amount: -0.5 }])).toEqual([
      'an amount is not whole rupiah',
    ]);
  });
});

describe('what the ledger check expects of an order', () => {
  it.each<[Parameters<typeof expectedOrderEntries>[0], boolean, boolean, string[], number]>([
    ['AWAITING_PAYMENT', false, false, [], 0],
    ['PAID', false, true, ['payment_settled'], 50_000],
    ['PAID', true, true, [], 0],
    ['SHIPPED', false, true, ['payment_settled'], 50_000],
    ['DELIVERED', true, true, ['cod_collected'], 50_000],
    ['COMPLETED', false, true, ['payment_settled', 'order_released'], 0],
    ['COMPLETED', true, true, ['cod_collected', 'order_released'], 0],
    ['CANCELLED', false, false, [], 0],
    ['CANCELLED', false, true, ['payment_settled', 'refund'], 0],
    ['CANCELLED', true, true, [], 0],
    ['RETURNED', false, true, ['payment_settled', 'refund'], 0],
    ['RETURNED', true, true, [], 0],
  ])('%s (cod %s, paid %s): entries %j, escrow %i', (state, isCod, paid, entries, escrow) => {
    expect(expectedOrderEntries(state, isCod, paid)).toEqual(entries);
    expect(expectedEscrow(state, isCod, 50_000)).toBe(escrow);
  });
});
