// Pure: the nine missions of a workshop (DESIGN "Missions"), each a check over what one trainee actually did.
// The facts come from the activity log (by actor, or by the payload's shopId) and, where the log is not enough,
// from current state (the shop's description, the products' photos). Nothing here is ever ticked by hand.
// A check answers done / todo / failed, and for an open mission what is missing as an i18n KEY with params
// (the client holds the words, in plain Indonesian) and where to go to do it (a client path).

export const MISSION_IDS = [
  'shop_setup',
  'product_with_photo',
  'chat_answered',
  'paid_order',
  'shipped_on_time',
  'order_completed',
  'bank_account',
  'withdrawal',
  'fraud_drill',
] as const;
export type MissionId = (typeof MISSION_IDS)[number];

export function isMissionId(value: unknown): value is MissionId {
  return typeof value === 'string' && (MISSION_IDS as readonly string[]).includes(value);
}

export type MissionState = 'done' | 'todo' | 'failed';

export interface OrderRef {
  orderId: string;
  invoiceNumber: string;
}

/** Everything the checks need to know about one trainee. */
export interface TraineeFacts {
  shop: { name: string; description: string | null; hasPhoto: boolean };
  /** Active products with at least one photo, and without. */
  productsWithPhoto: number;
  productsWithoutPhoto: number;
  /** Messages buyers sent to the shop, and the trainee's own (non-automatic) replies. */
  buyerMessages: number;
  sellerReplies: number;
  /** Orders the shop received, by what happened to them (each event counted once per order). */
  ordersPlaced: number;
  /** An order still waiting for payment (the newest), if any. */
  awaitingPayment: OrderRef | null;
  ordersPaid: number;
  /** A paid order waiting to be shipped (the oldest), if any. */
  toShip: OrderRef | null;
  shippedOnTime: number;
  shippedLate: number;
  ordersDelivered: number;
  ordersCompleted: number;
  bankAccountRegistered: boolean;
  withdrawalsSucceeded: number;
  withdrawalsProcessing: number;
  withdrawalsFailed: number;
  /** The fraud-drill orders sent to this shop by the "fake transfer proof" scenario. */
  fraudDrills: FraudDrillFacts[];
}

export interface FraudDrillFacts extends OrderRef {
  /** The order's current state. */
  state: string;
  /** The seller tried to ship it (`order.ship_refused`) or shipped it (`order.shipped`). */
  shipAttempted: boolean;
}

export interface MissingHint {
  /** An i18n key under `missions.missing`. */
  key: string;
  params: Record<string, string | number>;
}

export interface MissionResult {
  id: MissionId;
  state: MissionState;
  /** What is missing (todo) or what went wrong (failed); null when done. */
  missing: MissingHint | null;
  /** The client path that gets the trainee there. */
  target: string;
}

/** Client paths, as in client/src/shared/config/paths.ts (wallet and chat paths as their helpers named them). */
export const MISSION_TARGETS = {
  shop: '/toko',
  shopProfile: '/toko/profil',
  newProduct: '/toko/produk/baru',
  myProducts: '/toko/produk',
  chats: '/chat',
  shopOrders: '/toko/pesanan',
  toShip: '/toko/pesanan?tab=perlu_dikirim',
  shopOrder: (orderId: string) => `/toko/pesanan/${encodeURIComponent(orderId)}`,
  bankAccount: '/toko/rekening',
  withdraw: '/toko/tarik-dana',
  balance: '/toko/saldo',
} as const;

const done = (id: MissionId, target: string): MissionResult => ({ id, state: 'done', missing: null, target });
const todo = (id: MissionId, target: string, key: string, params: MissingHint['params'] = {}): MissionResult => ({
  id,
  state: 'todo',
  missing: { key: `missions.missing.${key}`, params },
  target,
});
const failed = (id: MissionId, target: string, key: string, params: MissingHint['params'] = {}): MissionResult => ({
  id,
  state: 'failed',
  missing: { key: `missions.missing.${key}`, params },
  target,
});

type Check = (facts: TraineeFacts) => MissionResult;

