import type { ShippingQuote } from '../shipping/shipping-rate.js';
import {
  chooseCourier,
  groupByShop,
  lineProblem,
  type LineProduct,
  mergeLines,
  orderTotals,
  parcelOf,
  shopChoiceProblem,
} from './checkout-rules.js';

const product = (changes: Partial<LineProduct> = {}): LineProduct => ({
  id: 'gula',
  shopId: 'toko-sriyati',
  sellerId: 'sriyati',
  status: 'active',
  stock: 10,
  minOrder: 2,
  ...changes,
});

describe('lineProblem', () => {
  it.each([
    ['a product that is gone (or in another class)', undefined, 2, 'PRODUCT_NOT_AVAILABLE'],
    ['a hidden product', product({ status: 'inactive' }), 2, 'PRODUCT_NOT_AVAILABLE'],
    ['a product of the buyer’s own shop', product({ sellerId: 'rahma' }), 2, 'OWN_PRODUCT'],
    ['fewer than the minimum order', product(), 1, 'BELOW_MIN_ORDER'],
    ['more than the stock', product(), 11, 'OUT_OF_STOCK'],
    ['exactly the minimum order', product(), 2, null],
    ['the whole stock', product(), 10, null],
  ] as const)('%s → %s', (_case, candidate, quantity, problem) => {
    expect(lineProblem(candidate, quantity, 'rahma')).toBe(problem);
  });

  it('names the own shop before the quantity rules', () => {
    expect(lineProblem(product({ sellerId: 'rahma', stock: 0 }), 5, 'rahma')).toBe('OWN_PRODUCT');
  });
});

describe('mergeLines and groupByShop', () => {
  it('adds up a product given twice, where it first appeared', () => {
    expect(mergeLines([
      { productId: 'a', quantity: 1 },
      { productId: 'b', quantity: 2 },
      { productId: 'a', quantity: 3 },
    ])).toEqual([
      { productId: 'a', quantity: 4 },
      { productId: 'b', quantity: 2 },
    ]);
  });

  it('makes one group per shop, in the order shops first appear', () => {
    const lines = [
      { product: { id: 'a', shopId: 's1' }, quantity: 1 },
      { product: { id: 'b', shopId: 's2' }, quantity: 1 },
      { product: { id: 'c', shopId: 's1' }, quantity: 2 },
    ];
    expect(groupByShop(lines).map((group) => [group.shopId, group.lines.map((line) => line.product.id)])).toEqual([
      ['s1', ['a', 'c']],
      ['s2', ['b']],
    ]);
  });
});

describe('parcelOf', () => {
  it('takes the shortest shelf life of the parcel', () => {
    const parcel = parcelOf([
      { product: { weightGrams: 1000, lengthCm: null, widthCm: null, heightCm: null, shelfLifeDays: 180 }, quantity: 2 },
      { product: { weightGrams: 700, lengthCm: 20, widthCm: 15, heightCm: 10, shelfLifeDays: 7 }, quantity: 1 },
      { product: { weightGrams: 300, lengthCm: null, widthCm: null, heightCm: null, shelfLifeDays: null }, quantity: 1 },
    ]);
    expect(parcel.perishableShelfLifeDays).toBe(7);
    expect(parcel.items[1]).toEqual({ weightGrams: 700, quantity: 1, lengthCm: 20, widthCm: 15, heightCm: 10 });
  });

  it('has no shelf life when nothing spoils', () => {
    expect(parcelOf([{ product: { weightGrams: 500, lengthCm: null, widthCm: null, heightCm: null, shelfLifeDays: null }, quantity: 1 }]).perishableShelfLifeDays).toBeNull();
  });
});

describe('shopChoiceProblem', () => {
  it.each([
    ['one choice per shop', ['s1', 's2'], ['s2', 's1'], null],
    ['a shop without a courier', ['s1', 's2'], ['s1'], { code: 'COURIER_REQUIRED', shopId: 's2' }],
    ['a shop chosen twice', ['s1'], ['s1', 's1'], { code: 'COURIER_REQUIRED', shopId: 's1' }],
    ['a choice for a shop not in the checkout', ['s1'], ['s1', 's9'], { code: 'SHOP_NOT_IN_CHECKOUT', shopId: 's9' }],
  ])('%s', (_case, shopIds, chosen, problem) => {
    expect(shopChoiceProblem(shopIds, chosen.map((shopId) => ({ shopId })))).toEqual(problem);
  });
});

describe('chooseCourier', () => {
  const quote: ShippingQuote = {
    zone: 'same-province',
    weightKg: 1,
    options: [
      { code: 'jne-reg', name: 'JNE Reguler', type: 'regular', etd: { unit: 'day', min: 2, max: 3 }, price: 11000, etdLabel: 'estimasi tiba 2-3 hari', cod: true },
      { code: 'jne-yes', name: 'JNE YES', type: 'express', etd: { unit: 'day', min: 1, max: 1 }, price: 20000, etdLabel: 'estimasi tiba 1 hari', cod: false },
    ],
    excluded: [{ code: 'gosend-instant', reason: 'NOT_IN_ZONE' }],
    noOptionReason: null,
  };

  it.each([
    ['an offered service', 'jne-reg', 'bca_va', { ok: true, option: quote.options[0] }],
    ['COD with a service that carries it', 'jne-reg', 'cod', { ok: true, option: quote.options[0] }],
    ['COD with a service that does not', 'jne-yes', 'cod', { ok: false, code: 'COD_NOT_AVAILABLE' }],
    ['a service excluded for this destination', 'gosend-instant', 'bca_va', { ok: false, code: 'COURIER_NOT_AVAILABLE' }],
    ['a service that does not exist', 'kurir-ajaib', 'bca_va', { ok: false, code: 'COURIER_NOT_AVAILABLE' }],
  ] as const)('%s', (_case, code, method, expected) => {
    expect(chooseCourier(quote, code, method)).toEqual(expected);
  });
});

describe('orderTotals', () => {
  it('adds the lines, shipping and the admin fee in whole rupiah', () => {
    expect(orderTotals([{ price: 25000, quantity: 2 }, { price: 15000, quantity: 1 }], 11000, 1000)).toEqual({
      subtotal: 65000,
      shippingCost: 11000,
      adminFee: 1000,
      total: 77000,
    });
  });

  it.each([
    ['cents', 0.5],
    ['a negative fee', -1],
  ])('refuses %s', (_case, fee) => {
    expect(() => orderTotals([{ price: 1000, quantity: 1 }], 8000, fee)).toThrow(RangeError);
  });
});
