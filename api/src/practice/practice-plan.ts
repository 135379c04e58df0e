// "Latihan Mandiri" as pure rules: when persona buyers come (slots on the class clock), and what each visit does.
// No Nest, no TypeORM, no clock: the caller passes the settings and the times in, so every rule is table-tested, and
// the choices are drawn from a seeded hash, so a test knows exactly which visit pays, which does not, which tries a trick.
import type { PaymentMethodCode } from '../payments/payment-methods.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** What the facilitator may choose. */
export const PRACTICE_LIMITS = {
  daysOpen: { min: 1, max: 30 },
  ordersPerDay: { min: 1, max: 6 },
  percent: { min: 0, max: 100 },
} as const;

export const PRACTICE_DEFAULTS = { daysOpen: 7, ordersPerDay: 2, unpaidPercent: 20, fraudPercent: 10 } as const;

export interface PracticeRhythm {
  daysOpen: number;
  ordersPerDay: number;
  unpaidPercent: number;
  fraudPercent: number;
  seed: number;
}

/**
 * Typical questions a buyer asks before ordering (the bank the persona buyers draw from). Keys for the facilitator's
 * list; the words are what the buyer types in the chat, in Indonesian, as buyers in a marketplace chat write.
 */
export const BUYER_QUESTIONS = [
  { key: 'ready_stock', text: 'Permisi Bu, barangnya ready? Saya mau pesan.' },
  { key: 'ship_today', text: 'Kalau saya pesan sekarang, bisa dikirim hari ini Bu?' },
  { key: 'how_long', text: 'Kira-kira berapa hari sampai ke tempat saya Bu?' },
  { key: 'fresh', text: 'Masih baru ya Bu barangnya? Tahan berapa lama?' },
  { key: 'discount', text: 'Bu, boleh kurang sedikit harganya? Saya langganan nanti.' },
  { key: 'packing', text: 'Tolong dibungkus yang rapi ya Bu, biar tidak rusak di jalan.' },
  { key: 'courier', text: 'Bu, kurir yang paling murah yang mana ya?' },
  { key: 'cod', text: 'Bisa bayar di tempat (COD) tidak Bu?' },
] as const;
export type BuyerQuestionKey = (typeof BUYER_QUESTIONS)[number]['key'];

/** The trick a fraud visit tries: the fake transfer receipt of the "bukti transfer palsu" scenario. */
export const FRAUD_TEXT = 'Bu, sudah saya transfer ya. Ini bukti transfernya, tolong langsung dikirim hari ini.';
/** What an unpaid visit writes after ordering (the "pesanan belum dibayar" lesson again). */
export const UNPAID_TEXT = 'Bu, sudah saya pesan ya. Nanti saya bayar kalau sudah gajian.';

export interface VisitPlan {
  /** Which of the class's persona buyers comes (index into the list, in their joining order). */
  personaIndex: number;
  question: (typeof BUYER_QUESTIONS)[number];
  /** Pays in the simulator's bank app right after ordering. */
  pay: boolean;
  /** Tries the fake transfer receipt (never pays). */
  fraud: boolean;
  paymentMethod: PaymentMethodCode;
}

/** 32-bit FNV-1a of the parts: the same inputs give the same draw, on every node and in every test. */
export function draw(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A share in [0, 100) for this purpose of this visit. */
function percentile(seed: number, purpose: string, slot: number, traineeIndex: number): number {
  return draw(seed, purpose, slot, traineeIndex) % 100;
}

/**
 * What one persona buyer does at one trainee's shop in one slot. Fraud comes first (a fraud visit never pays), then
 * unpaid; the rest pay. Paying visits alternate virtual-account and QRIS, as buyers do.
 */
export function planVisit(rhythm: PracticeRhythm, slot: number, traineeIndex: number, personaCount: number): VisitPlan {
  const fraud = percentile(rhythm.seed, 'fraud', slot, traineeIndex) < rhythm.fraudPercent;
  const unpaid = !fraud && percentile(rhythm.seed, 'unpaid', slot, traineeIndex) < rhythm.unpaidPercent;
  const question = BUYER_QUESTIONS[draw(rhythm.seed, 'question', slot, traineeIndex) % BUYER_QUESTIONS.length]!;
  const paymentMethod: PaymentMethodCode = fraud ? 'bca_va' : unpaid ? 'bri_va' : (slot + traineeIndex) % 2 === 0 ? 'bca_va' : 'qris';
  return {
    personaIndex: personaCount > 0 ? draw(rhythm.seed, 'persona', slot, traineeIndex) % personaCount : 0,
    question,
    pay: !fraud && !unpaid,
    fraud,
    paymentMethod,
  };
}

/** How many visits each trainee gets over the whole period. */
export function slotCount(rhythm: Pick<PracticeRhythm, 'daysOpen' | 'ordersPerDay'>): number {
  return rhythm.daysOpen * rhythm.ordersPerDay;
}

/**
 * When slot `slot` comes due: the day is cut in `ordersPerDay` equal parts and a visit comes in the middle of each, so
 * every visit of day d lies inside [start + d days, start + d+1 days).
 */
export function slotDue(startsSim: Date, ordersPerDay: number, slot: number): Date {
  const interval = DAY_MS / ordersPerDay;
  return new Date(startsSim.getTime() + Math.floor((slot + 0.5) * interval));
}

/** The practice day (0-based from the start) a slot belongs to. */
export function slotDay(ordersPerDay: number, slot: number): number {
  return Math.floor(slot / ordersPerDay);
}

export function endsAt(startsSim: Date, daysOpen: number): Date {
  return new Date(startsSim.getTime() + daysOpen * DAY_MS);
}

/** The settings are within the limits (the DTO checks too; this is the rule the service trusts). */
export function rhythmProblem(rhythm: Omit<PracticeRhythm, 'seed'>): string | null {
  const within = (value: number, limits: { min: number; max: number }) => Number.isInteger(value) && value >= limits.min && value <= limits.max;
  if (!within(rhythm.daysOpen, PRACTICE_LIMITS.daysOpen)) return 'daysOpen';
  if (!within(rhythm.ordersPerDay, PRACTICE_LIMITS.ordersPerDay)) return 'ordersPerDay';
  if (!within(rhythm.unpaidPercent, PRACTICE_LIMITS.percent)) return 'unpaidPercent';
  if (!within(rhythm.fraudPercent, PRACTICE_LIMITS.percent)) return 'fraudPercent';
  if (rhythm.unpaidPercent + rhythm.fraudPercent > 100) return 'shares';
  return null;
}

/** The trainee's week in a few counts, and the one thing to do next. */
export type NextStep = 'ship' | 'check_payment' | 'wait_buyers' | 'practice_over' | 'add_product';

export interface WeekCounts {
  came: number;
  toShip: number;
  unpaid: number;
  fraud: number;
  completed: number;
}

export function nextStep(counts: WeekCounts, open: boolean, hasProduct: boolean): NextStep {
  if (counts.toShip > 0) return 'ship';
  if (counts.unpaid > 0) return 'check_payment';
  if (!open) return 'practice_over';
  if (!hasProduct) return 'add_product';
  return 'wait_buyers';
}
