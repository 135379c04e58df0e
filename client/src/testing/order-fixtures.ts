// Data shaped like the API's answers for the cart, checkout, orders and the payment simulator's tests.
import type { components } from '../shared/api/schema';
import type { ParticipantSession } from '../shared/auth/session';
import type { ClassEvent } from '../shared/realtime/class-event';

type Schemas = components['schemas'];

export const classId = '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f';
export const sellerShopId = '9a9a9a9a-3333-4e4e-8f8f-444444444444';
export const otherShopId = '7b7b7b7b-5555-4e4e-8f8f-666666666666';
export const sugarId = '00000000-0000-4000-8000-000000000001';
export const fishId = '00000000-0000-4000-8000-000000000002';
export const orderId = 'aaaaaaaa-1111-4111-8111-000000000001';

export const seller: ParticipantSession = {
  kind: 'participant',
  token: 'tok_sriyati_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '0b5d8f0e-1111-4c4c-9d9d-222222222222',
  name: 'Sriyati',
  role: 'trainee',
  classId,
  className: 'Pelatihan E-Commerce PKH',
  shopId: sellerShopId,
};

export const buyer: ParticipantSession = {
  ...seller,
  token: 'tok_rahma_0123456789abcdef',
  id: '0c0c0c0c-1111-4c4c-9d9d-333333333333',
  name: 'Bu Rahma',
  role: 'buyer',
  shopId: null,
};

const photo = { thumb: '/media/aaa-thumb.webp', card: '/media/aaa-card.webp', full: '/media/aaa-full.webp' };

export const provinces: Schemas['ProvinceResponse'][] = [
  { code: '18', name: 'Lampung', islandGroup: 'sumatera' },
  { code: '31', name: 'DKI Jakarta', islandGroup: 'jawa' },
];

export const lampungRegencies = [
  { code: '18.10', name: 'Pringsewu', type: 'kabupaten', label: 'Kab. Pringsewu', provinceCode: '18' },
  { code: '18.71', name: 'Bandar Lampung', type: 'kota', label: 'Kota Bandar Lampung', provinceCode: '18' },
] as unknown as Schemas['RegencyResponse'][];

export function shippingOption(code: string, patch: Partial<Schemas['ShippingOptionView']> = {}): Schemas['ShippingOptionView'] {
  const names: Record<string, string> = { 'jne-reg': 'JNE Reguler', 'jnt-ez': 'J&T EZ', 'gosend-instant': 'GoSend Instant' };
  return { code, name: names[code] ?? code, type: 'regular', etd: { unit: 'day', min: 2, max: 3 }, price: 11000, etdLabel: 'estimasi tiba 2-3 hari', cod: false, ...patch };
}

export const paymentMethods: Schemas['PaymentMethodView'][] = [
  { code: 'bca_va', kind: 'virtual_account', instruction: 'va_number', labelKey: 'payment.method.bca_va', needsCodCourier: false },
  { code: 'bni_va', kind: 'virtual_account', instruction: 'va_number', labelKey: 'payment.method.bni_va', needsCodCourier: false },
  { code: 'bri_va', kind: 'virtual_account', instruction: 'va_number', labelKey: 'payment.method.bri_va', needsCodCourier: false },
  { code: 'mandiri_bill', kind: 'bill_payment', instruction: 'bill_key', labelKey: 'payment.method.mandiri_bill', needsCodCourier: false },
  { code: 'qris', kind: 'qris', instruction: 'qr_code', labelKey: 'payment.method.qris', needsCodCourier: false },
  { code: 'gopay', kind: 'ewallet', instruction: 'deeplink_and_qr', labelKey: 'payment.method.gopay', needsCodCourier: false },
  { code: 'cstore_alfamart', kind: 'cstore', instruction: 'payment_code', labelKey: 'payment.method.cstore_alfamart', needsCodCourier: false },
  { code: 'cstore_indomaret', kind: 'cstore', instruction: 'payment_code', labelKey: 'payment.method.cstore_indomaret', needsCodCourier: false },
  { code: 'cod', kind: 'cod', instruction: 'cash_on_delivery', labelKey: 'payment.method.cod', needsCodCourier: true },
];

export function quoteShop(patch: Partial<Schemas['QuoteShopView']> = {}, shipping: Partial<Schemas['ShippingQuoteView']> = {}): Schemas['QuoteShopView'] {
  return {
    shop: { id: sellerShopId, name: 'Gula Aren Bu Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' },
    items: [{ productId: sugarId, title: 'Gula Aren Asli Pringsewu 1 kg', price: 25000, quantity: 1, lineTotal: 25000, weightGrams: 1000, perishable: false, photo }],
    subtotal: 25000,
    adminFee: 1000,
    shipping: {
      zone: 'same-province',
      weightKg: 1,
      options: [shippingOption('jne-reg'), shippingOption('jnt-ez', { price: 12000, etd: { unit: 'day', min: 1, max: 2 }, cod: true })],
      excluded: [],
      noOptionReason: null,
      noOptionMessage: null,
      ...shipping,
    },
    ...patch,
  } as Schemas['QuoteShopView'];
}

