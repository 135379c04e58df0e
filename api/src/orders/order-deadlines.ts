// Pure: an order's deadlines on the class's simulation clock (issue 5/6: pay within 24 h, ship within 2 days,
// auto-complete 3 days after delivery), each configurable per class within bounds a facilitator cannot get wrong.
// A "day" is 24 simulated hours from the moment, not a calendar or working day: the clock runs at 600×.
import type { CancelReason, DeadlineField, OrderState } from './order-state.js';

export interface OrderDeadlineSettings {
  /** Hours the buyer has to pay after placing the order. */
  paymentHours: number;
  /** Days the seller has to ship after payment. */
  shipByDays: number;
  /** Days after delivery before the order completes by itself. */
  autoCompleteDays: number;
}

export const DEFAULT_ORDER_DEADLINES: Readonly<OrderDeadlineSettings> = { paymentHours: 24, shipByDays: 2, autoCompleteDays: 3 };

/**
 * Whole numbers only. An hour is the least a payment lesson needs; 3 days (72 h) is a generous VA lifetime.
 * Ship-by up to a week, auto-complete up to two weeks: past that, a class would never see the end of an order.
 */
export const ORDER_DEADLINE_BOUNDS: Readonly<Record<keyof OrderDeadlineSettings, { min: number; max: number }>> = {
  paymentHours: { min: 1, max: 72 },
  shipByDays: { min: 1, max: 7 },
  autoCompleteDays: { min: 1, max: 14 },
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** One line per out-of-bounds or unknown field; empty when the settings are good. */
export function deadlineSettingsProblems(settings: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [field, value] of Object.entries(settings)) {
    const bounds = ORDER_DEADLINE_BOUNDS[field as keyof OrderDeadlineSettings];
    if (!bounds) problems.push(`${field} is not a deadline setting`);
    else if (!Number.isInteger(value) || (value as number) < bounds.min || (value as number) > bounds.max) {
      problems.push(`${field} must be a whole number from ${bounds.min} to ${bounds.max}`);
    }
  }
  return problems;
}

/** A class's own settings over the defaults; throws RangeError on a value outside the bounds (validate input first). */
export function resolveDeadlineSettings(overrides: Partial<OrderDeadlineSettings> | null | undefined): OrderDeadlineSettings {
  const settings = { ...DEFAULT_ORDER_DEADLINES, ...stripUndefined(overrides ?? {}) };
  const problems = deadlineSettingsProblems(settings);
  if (problems.length > 0) throw new RangeError(`Invalid order deadline settings: ${problems.join('; ')}`);
  return settings;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function paymentDeadline(placedAt: Date, settings: OrderDeadlineSettings = DEFAULT_ORDER_DEADLINES): Date {
  return new Date(placedAt.getTime() + resolveDeadlineSettings(settings).paymentHours * HOUR_MS);
}

export function shipByDeadline(paidAt: Date, settings: OrderDeadlineSettings = DEFAULT_ORDER_DEADLINES): Date {
  return new Date(paidAt.getTime() + resolveDeadlineSettings(settings).shipByDays * DAY_MS);
}

export function autoCompleteAt(deliveredAt: Date, settings: OrderDeadlineSettings = DEFAULT_ORDER_DEADLINES): Date {
  return new Date(deliveredAt.getTime() + resolveDeadlineSettings(settings).autoCompleteDays * DAY_MS);
}

/** A deadline has passed from its very moment on (the same rule checkTransition uses). */
export function isPastDeadline(deadline: Date, now: Date): boolean {
  return now.getTime() >= deadline.getTime();
}

export interface OrderDeadline {
  field: DeadlineField;
  dueAt: Date;
  /** What the clock does to the order when the deadline passes. */
  onExpiry: { to: OrderState; reason?: CancelReason };
}

/** The deadline an order gets when it enters `state` at `enteredAt`, as the scheduler should book it; null when none. */
export function deadlineOnEntering(state: OrderState, enteredAt: Date, settings: OrderDeadlineSettings = DEFAULT_ORDER_DEADLINES): OrderDeadline | null {
  switch (state) {
    case 'AWAITING_PAYMENT':
      return { field: 'paymentDueAt', dueAt: paymentDeadline(enteredAt, settings), onExpiry: { to: 'CANCELLED', reason: 'payment_expired' } };
    case 'PAID':
      return { field: 'shipByAt', dueAt: shipByDeadline(enteredAt, settings), onExpiry: { to: 'CANCELLED', reason: 'ship_deadline_missed' } };
    case 'DELIVERED':
      return { field: 'autoCompleteAt', dueAt: autoCompleteAt(enteredAt, settings), onExpiry: { to: 'COMPLETED' } };
    default:
      return null;
  }
}
