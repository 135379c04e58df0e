import { describe, expect, it } from 'vitest';
import type { components } from '../../shared/api/schema';
import en from '../../shared/i18n/en.json';
import id from '../../shared/i18n/id.json';
import { SELLER_TABS } from './api/order-types';

type Schemas = components['schemas'];

// Keys the API names or the pages build from data (a state, a method, a step): the parity test cannot see those.
const STATES: Schemas['OrderState'][] = ['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'RETURNED'];
const CANCEL_REASONS: Schemas['CancelReason'][] = ['payment_expired', 'buyer_cancelled', 'seller_refused', 'ship_deadline_missed'];
// As api/src/payments/payment-instructions.ts HOW_TO_PAY_STEP_COUNTS: the API sends payment.howToPay.<method>.1 … n.
const HOW_TO_PAY_STEPS: Record<Schemas['PaymentMethodCode'], number> = {
  bca_va: 4,
  bni_va: 4,
  bri_va: 4,
  mandiri_bill: 5,
  qris: 3,
  gopay: 3,
  cstore_alfamart: 3,
  cstore_indomaret: 3,
  cod: 2,
};
const METHODS = Object.keys(HOW_TO_PAY_STEPS) as Schemas['PaymentMethodCode'][];
const CHANNELS: Schemas['SimulatorChannel'][] = ['bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'cstore_alfamart', 'cstore_indomaret', 'qris', 'gopay'];

describe.each([
  ['id', id],
  ['en', en],
])('order and payment strings in %s.json', (_name, locale) => {
  it.each(STATES)('names the state %s for sellers, for buyers and on the timeline', (state) => {
    expect(locale.order.state[state]).toBeTruthy();
    expect(locale.orders.buyerState[state]).toBeTruthy();
    expect(locale.orders.timeline[state]).toBeTruthy();
  });

  it.each(CANCEL_REASONS)('says why an order was cancelled: %s', (reason) => {
    expect(locale.order.cancelReason[reason]).toBeTruthy();
  });

  it.each(SELLER_TABS)('names the tab %s for both sides, with an empty text for sellers', (tab) => {
    expect(locale.orders.sellerTabs[tab]).toBeTruthy();
    expect(locale.orders.buyerTabs[tab]).toBeTruthy();
    expect(locale.orders.seller.empty[tab]).toBeTruthy();
  });

  it.each(METHODS)('names the payment method %s and has every "cara bayar" step', (method) => {
    expect(locale.payment.method[method]).toBeTruthy();
    const steps = locale.payment.howToPay[method] as Record<string, string>;
    expect(Object.keys(steps)).toEqual(Array.from({ length: HOW_TO_PAY_STEPS[method] }, (_, i) => String(i + 1)));
  });

  it.each(CHANNELS)('names the simulator channel %s', (channel) => {
    expect(locale.simulator.channels[channel]).toBeTruthy();
  });

  it.each(['PERISHABLE_TOO_FAR', 'NOTHING_FITS'] as const)('explains why no courier fits: %s', (reason) => {
    expect(locale.checkout.courier.noOption[reason]).toBeTruthy();
  });

  it.each(['PRODUCT_NOT_AVAILABLE', 'OWN_PRODUCT', 'BELOW_MIN_ORDER', 'OUT_OF_STOCK_one', 'OUT_OF_STOCK_other'] as const)('explains the cart problem %s', (problem) => {
    expect(locale.checkout.lineProblem[problem]).toBeTruthy();
  });
});

it('reads Bahasa Indonesia first, in the words Indonesian marketplaces use', () => {
  expect(id.orders.sellerTabs).toEqual({ belum_bayar: 'Belum Bayar', perlu_dikirim: 'Perlu Dikirim', dikirim: 'Dikirim', selesai: 'Selesai', dibatalkan: 'Dibatalkan' });
  expect(id.orders.seller.unpaid).toBe('Belum dibayar — jangan kirim dulu');
  expect(id.checkout.buy).toMatchObject({ addToCart: '+ Keranjang', buyNow: 'Beli Sekarang' });
  expect(id.checkout.address.title).toBe('Alamat Pengiriman');
  expect(id.checkout.courier.title).toBe('Pilih Kurir');
  expect(id.checkout.courier.etdDays_other).toBe('estimasi tiba {{range}} hari');
  expect(id.checkout.payment.title).toBe('Metode Pembayaran');
  expect(id.checkout.place).toBe('Buat Pesanan');
  expect(id.orders.mine.title).toBe('Pesanan Saya');
  expect(id.orders.pay.status).toEqual({ waiting: 'Menunggu pembayaran', paid: 'Pembayaran diterima', closed: 'Pembayaran ditutup' });
  expect(id.orders.pay.openSimulator).toBe('Buka aplikasi bank (simulasi)');
  expect(id.simulator.banner).toBe('SIMULASI');
});
