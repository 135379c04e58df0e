import { feedText } from './activity-feed.js';

describe('feed lines', () => {
  it('gives a key per event type and only projector-safe params', () => {
    expect(
      feedText({
        type: 'product.created',
        payload: { title: 'Gula Aren 1 kg', price: 25_000, phone: '081234567890', address: { street: 'Jl. Melati' } },
        actorName: 'Sriyati',
        shopName: 'Toko Sriyati',
      }),
    ).toEqual({ key: 'feed.product.created', params: { title: 'Gula Aren 1 kg', actor: 'Sriyati', shop: 'Toko Sriyati' } });
    expect(feedText({ type: 'order.paid', payload: { invoiceNumber: 'INV/1', total: 36_000, buyerId: 'x' }, actorName: null, shopName: null })).toEqual({
      key: 'feed.order.paid',
      params: { invoiceNumber: 'INV/1', total: 36_000 },
    });
    expect(feedText({ type: 'mission.progress', payload: { completed: ['paid_order', 'bank_account'] }, actorName: 'Sri', shopName: null }).params.missions).toBe(
      'paid_order,bank_account',
    );
  });
});
