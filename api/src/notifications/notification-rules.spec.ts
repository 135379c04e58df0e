import { plan, shipByReminderAt } from './notification-rules.js';

const SHOP = '11111111-1111-4111-8111-111111111111';
const BUYER = '22222222-2222-4222-8222-222222222222';
const SELLER = '33333333-3333-4333-8333-333333333333';
const order = { orderId: 'o-1', invoiceNumber: 'INV/1', shopId: SHOP, buyerId: BUYER };

describe('plan', () => {
  it.each([
    ['order.placed', { ...order, total: 36000 }, [['seller', 'new_order']]],
    ['order.paid', order, [['seller', 'order_paid']]],
    ['order.delivered', order, [['seller', 'order_delivered'], [BUYER, 'order_delivered']]],
    ['order.completed', { ...order, by: 'buyer' }, [['seller', 'order_completed']]],
    ['wallet.funds_released', { shopId: SHOP, orderId: 'o-1', amount: 33000, fee: 2000 }, [['seller', 'funds_released']]],
    ['wallet.withdrawal_succeeded', { shopId: SHOP, withdrawalId: 'w', amount: 50000, fee: 0 }, [['seller', 'withdrawal_succeeded']]],
    ['wallet.withdrawal_failed', { shopId: SHOP, withdrawalId: 'w', amount: 50000, fee: 0 }, [['seller', 'withdrawal_failed']]],
    ['chat.message_sent', { conversationId: 'c', buyerId: BUYER, sellerId: SELLER, senderId: BUYER, senderRole: 'buyer' }, [[SELLER, 'chat_message']]],
    ['chat.message_sent', { conversationId: 'c', buyerId: BUYER, sellerId: SELLER, senderId: SELLER, senderRole: 'seller' }, [[BUYER, 'chat_message']]],
    ['practice.class_message', { text: 'Ayo kirim pesanan', from: 'Bu Rina', recipientIds: [BUYER, SELLER] }, [[BUYER, 'class_message'], [SELLER, 'class_message']]],
    ['practice.class_message', { text: 'Ayo', from: 'Bu Rina', recipientIds: 'x' }, []],
    ['order.shipped', order, []],
    ['order.cancelled', order, []],
    ['notification.created', { participantId: BUYER }, []],
    ['participant.joined', {}, []],
  ])('%s → %j', (type, payload, expected) => {
    const planned = plan({ type, payload });
    expect(planned.map((n) => [n.recipient.kind === 'seller' ? 'seller' : n.recipient.participantId, n.kind])).toEqual(expected);
  });

  it('tells the seller a paid order’s invoice and the chat’s first words, never more', () => {
    expect(plan({ type: 'order.paid', payload: { ...order, total: 36000 } })[0]!.params).toEqual({ orderId: 'o-1', invoiceNumber: 'INV/1', total: 36000 });
    const long = 'x'.repeat(200);
    const chat = plan({
      type: 'chat.message_sent',
      payload: { conversationId: 'c', buyerId: BUYER, sellerId: SELLER, senderId: BUYER, senderRole: 'buyer', senderName: 'Bu Rahma', kind: 'text', message: { text: long } },
    })[0]!;
    expect(chat.params).toMatchObject({ conversationId: 'c', senderName: 'Bu Rahma', messageKind: 'text' });
    expect(String(chat.params.preview).length).toBe(78);
  });
});

describe('shipByReminderAt', () => {
  it.each([
    ['six hours before a deadline two days away', '2026-11-30T10:00:00Z', '2026-11-28T10:00:00Z', '2026-11-30T04:00:00Z'],
    ['now, when the deadline is closer than six hours', '2026-11-28T12:00:00Z', '2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z'],
  ])('%s', (_name, shipBy, now, expected) => {
    expect(shipByReminderAt(new Date(shipBy), new Date(now)).toISOString()).toBe(new Date(expected).toISOString());
  });
});
