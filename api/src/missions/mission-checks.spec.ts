import {
  checkMissions,
  DEFAULT_MISSION_SETTINGS,
  effectiveSettings,
  emptyFacts,
  MISSION_CHECKS,
  MISSION_IDS,
  type MissionId,
  newlyDone,
  settingsProblem,
  stateMap,
  type TraineeFacts,
} from './mission-checks.js';
import { type CurrentState, emptyFold, type FactEvent, type Fold, factsOf, foldFacts, foldInto } from './mission-facts.js';

const SHOP = { name: 'Toko Sriyati', description: null, hasPhoto: false };
const facts = (changes: Partial<TraineeFacts> = {}): TraineeFacts => ({ ...emptyFacts(SHOP), ...changes });
const order = (n: number) => ({ orderId: `00000000-0000-4000-8000-00000000000${n}`, invoiceNumber: `INV/20261128/PL/${n}` });

type Row = [string, MissionId, Partial<TraineeFacts>, 'done' | 'todo' | 'failed', string | null];

describe('mission checks', () => {
  it.each<Row>([
    // shop set up: a name and a photo or a description
    ['a shop with only its default name', 'shop_setup', {}, 'todo', 'missions.missing.shopDescription'],
    ['a blank name', 'shop_setup', { shop: { name: '  ', description: 'Gula aren asli', hasPhoto: false } }, 'todo', 'missions.missing.shopName'],
    ['a whitespace description', 'shop_setup', { shop: { ...SHOP, description: '   ' } }, 'todo', 'missions.missing.shopDescription'],
    ['a description', 'shop_setup', { shop: { ...SHOP, description: 'Gula aren asli Pringsewu' } }, 'done', null],
    ['a photo without a description', 'shop_setup', { shop: { ...SHOP, hasPhoto: true } }, 'done', null],
    // first product with a photo
    ['no product', 'product_with_photo', {}, 'todo', 'missions.missing.firstProduct'],
    ['a product without a photo', 'product_with_photo', { productsWithoutPhoto: 1 }, 'todo', 'missions.missing.productPhoto'],
    ['a product with a photo', 'product_with_photo', { productsWithPhoto: 1 }, 'done', null],
    // a buyer's chat answered
    ['no buyer has written', 'chat_answered', {}, 'todo', 'missions.missing.waitForBuyerChat'],
    ['a buyer wrote, no answer', 'chat_answered', { buyerMessages: 2 }, 'todo', 'missions.missing.answerChat'],
    ['the seller wrote first, nobody answered', 'chat_answered', { sellerReplies: 1 }, 'todo', 'missions.missing.waitForBuyerChat'],
    ['answered', 'chat_answered', { buyerMessages: 1, sellerReplies: 1 }, 'done', null],
    // a paid order received
    ['no product, no order', 'paid_order', {}, 'todo', 'missions.missing.productFirst'],
    ['products, no order', 'paid_order', { productsWithPhoto: 1 }, 'todo', 'missions.missing.noOrderYet'],
    ['an order still unpaid', 'paid_order', { productsWithPhoto: 1, ordersPlaced: 1, awaitingPayment: order(1) }, 'todo', 'missions.missing.waitForPayment'],
    ['a paid order', 'paid_order', { ordersPlaced: 1, ordersPaid: 1 }, 'done', null],
    // shipped to the drop point before the deadline
    ['nothing to ship', 'shipped_on_time', {}, 'todo', 'missions.missing.noPaidOrderToShip'],
    ['a paid order waiting', 'shipped_on_time', { ordersPaid: 1, toShip: order(2) }, 'todo', 'missions.missing.shipPaidOrder'],
    ['only a late shipment', 'shipped_on_time', { ordersPaid: 1, shippedLate: 1 }, 'todo', 'missions.missing.shippedLate'],
    ['shipped on time', 'shipped_on_time', { ordersPaid: 1, shippedOnTime: 1 }, 'done', null],
    ['one late and one on time', 'shipped_on_time', { ordersPaid: 2, shippedLate: 1, shippedOnTime: 1 }, 'done', null],
    // an order completed
    ['nothing shipped', 'order_completed', {}, 'todo', 'missions.missing.noShipmentYet'],
    ['shipped, on the way', 'order_completed', { shippedOnTime: 1 }, 'todo', 'missions.missing.waitForDelivery'],
    ['delivered, not confirmed', 'order_completed', { shippedOnTime: 1, ordersDelivered: 1 }, 'todo', 'missions.missing.waitForCompletion'],
    ['completed', 'order_completed', { ordersCompleted: 1 }, 'done', null],
    // bank account
    ['no bank account', 'bank_account', {}, 'todo', 'missions.missing.registerBankAccount'],
    ['a bank account', 'bank_account', { bankAccountRegistered: true }, 'done', null],
    // a balance withdrawn
    ['no bank account yet', 'withdrawal', {}, 'todo', 'missions.missing.bankAccountFirst'],
    ['a bank account, no balance', 'withdrawal', { bankAccountRegistered: true }, 'todo', 'missions.missing.noBalanceYet'],
    ['a balance to withdraw', 'withdrawal', { bankAccountRegistered: true, ordersCompleted: 1 }, 'todo', 'missions.missing.withdrawBalance'],
    ['a withdrawal in process', 'withdrawal', { bankAccountRegistered: true, withdrawalsProcessing: 1 }, 'todo', 'missions.missing.withdrawalProcessing'],
    ['a withdrawal that failed (closed account)', 'withdrawal', { bankAccountRegistered: true, withdrawalsFailed: 1 }, 'todo', 'missions.missing.withdrawalFailed'],
    ['a withdrawal that succeeded', 'withdrawal', { withdrawalsSucceeded: 1, withdrawalsFailed: 1 }, 'done', null],
    // the fraud drill
    ['no drill yet', 'fraud_drill', {}, 'todo', 'missions.missing.fraudDrillNotStarted'],
    ['the fake-proof order still waiting', 'fraud_drill', { fraudDrills: [{ ...order(3), state: 'AWAITING_PAYMENT', shipAttempted: false }] }, 'todo', 'missions.missing.fraudDrillWaiting'],
    ['the fake-proof order expired unshipped', 'fraud_drill', { fraudDrills: [{ ...order(3), state: 'CANCELLED', shipAttempted: false }] }, 'done', null],
    ['the seller tried to ship the fake-proof order', 'fraud_drill', { fraudDrills: [{ ...order(3), state: 'AWAITING_PAYMENT', shipAttempted: true }] }, 'failed', 'missions.missing.fraudDrillShipped'],
    ['tried to ship, then it expired: still failed', 'fraud_drill', { fraudDrills: [{ ...order(3), state: 'CANCELLED', shipAttempted: true }] }, 'failed', 'missions.missing.fraudDrillShipped'],
    ['one drill passed, a second one shipped: failed', 'fraud_drill', {
      fraudDrills: [
        { ...order(3), state: 'CANCELLED', shipAttempted: false },
        { ...order(4), state: 'AWAITING_PAYMENT', shipAttempted: true },
      ],
    }, 'failed', 'missions.missing.fraudDrillShipped'],
  ])('%s (%s)', (_what, id, changes, state, key) => {
    const result = MISSION_CHECKS[id](facts(changes));
    expect(result.id).toBe(id);
    expect(result.state).toBe(state);
    expect(result.missing?.key ?? null).toBe(key);
    // A trainee screen: her shop's pages, or the conversations for the chat mission.
    expect(result.target).toMatch(id === 'chat_answered' ? /^\/chat$/ : /^\/toko/);
  });

  it('sends an open mission to the very order it is about', () => {
    const waiting = MISSION_CHECKS.shipped_on_time(facts({ ordersPaid: 1, toShip: order(2) }));
    expect(waiting.target).toBe(`/toko/pesanan/${order(2).orderId}`);
    expect(waiting.missing?.params).toEqual({ invoiceNumber: order(2).invoiceNumber });
  });

  it('checks the enabled missions only, in the class order', () => {
    const settings = effectiveSettings([
      { id: 'fraud_drill', position: 0, enabled: true },
      { id: 'shop_setup', position: 1, enabled: false },
      { id: 'no_such_mission', position: 2, enabled: true },
    ]);
    expect(settings.slice(0, 2)).toEqual([
      { id: 'fraud_drill', enabled: true },
      { id: 'shop_setup', enabled: false },
    ]);
    expect(settings.map((s) => s.id).sort()).toEqual([...MISSION_IDS].sort());
    const results = checkMissions(facts(), settings);
    expect(results[0]!.id).toBe('fraud_drill');
    expect(results.map((r) => r.id)).not.toContain('shop_setup');
    expect(results).toHaveLength(MISSION_IDS.length - 1);
  });

  it('takes a new order only when it names every mission once', () => {
    expect(settingsProblem(DEFAULT_MISSION_SETTINGS)).toBeNull();
    expect(settingsProblem([...DEFAULT_MISSION_SETTINGS, { id: 'shop_setup', enabled: false }])).toBe('DUPLICATE_MISSION');
    expect(settingsProblem(DEFAULT_MISSION_SETTINGS.slice(1))).toBe('MISSING_MISSION');
    expect(settingsProblem([{ id: 'nope', enabled: true }])).toBe('UNKNOWN_MISSION');
  });

  it('tells which missions became done', () => {
    const before = stateMap(checkMissions(facts(), DEFAULT_MISSION_SETTINGS));
    const after = stateMap(checkMissions(facts({ productsWithPhoto: 1, bankAccountRegistered: true }), DEFAULT_MISSION_SETTINGS));
    expect(newlyDone(before, after)).toEqual(['product_with_photo', 'bank_account']);
    expect(newlyDone(after, after)).toEqual([]);
  });
});

