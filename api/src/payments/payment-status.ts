// Pure: what a Midtrans notification means for our payment (Midtrans "Transaction status": settlement, or capture with
// fraud_status accept, means paid). The table is written out whole so that replays and late messages are visibly harmless:
// a duplicate settles nothing twice, and a late expire or cancel after a settlement never undoes it.

export type NotificationEffect = 'none' | 'settle' | 'expire' | 'cancel';
export const PAYMENT_STATES = ['pending', 'settled', 'expired', 'cancelled'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export interface MidtransStatusFields {
  transaction_status?: unknown;
  fraud_status?: unknown;
}

/**
 * settlement → settle; capture → settle only when fraud_status is accept, cancel when deny, otherwise wait (challenge);
 * expire → expire; cancel and deny → cancel; pending and anything else (refund, authorize, failure) → none.
 */
export function notificationEffect({ transaction_status: status, fraud_status: fraud }: MidtransStatusFields): NotificationEffect {
  switch (status) {
    case 'settlement':
      return 'settle';
    case 'capture':
      if (fraud === 'deny') return 'cancel';
      return fraud === 'accept' ? 'settle' : 'none';
    case 'expire':
      return 'expire';
    case 'cancel':
    case 'deny':
      return 'cancel';
    default:
      return 'none';
  }
}

/**
 * applied: the payment changed, act on `effect`. still_pending: nothing happened yet. duplicate: seen before.
 * ignored_after_settlement: too late, the money is in. ignored_after_close: the payment was already closed.
 * settled_after_close: money arrived for a payment we had closed; nothing changes here, but someone must look (refund).
 */
export type NotificationOutcome = 'applied' | 'still_pending' | 'duplicate' | 'ignored_after_settlement' | 'ignored_after_close' | 'settled_after_close';

export interface AppliedNotification {
  state: PaymentState;
  /** What the service must do now: settle the order, expire or cancel it, or nothing. */
  effect: NotificationEffect;
  outcome: NotificationOutcome;
}

const keep = (state: PaymentState, outcome: NotificationOutcome): AppliedNotification => ({ state, effect: 'none', outcome });

export const PAYMENT_STATE_TABLE: Record<PaymentState, Record<NotificationEffect, AppliedNotification>> = {
  pending: {
    none: keep('pending', 'still_pending'),
    settle: { state: 'settled', effect: 'settle', outcome: 'applied' },
    expire: { state: 'expired', effect: 'expire', outcome: 'applied' },
    cancel: { state: 'cancelled', effect: 'cancel', outcome: 'applied' },
  },
  settled: {
    none: keep('settled', 'ignored_after_settlement'),
    settle: keep('settled', 'duplicate'),
    expire: keep('settled', 'ignored_after_settlement'),
    cancel: keep('settled', 'ignored_after_settlement'),
  },
  expired: {
    none: keep('expired', 'ignored_after_close'),
    settle: keep('expired', 'settled_after_close'),
    expire: keep('expired', 'duplicate'),
    cancel: keep('expired', 'ignored_after_close'),
  },
  cancelled: {
    none: keep('cancelled', 'ignored_after_close'),
    settle: keep('cancelled', 'settled_after_close'),
    expire: keep('cancelled', 'ignored_after_close'),
    cancel: keep('cancelled', 'duplicate'),
  },
};

export function applyNotification(current: PaymentState, notification: MidtransStatusFields): AppliedNotification {
  return PAYMENT_STATE_TABLE[current][notificationEffect(notification)];
}
