import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './api/chat-types';
import { compareIds, lastFromOther, mergeMessages, newClientId, shownTime, stillPending, ticksFor } from './chat-thread';

const message = (id: string, senderRole: 'buyer' | 'seller' = 'buyer', clientId: string | null = null): ChatMessage => ({
  id,
  conversationId: 'c',
  clientId,
  senderId: senderRole,
  senderRole,
  kind: 'text',
  text: `pesan ${id}`,
  image: null,
  product: null,
  order: null,
  flags: [],
  automatic: false,
  sentAt: '2026-11-28T10:00:00.000Z',
  simTime: null,
});

describe('chat thread', () => {
  it('shows a message at its class-clock time, the real time only until the server has timed it', () => {
    // The class clock runs 8 days ahead: the bubble follows it, as the order and the bank app do (issue 12, defect 6).
    expect(shownTime({ ...message('1'), simTime: '2026-12-06T13:00:00.000Z' })).toBe('2026-12-06T13:00:00.000Z');
    expect(shownTime(message('2'))).toBe('2026-11-28T10:00:00.000Z');
  });

  it('compares ids as numbers, not as text', () => {
    expect(compareIds('9', '10')).toBeLessThan(0);
    expect(compareIds('100', '99')).toBeGreaterThan(0);
    expect(compareIds('42', '42')).toBe(0);
  });

  it('merges a live event, a send answer and a resync without duplicates, in id order', () => {
    const merged = mergeMessages([message('9'), message('11')], [message('10'), message('11'), message('12')]);
    expect(merged.map((m) => m.id)).toEqual(['9', '10', '11', '12']);
  });

  it('drops a pending message once the server’s copy with its clientId is there', () => {
    const pending = [
      { clientId: 'a', text: 'x', kind: 'text' as const, failed: false },
      { clientId: 'b', text: 'y', kind: 'text' as const, failed: true },
    ];
    expect(stillPending(pending, [message('5', 'buyer', 'a')]).map((p) => p.clientId)).toEqual(['b']);
    expect(stillPending(pending, [])).toBe(pending);
  });

  it.each([
    ['stored only', { buyerReadUpTo: '0', sellerReadUpTo: '0', buyerDeliveredUpTo: '0', sellerDeliveredUpTo: '0' }, 'sent'],
    ['on the seller’s phone', { buyerReadUpTo: '0', sellerReadUpTo: '0', buyerDeliveredUpTo: '0', sellerDeliveredUpTo: '12' }, 'delivered'],
    ['read by the seller', { buyerReadUpTo: '0', sellerReadUpTo: '10', buyerDeliveredUpTo: '0', sellerDeliveredUpTo: '12' }, 'read'],
    ['the buyer’s own marks do not count', { buyerReadUpTo: '99', sellerReadUpTo: '0', buyerDeliveredUpTo: '99', sellerDeliveredUpTo: '0' }, 'sent'],
  ] as const)('a buyer’s message 10 is %s', (_name, marks, ticks) => {
    expect(ticksFor(message('10', 'buyer'), marks)).toBe(ticks);
  });

  it('finds the newest message of the other side', () => {
    expect(lastFromOther([message('1', 'seller'), message('2', 'buyer')], 'buyer')).toBe('1');
    expect(lastFromOther([message('1', 'buyer')], 'buyer')).toBeUndefined();
  });

  it('makes distinct client ids that the API accepts', () => {
    const a = newClientId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newClientId()).not.toBe(a);
  });
});