export const MISSION_CHECKS: { [id in MissionId]: Check } = {
  /** The shop has a name, and a photo or a description that says what it sells. */
  shop_setup: ({ shop }) => {
    const id = 'shop_setup';
    if (!shop.name.trim()) return todo(id, MISSION_TARGETS.shopProfile, 'shopName');
    if (!shop.hasPhoto && !(shop.description ?? '').trim()) return todo(id, MISSION_TARGETS.shopProfile, 'shopDescription');
    return done(id, MISSION_TARGETS.shopProfile);
  },

  /** At least one active product with a photo. */
  product_with_photo: (facts) => {
    const id = 'product_with_photo';
    if (facts.productsWithPhoto > 0) return done(id, MISSION_TARGETS.myProducts);
    if (facts.productsWithoutPhoto > 0) return todo(id, MISSION_TARGETS.myProducts, 'productPhoto');
    return todo(id, MISSION_TARGETS.newProduct, 'firstProduct');
  },

  /** A buyer wrote, and the trainee answered (an automatic away reply does not count). */
  chat_answered: (facts) => {
    const id = 'chat_answered';
    if (facts.sellerReplies > 0 && facts.buyerMessages > 0) return done(id, MISSION_TARGETS.chats);
    if (facts.buyerMessages === 0) return todo(id, MISSION_TARGETS.chats, 'waitForBuyerChat');
    return todo(id, MISSION_TARGETS.chats, 'answerChat', { count: facts.buyerMessages });
  },

  /** An order of the shop was paid (the system saw the payment; nothing in chat counts). */
  paid_order: (facts) => {
    const id = 'paid_order';
    if (facts.ordersPaid > 0) return done(id, MISSION_TARGETS.shopOrders);
    if (facts.awaitingPayment) {
      return todo(id, MISSION_TARGETS.shopOrder(facts.awaitingPayment.orderId), 'waitForPayment', { invoiceNumber: facts.awaitingPayment.invoiceNumber });
    }
    if (facts.productsWithPhoto + facts.productsWithoutPhoto === 0) return todo(id, MISSION_TARGETS.newProduct, 'productFirst');
    return todo(id, MISSION_TARGETS.shopOrders, 'noOrderYet');
  },

  /** A paid order handed to the courier's drop point before its ship-by deadline; a late one does not count. */
  shipped_on_time: (facts) => {
    const id = 'shipped_on_time';
    if (facts.shippedOnTime > 0) return done(id, MISSION_TARGETS.shopOrders);
    if (facts.toShip) return todo(id, MISSION_TARGETS.shopOrder(facts.toShip.orderId), 'shipPaidOrder', { invoiceNumber: facts.toShip.invoiceNumber });
    if (facts.shippedLate > 0) return todo(id, MISSION_TARGETS.toShip, 'shippedLate');
    return todo(id, MISSION_TARGETS.toShip, 'noPaidOrderToShip');
  },

  /** An order reached "Selesai" (the buyer confirmed, or it completed itself after delivery). */
  order_completed: (facts) => {
    const id = 'order_completed';
    if (facts.ordersCompleted > 0) return done(id, MISSION_TARGETS.shopOrders);
    if (facts.ordersDelivered > 0) return todo(id, MISSION_TARGETS.shopOrders, 'waitForCompletion');
    if (facts.shippedOnTime + facts.shippedLate > 0) return todo(id, MISSION_TARGETS.shopOrders, 'waitForDelivery');
    return todo(id, MISSION_TARGETS.shopOrders, 'noShipmentYet');
  },

  bank_account: (facts) =>
    facts.bankAccountRegistered ? done('bank_account', MISSION_TARGETS.bankAccount) : todo('bank_account', MISSION_TARGETS.bankAccount, 'registerBankAccount'),

  /** Money reached the bank: a withdrawal that succeeded (one in process, or one that failed, is not yet that). */
  withdrawal: (facts) => {
    const id = 'withdrawal';
    if (facts.withdrawalsSucceeded > 0) return done(id, MISSION_TARGETS.withdraw);
    if (facts.withdrawalsProcessing > 0) return todo(id, MISSION_TARGETS.withdraw, 'withdrawalProcessing');
    if (facts.withdrawalsFailed > 0) return todo(id, MISSION_TARGETS.withdraw, 'withdrawalFailed');
    if (!facts.bankAccountRegistered) return todo(id, MISSION_TARGETS.bankAccount, 'bankAccountFirst');
    if (facts.ordersCompleted === 0) return todo(id, MISSION_TARGETS.balance, 'noBalanceYet');
    return todo(id, MISSION_TARGETS.withdraw, 'withdrawBalance');
  },

  /**
   * The fake-proof order was NOT shipped. Trying to ship it (the system refuses an unpaid order and records the
   * attempt) fails the drill at once; it is passed when the order ends unshipped (it expired, or the seller refused
   * it); while it is still waiting, the trainee must hold on.
   */
  fraud_drill: (facts) => {
    const id = 'fraud_drill';
    if (facts.fraudDrills.length === 0) return todo(id, MISSION_TARGETS.shopOrders, 'fraudDrillNotStarted');
    const attempted = facts.fraudDrills.find((drill) => drill.shipAttempted);
    if (attempted) return failed(id, MISSION_TARGETS.shopOrder(attempted.orderId), 'fraudDrillShipped', { invoiceNumber: attempted.invoiceNumber });
    if (facts.fraudDrills.some((drill) => drill.state === 'CANCELLED')) return done(id, MISSION_TARGETS.shopOrders);
    const open = facts.fraudDrills[0]!;
    return todo(id, MISSION_TARGETS.shopOrder(open.orderId), 'fraudDrillWaiting', { invoiceNumber: open.invoiceNumber });
  },
};

