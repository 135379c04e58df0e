import { describe, expect, it } from 'vitest';
import { notificationCopy, toastNeeded } from './notification-copy';

describe('notificationCopy', () => {
  it.each([
    ['new_order', { orderId: 'o1', invoiceNumber: 'INV/1' }, '/toko/pesanan/o1'],
    ['order_paid', { orderId: 'o1', invoiceNumber: 'INV/1' }, '/toko/pesanan/o1'],
    ['ship_by_soon', { orderId: 'o1', invoiceNumber: 'INV/1', shipByAt: '2026-11-30T10:00:00.000Z' }, '/toko/pesanan/o1'],
    ['order_delivered', { orderId: 'o1', role: 'seller' }, '/toko/pesanan/o1'],
    ['order_delivered', { orderId: 'o1', role: 'buyer' }, '/pesanan/o1'],
    ['order_completed', { orderId: 'o1' }, '/toko/pesanan/o1'],
    ['funds_released', { orderId: 'o1', amount: 33000 }, '/toko/saldo'],
    ['withdrawal_succeeded', { amount: 50000 }, '/toko/saldo'],
    ['withdrawal_failed', { amount: 50000 }, '/toko/saldo'],
    ['chat_message', { conversationId: 'c1', senderName: 'Bu Rahma', preview: 'Masih ada?' }, '/chat/c1'],
    ['class_message', { from: 'Rina', text: 'Jangan lupa kirim pesanan ya' }, '/toko'],
  ] as const)('%s links to its screen', (kind, params, link) => {
    expect(notificationCopy({ kind, params }).link).toBe(link);
  });

  it('says the facilitator\'s message to the class in her words', () => {
    const copy = notificationCopy({ kind: 'class_message', params: { from: 'Rina', text: 'Jangan lupa kirim pesanan ya' } });
    expect(copy).toMatchObject({ titleKey: 'notifications.kinds.class_message.title', bodyKey: 'notifications.kinds.class_message.body', values: { from: 'Rina', text: 'Jangan lupa kirim pesanan ya' } });
  });

  it('names the product and the buyer of an order, not only its invoice number', () => {
    const copy = notificationCopy({ kind: 'order_paid', params: { orderId: 'o1', invoiceNumber: 'INV/1', productTitle: 'Gula Aren 1 kg', buyerName: 'Sri Nurhayati (2)', moreItems: 1 } });
    expect(copy.titleKey).toBe('notifications.kinds.order_paid.titleNamed');
    expect(copy.values).toMatchObject({ product: 'Gula Aren 1 kg +1', buyer: 'Sri Nurhayati (2)', invoice: 'INV/1' });
  });

  it('words a chat picture without a preview', () => {
    expect(notificationCopy({ kind: 'chat_message', params: { conversationId: 'c', messageKind: 'image', preview: null } }).bodyKey).toBe(
      'notifications.kinds.chat_message.image',
    );
  });

  it.each([
    // On the page the toast links to, or on the live list it belongs to: no toast.
    ['/toko/pesanan', '/toko/pesanan/o1', false],
    ['/toko/pesanan/', '/toko/pesanan/o1', false],
    ['/toko/pesanan/o1', '/toko/pesanan/o1', false],
    ['/pesanan', '/pesanan/o1', false],
    ['/chat', '/chat/c1', false],
    ['/chat/c1', '/chat/c1', false],
    ['/toko/saldo', '/toko/saldo', false],
    // Anywhere else, a toast.
    ['/', '/toko/pesanan/o1', true],
    ['/toko/pesanan/o2', '/toko/pesanan/o1', true],
    ['/chat/c2', '/chat/c1', true],
    ['/pesanan', '/toko/pesanan/o1', true],
    ['/toko/produk', '/toko/saldo', true],
  ] as const)('on %s a notification linking to %s needs a toast: %s', (pathname, link, needed) => {
    expect(toastNeeded(pathname, link)).toBe(needed);
  });
});