export function quote(shops: Schemas['QuoteShopView'][] = [quoteShop()]): Schemas['CheckoutQuoteView'] {
  return { destination: { regencyCode: '18.71', regencyLabel: 'Kota Bandar Lampung', provinceName: 'Lampung' }, shops, paymentMethods };
}

export function cart(items: Partial<Schemas['CartItemView']>[] = [{}]): Schemas['CartView'] {
  const lines = items.map((patch) => ({
    productId: sugarId,
    title: 'Gula Aren Asli Pringsewu 1 kg',
    price: 25000,
    quantity: 2,
    lineTotal: 50000,
    stock: 40,
    minOrder: 1,
    weightGrams: 1000,
    perishable: false,
    photo,
    problem: null,
    ...patch,
  }));
  const subtotal = lines.filter((line) => !line.problem).reduce((sum, line) => sum + line.lineTotal, 0);
  return {
    shops: lines.length ? [{ shop: { id: sellerShopId, name: 'Gula Aren Bu Sriyati', regencyLabel: 'Kab. Pringsewu' }, items: lines, subtotal }] : [],
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal,
  } as Schemas['CartView'];
}

export const bcaPayment: Schemas['OrderPaymentView'] = {
  method: 'bca_va',
  kind: 'virtual_account',
  instruction: 'va_number',
  labelKey: 'payment.method.bca_va',
  state: 'pending',
  chargeStatus: 'charged',
  amount: 37000,
  expiresAt: '2026-11-29T03:00:00.000Z',
  expiresAtReal: '2026-11-28T03:24:00.000Z',
  realNow: '2026-11-28T03:00:00.000Z',
  instructions: {
    vaNumber: '12708123456789',
    bank: 'bca',
    billKey: null,
    billerCode: null,
    paymentCode: null,
    store: null,
    qrImageDataUrl: null,
    payerUrl: null,
    howToPayKey: 'payment.howToPay.bca_va',
    howToPaySteps: ['payment.howToPay.bca_va.1', 'payment.howToPay.bca_va.2', 'payment.howToPay.bca_va.3', 'payment.howToPay.bca_va.4'],
  },
};

export function orderSummary(patch: Partial<Schemas['OrderSummaryView']> = {}): Schemas['OrderSummaryView'] {
  return {
    id: orderId,
    invoiceNumber: 'INV/20261128/PL/0001',
    state: 'AWAITING_PAYMENT',
    stateLabelKey: 'order.state.AWAITING_PAYMENT',
    cancelReason: null,
    cancelReasonLabelKey: null,
    shop: { id: sellerShopId, name: 'Gula Aren Bu Sriyati' },
    buyer: { id: buyer.id, name: 'Bu Rahma' },
    itemCount: 1,
    firstItem: { title: 'Gula Aren Asli Pringsewu 1 kg', photo },
    total: 37000,
    paymentMethod: 'bca_va',
    courierName: 'JNE Reguler',
    resi: null,
    placedAt: '2026-11-28T03:00:00.000Z',
    paymentDueAt: '2026-11-29T03:00:00.000Z',
    paidAt: null,
    shipByAt: null,
    cancelledAt: null,
    ...patch,
  };
}

export function orderDetail(patch: Partial<Schemas['OrderDetailView']> = {}): Schemas['OrderDetailView'] {
  return {
    ...orderSummary(),
    viewerRole: 'buyer',
    lines: [{ productId: sugarId, title: 'Gula Aren Asli Pringsewu 1 kg', unitPrice: 25000, quantity: 1, lineTotal: 25000, weightGrams: 1000, photo }],
    address: {
      recipient: 'Bu Rahma',
      phone: '081234567890',
      street: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01',
      district: 'Ambarawa',
      regencyCode: '18.71',
      regencyLabel: 'Kota Bandar Lampung',
      provinceName: 'Lampung',
    },
    note: 'Tolong dibungkus rapi',
    courier: {
      code: 'jne-reg',
      name: 'JNE Reguler',
      type: 'regular',
      etd: { unit: 'day', min: 2, max: 3 },
      etdLabel: 'estimasi tiba 2-3 hari',
      price: 11000,
      cod: false,
      zone: 'same-province',
      weightKg: 1,
    },
    subtotal: 25000,
    shippingCost: 11000,
    adminFee: 1000,
    cancelNote: null,
    history: [{ from: null, to: 'AWAITING_PAYMENT', actor: 'buyer', reason: null, note: null, at: '2026-11-28T03:00:00.000Z' }],
    payment: bcaPayment,
    ...patch,
  };
}

let eventId = 100;

/** An `order.*` event as the server sends it on the 'event' channel. */
export function orderEvent(type: 'order.placed' | 'order.paid' | 'order.cancelled', patch: Record<string, unknown> = {}): ClassEvent {
  const state = type === 'order.placed' ? 'AWAITING_PAYMENT' : type === 'order.paid' ? 'PAID' : 'CANCELLED';
  eventId += 1;
  return {
    id: String(eventId),
    type,
    classId,
    actorId: null,
    payload: { orderId, invoiceNumber: 'INV/20261128/PL/0001', shopId: sellerShopId, buyerId: buyer.id, state, total: 37000, ...patch },
    occurredAt: '2026-11-28T03:01:00.000Z',
    simTime: '2026-11-28T03:01:00.000Z',
  };
}