export interface MissionSetting {
  id: MissionId;
  enabled: boolean;
}

/** Every mission in the default order, all on: a class without settings of its own. */
export const DEFAULT_MISSION_SETTINGS: readonly MissionSetting[] = MISSION_IDS.map((id) => ({ id, enabled: true }));

/**
 * The class's settings completed: stored missions in their stored order, then any mission the class has no row for
 * (one added to the product later), enabled, in the default order.
 */
export function effectiveSettings(stored: readonly { id: string; position: number; enabled: boolean }[]): MissionSetting[] {
  const known = stored.filter((row) => isMissionId(row.id)).sort((a, b) => a.position - b.position);
  const seen = new Set(known.map((row) => row.id));
  return [
    ...known.map((row) => ({ id: row.id as MissionId, enabled: row.enabled })),
    ...MISSION_IDS.filter((id) => !seen.has(id)).map((id) => ({ id, enabled: true })),
  ];
}

/** A facilitator's new order of missions: each mission exactly once, or a reason it is not. */
export function settingsProblem(settings: readonly { id: string; enabled: boolean }[]): 'UNKNOWN_MISSION' | 'DUPLICATE_MISSION' | 'MISSING_MISSION' | null {
  if (settings.some((setting) => !isMissionId(setting.id))) return 'UNKNOWN_MISSION';
  if (new Set(settings.map((setting) => setting.id)).size !== settings.length) return 'DUPLICATE_MISSION';
  if (settings.length !== MISSION_IDS.length) return 'MISSING_MISSION';
  return null;
}

/** The enabled missions of a class, checked in its order. */
export function checkMissions(facts: TraineeFacts, settings: readonly MissionSetting[]): MissionResult[] {
  return settings.filter((setting) => setting.enabled).map((setting) => MISSION_CHECKS[setting.id](facts));
}

/** What is stored per trainee to tell a change: mission id → state. */
export function stateMap(results: readonly MissionResult[]): Record<string, MissionState> {
  return Object.fromEntries(results.map((result) => [result.id, result.state]));
}

/** The missions that became done between two state maps. */
export function newlyDone(before: Record<string, MissionState>, after: Record<string, MissionState>): MissionId[] {
  return MISSION_IDS.filter((id) => after[id] === 'done' && before[id] !== 'done');
}

/** A trainee with nothing done yet. */
export function emptyFacts(shop: TraineeFacts['shop']): TraineeFacts {
  return {
    shop,
    productsWithPhoto: 0,
    productsWithoutPhoto: 0,
    buyerMessages: 0,
    sellerReplies: 0,
    ordersPlaced: 0,
    awaitingPayment: null,
    ordersPaid: 0,
    toShip: null,
    shippedOnTime: 0,
    shippedLate: 0,
    ordersDelivered: 0,
    ordersCompleted: 0,
    bankAccountRegistered: false,
    withdrawalsSucceeded: 0,
    withdrawalsProcessing: 0,
    withdrawalsFailed: 0,
    fraudDrills: [],
  };
}
