import { applyNotification, type AppliedNotification, type NotificationEffect, notificationEffect, type PaymentState } from './payment-status.js';

describe('Midtrans transaction_status → our effect', () => {
  it.each<[string, string | undefined, NotificationEffect]>([
    ['pending', undefined, 'none'],
    ['settlement', undefined, 'settle'],
    ['settlement', 'accept', 'settle'],
    ['capture', 'accept', 'settle'],
    ['capture', 'challenge', 'none'],
    ['capture', 'deny', 'cancel'],
    ['capture', undefined, 'none'],
    ['expire', undefined, 'expire'],
    ['cancel', undefined, 'cancel'],
    ['deny', undefined, 'cancel'],
    ['refund', undefined, 'none'],
    ['failure', undefined, 'none'],
    ['SETTLEMENT', undefined, 'none'],
    ['', undefined, 'none'],
  ])('%s (fraud_status %s) → %s', (status, fraud, effect) => {
    expect(notificationEffect({ transaction_status: status, fraud_status: fraud })).toBe(effect);
  });

  it('treats a missing status as nothing', () => {
    expect(notificationEffect({})).toBe('none');
  });
});

describe('applying a notification to our payment', () => {
  // prettier-ignore
  it.each<[PaymentState, string, PaymentState, NotificationEffect, AppliedNotification['outcome']]>([
    // current      notification    then           do           because
    ['pending',     'pending',      'pending',     'none',      'still_pending'],
    ['pending',     'settlement',   'settled',     'settle',    'applied'],
    ['pending',     'expire',       'expired',     'expire',    'applied'],
    ['pending',     'cancel',       'cancelled',   'cancel',    'applied'],
    ['settled',     'settlement',   'settled',     'none',      'duplicate'],
    ['settled',     'expire',       'settled',     'none',      'ignored_after_settlement'],
    ['settled',     'cancel',       'settled',     'none',      'ignored_after_settlement'],
    ['settled',     'pending',      'settled',     'none',      'ignored_after_settlement'],
    ['expired',     'expire',       'expired',     'none',      'duplicate'],
    ['expired',     'settlement',   'expired',     'none',      'settled_after_close'],
    ['expired',     'cancel',       'expired',     'none',      'ignored_after_close'],
    ['expired',     'pending',      'expired',     'none',      'ignored_after_close'],
    ['cancelled',   'cancel',       'cancelled',   'none',      'duplicate'],
    ['cancelled',   'settlement',   'cancelled',   'none',      'settled_after_close'],
    ['cancelled',   'expire',       'cancelled',   'none',      'ignored_after_close'],
    ['cancelled',   'pending',      'cancelled',   'none',      'ignored_after_close'],
  ])('%s + %s → %s, %s (%s)', (current, status, state, effect, outcome) => {
    expect(applyNotification(current, { transaction_status: status })).toEqual({ state, effect, outcome });
  });

  it('settles once however often the same settlement arrives', () => {
    let state: PaymentState = 'pending';
    const effects: NotificationEffect[] = [];
    for (let i = 0; i < 10; i++) {
      const applied = applyNotification(state, { transaction_status: 'settlement', fraud_status: 'accept' });
      state = applied.state;
      effects.push(applied.effect);
    }
    expect(effects.filter((e) => e === 'settle')).toHaveLength(1);
    expect(state).toBe('settled');
  });

  it('never lets a late expire undo a settlement', () => {
    const settled = applyNotification('pending', { transaction_status: 'settlement' });
    const late = applyNotification(settled.state, { transaction_status: 'expire' });
    expect(late).toEqual({ state: 'settled', effect: 'none', outcome: 'ignored_after_settlement' });
  });
});
