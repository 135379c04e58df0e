import {
  autoCompleteAt,
  deadlineOnEntering,
  deadlineSettingsProblems,
  isPastDeadline,
  type OrderDeadlineSettings,
  paymentDeadline,
  resolveDeadlineSettings,
  shipByDeadline,
} from './order-deadlines.js';
import { checkTransition, type OrderState } from './order-state.js';

const at = (iso: string) => new Date(iso);
const custom = (overrides: Partial<OrderDeadlineSettings>) => resolveDeadlineSettings(overrides);

describe('order deadlines on the class clock', () => {
  it.each<[string, (from: Date, s?: OrderDeadlineSettings) => Date, string, OrderDeadlineSettings | undefined, string]>([
    ['payment: 24 h by default', paymentDeadline, '2026-11-28T02:00:00Z', undefined, '2026-11-29T02:00:00Z'],
    ['payment: 1 h for a quick class', paymentDeadline, '2026-11-28T02:00:00Z', custom({ paymentHours: 1 }), '2026-11-28T03:00:00Z'],
    ['payment: 72 h at most', paymentDeadline, '2026-11-28T02:00:00Z', custom({ paymentHours: 72 }), '2026-12-01T02:00:00Z'],
    ['ship-by: 2 days after payment by default', shipByDeadline, '2026-11-28T16:59:00Z', undefined, '2026-11-30T16:59:00Z'],
    ['ship-by: counts 24 h days across a month end', shipByDeadline, '2026-11-30T10:00:00Z', custom({ shipByDays: 3 }), '2026-12-03T10:00:00Z'],
    ['auto-complete: 3 days after delivery by default', autoCompleteAt, '2026-12-31T20:00:00Z', undefined, '2027-01-03T20:00:00Z'],
    ['auto-complete: 1 day for a quick class', autoCompleteAt, '2026-11-28T02:00:00Z', custom({ autoCompleteDays: 1 }), '2026-11-29T02:00:00Z'],
  ])('%s', (_case, deadline, from, settings, due) => {
    expect(deadline(at(from), settings).toISOString()).toBe(at(due).toISOString());
  });

  it.each<[OrderState, string | null, string | null, string | null]>([
    ['AWAITING_PAYMENT', 'paymentDueAt', '2026-11-29T02:00:00.000Z', 'CANCELLED payment_expired'],
    ['PAID', 'shipByAt', '2026-11-30T02:00:00.000Z', 'CANCELLED ship_deadline_missed'],
    ['DELIVERED', 'autoCompleteAt', '2026-12-01T02:00:00.000Z', 'COMPLETED'],
    ['SHIPPED', null, null, null],
    ['COMPLETED', null, null, null],
    ['CANCELLED', null, null, null],
    ['RETURNED', null, null, null],
  ])('entering %s books %s at %s, then %s', (state, field, dueAt, then) => {
    const deadline = deadlineOnEntering(state, at('2026-11-28T02:00:00Z'));
    expect(deadline?.field ?? null).toBe(field);
    expect(deadline?.dueAt.toISOString() ?? null).toBe(dueAt);
    expect(deadline ? [deadline.onExpiry.to, deadline.onExpiry.reason].filter(Boolean).join(' ') : null).toBe(then);
  });

  it.each<[OrderState, 'paymentDueAt' | 'shipByAt' | 'autoCompleteAt']>([
    ['AWAITING_PAYMENT', 'paymentDueAt'],
    ['PAID', 'shipByAt'],
    ['DELIVERED', 'autoCompleteAt'],
  ])('the move booked on entering %s is one the state machine allows the clock at %s', (state, field) => {
    const deadline = deadlineOnEntering(state, at('2026-11-28T02:00:00Z'))!;
    const order = { state, [field]: deadline.dueAt };
    expect(checkTransition(order, deadline.onExpiry.to, { actor: 'system', now: deadline.dueAt, reason: deadline.onExpiry.reason })).toEqual({ ok: true });
  });

  it.each<[string, string, boolean]>([
    ['2026-11-29T01:59:59.999Z', '2026-11-29T02:00:00Z', false],
    ['2026-11-29T02:00:00Z', '2026-11-29T02:00:00Z', true],
    ['2026-11-29T02:00:00.001Z', '2026-11-29T02:00:00Z', true],
  ])('at %s a deadline of %s has passed: %s', (now, deadline, passed) => {
    expect(isPastDeadline(at(deadline), at(now))).toBe(passed);
  });
});

describe('per-class deadline settings', () => {
  it('uses the defaults for what a class does not set', () => {
    expect(resolveDeadlineSettings({ shipByDays: 1 })).toEqual({ paymentHours: 24, shipByDays: 1, autoCompleteDays: 3 });
    expect(resolveDeadlineSettings(null)).toEqual({ paymentHours: 24, shipByDays: 2, autoCompleteDays: 3 });
    expect(resolveDeadlineSettings({ paymentHours: undefined })).toEqual({ paymentHours: 24, shipByDays: 2, autoCompleteDays: 3 });
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ paymentHours: 1, shipByDays: 1, autoCompleteDays: 1 }, []],
    [{ paymentHours: 72, shipByDays: 7, autoCompleteDays: 14 }, []],
    [{ paymentHours: 0 }, ['paymentHours must be a whole number from 1 to 72']],
    [{ paymentHours: 73 }, ['paymentHours must be a whole number from 1 to 72']],
    [{ paymentHours: 1.5 }, ['paymentHours must be a whole number from 1 to 72']],
    [{ shipByDays: 8 }, ['shipByDays must be a whole number from 1 to 7']],
    [{ autoCompleteDays: 15 }, ['autoCompleteDays must be a whole number from 1 to 14']],
    [{ autoCompleteDays: '3' }, ['autoCompleteDays must be a whole number from 1 to 14']],
    [{ payoutDays: 1 }, ['payoutDays is not a deadline setting']],
  ])('%j → %j', (settings, problems) => {
    expect(deadlineSettingsProblems(settings)).toEqual(problems);
  });

  it('refuses to compute a deadline from settings out of bounds', () => {
    expect(() => paymentDeadline(at('2026-11-28T02:00:00Z'), { paymentHours: 0, shipByDays: 2, autoCompleteDays: 3 })).toThrow(RangeError);
  });
});