describe('facts from the activity log', () => {
  const me = 'p-sriyati';
  const current = (changes: Partial<CurrentState> = {}): CurrentState => ({
    participantId: me,
    shop: SHOP,
    productsWithPhoto: 1,
    productsWithoutPhoto: 0,
    fraudDrillOrders: [],
    ...changes,
  });
  let lastId = 0;
  const ev = (type: string, payload: Record<string, unknown>, actorId: string | null = null): FactEvent => ({ id: ++lastId, type, actorId, payload });
  const o = (n: number) => ({ orderId: order(n).orderId, invoiceNumber: order(n).invoiceNumber, shopId: 's1' });

  it('follows each order to its latest state, counting each event once per order', () => {
    const facts = foldFacts(current(), [
      ev('order.placed', o(1)),
      ev('order.placed', o(2)),
      ev('order.placed', o(3)),
      ev('order.paid', o(1)),
      ev('order.paid', o(1)), // a duplicate never counts twice
      ev('order.paid', o(2)),
      ev('order.shipped', { ...o(1), onTime: true }, me),
    ]);
    expect(facts).toMatchObject({ ordersPlaced: 3, ordersPaid: 2, shippedOnTime: 1, shippedLate: 0 });
    expect(facts.toShip).toEqual({ orderId: order(2).orderId, invoiceNumber: order(2).invoiceNumber });
    expect(facts.awaitingPayment).toEqual({ orderId: order(3).orderId, invoiceNumber: order(3).invoiceNumber });
  });

  it('counts a late shipment as late, never as on time', () => {
    const facts = foldFacts(current(), [ev('order.placed', o(1)), ev('order.paid', o(1)), ev('order.shipped', { ...o(1), onTime: false }, me)]);
    expect(facts).toMatchObject({ shippedOnTime: 0, shippedLate: 1 });
    expect(MISSION_CHECKS.shipped_on_time(facts).state).toBe('todo');
  });

  it('fails the fraud drill when the seller tried to ship the fake-proof order', () => {
    const drill = { ...order(5), state: 'AWAITING_PAYMENT' };
    const refused = foldFacts(current({ fraudDrillOrders: [drill] }), [ev('order.placed', o(5)), ev('order.ship_refused', { ...o(5), code: 'NOT_PAID' }, me)]);
    expect(MISSION_CHECKS.fraud_drill(refused).state).toBe('failed');
    const expired = foldFacts(current({ fraudDrillOrders: [{ ...drill, state: 'CANCELLED' }] }), [
      ev('order.placed', o(5)),
      ev('order.cancelled', { ...o(5), reason: 'payment_expired' }),
    ]);
    expect(MISSION_CHECKS.fraud_drill(expired).state).toBe('done');
    // A refusal on ANOTHER order does not touch the drill.
    const other = foldFacts(current({ fraudDrillOrders: [{ ...drill, state: 'CANCELLED' }] }), [ev('order.ship_refused', { ...o(6), code: 'NOT_PAID' }, me)]);
    expect(MISSION_CHECKS.fraud_drill(other).state).toBe('done');
  });

  it('counts only the trainee’s own, non-automatic chat replies', () => {
    const facts = foldFacts(current(), [
      ev('chat.message_sent', { senderRole: 'buyer', shopId: 's1' }, 'p-buyer'),
      ev('chat.message_sent', { senderRole: 'seller', shopId: 's1', automatic: true }, me),
    ]);
    expect(MISSION_CHECKS.chat_answered(facts).state).toBe('todo');
    const answered = foldFacts(current(), [
      ev('chat.message_sent', { senderRole: 'buyer', shopId: 's1' }, 'p-buyer'),
      ev('chat.message_sent', { senderRole: 'seller', shopId: 's1' }, me),
    ]);
    expect(MISSION_CHECKS.chat_answered(answered).state).toBe('done');
  });

  it('takes a withdrawal’s latest status', () => {
    const facts = foldFacts(current(), [
      ev('wallet.bank_account_registered', { shopId: 's1' }, me),
      ev('wallet.withdrawal_requested', { shopId: 's1', withdrawalId: 'w1' }, me),
      ev('wallet.withdrawal_failed', { shopId: 's1', withdrawalId: 'w1' }),
      ev('wallet.withdrawal_requested', { shopId: 's1', withdrawalId: 'w2' }, me),
    ]);
    expect(facts).toMatchObject({ bankAccountRegistered: true, withdrawalsFailed: 1, withdrawalsProcessing: 1, withdrawalsSucceeded: 0 });
    const succeeded = foldFacts(current(), [
      ev('wallet.withdrawal_requested', { shopId: 's1', withdrawalId: 'w1' }, me),
      ev('wallet.withdrawal_succeeded', { shopId: 's1', withdrawalId: 'w1' }),
    ]);
    expect(MISSION_CHECKS.withdrawal(succeeded).state).toBe('done');
  });

  describe('kept between checks', () => {
    // A session's worth of events of one shop, in the order they happened (ids ascending).
    const session = (): FactEvent[] => [
      ev('order.placed', o(1)),
      ev('chat.message_sent', { senderRole: 'buyer', shopId: 's1' }, 'p-buyer'),
      ev('order.placed', o(2)),
      ev('order.paid', o(1)),
      ev('chat.message_sent', { senderRole: 'seller', shopId: 's1' }, me),
      ev('order.placed', o(3)),
      ev('order.paid', o(2)),
      ev('order.ship_refused', { ...o(5), code: 'NOT_PAID' }, me),
      ev('order.shipped', { ...o(1), onTime: false }, me),
      ev('order.shipped', { ...o(1), onTime: true }, me), // a second shipment of the same order: the first one counts
      ev('order.paid', o(2)), // a duplicate
      ev('wallet.bank_account_registered', { shopId: 's1' }, me),
      ev('order.delivered', o(1)),
      ev('wallet.withdrawal_requested', { shopId: 's1', withdrawalId: 'w1' }, me),
      ev('order.cancelled', o(3)),
      ev('order.completed', o(1)),
      ev('wallet.withdrawal_failed', { shopId: 's1', withdrawalId: 'w1' }),
      ev('order.placed', o(4)),
      ev('wallet.withdrawal_requested', { shopId: 's1', withdrawalId: 'w2' }, me),
      ev('wallet.withdrawal_succeeded', { shopId: 's1', withdrawalId: 'w2' }),
    ];
    const folded = (events: readonly FactEvent[]): Fold => {
      const fold = emptyFold();
      foldInto(fold, me, events);
      return fold;
    };
    const drills = current({ fraudDrillOrders: [{ ...order(5), state: 'AWAITING_PAYMENT' }] });
    // A fixed shuffle (a seeded generator), so that a failure can be run again.
    const shuffled = <T>(items: readonly T[], seed: number): T[] => {
      const out = [...items];
      let s = seed;
      for (let i = out.length - 1; i > 0; i--) {
        s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
        const j = s % (i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    };

    it('gives the same facts as folding everything in order', () => {
      const events = session();
      const whole = foldFacts(drills, events);
      expect(whole).toMatchObject({
        ordersPlaced: 4, ordersPaid: 2, ordersDelivered: 1, ordersCompleted: 1, shippedOnTime: 0, shippedLate: 1,
        buyerMessages: 1, sellerReplies: 1, bankAccountRegistered: true, withdrawalsFailed: 1, withdrawalsSucceeded: 1, withdrawalsProcessing: 0,
      });
      expect(whole.toShip).toEqual(order(2));
      expect(whole.awaitingPayment).toEqual(order(4));
      expect(whole.fraudDrills).toEqual([{ ...order(5), state: 'AWAITING_PAYMENT', shipAttempted: true }]);
      // Kept after any number of events, then the rest folded on top: every split, every arrival order.
      for (let cut = 0; cut <= events.length; cut++) {
        for (const seed of [1, 7, 42]) {
          const kept = folded(shuffled(events.slice(0, cut), seed));
          // Through JSON, as it is stored.
          const restored = JSON.parse(JSON.stringify(kept)) as Fold;
          foldInto(restored, me, shuffled(events.slice(cut), seed + cut));
          expect(factsOf(drills, restored), `kept ${cut}, seed ${seed}`).toEqual(whole);
          expect(restored.events).toBe(events.length);
        }
      }
    });

    it('takes the latest state by event id even when an older event arrives later', () => {
      const placed = ev('order.placed', o(1));
      const paid = ev('order.paid', o(1));
      const late = folded([paid]);
      foldInto(late, me, [placed]);
      expect(factsOf(current(), late)).toMatchObject({ toShip: order(1), awaitingPayment: null, ordersPlaced: 1, ordersPaid: 1 });
    });
  });
});

