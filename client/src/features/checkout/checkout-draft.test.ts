import { describe, expect, it } from 'vitest';
import { otherShopId, quote, quoteShop, shippingOption } from '../../testing/order-fixtures';
import { checkoutProblems, checkoutSummary, codAllowed, keepOfferedChoices } from './checkout-draft';
import { addressProblems, normalisePhone, toAddressInput, EMPTY_ADDRESS } from './address-draft';

const twoShops = quote([
  quoteShop(),
  quoteShop({ shop: { id: otherShopId, name: 'Bambu Bu Siti', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' }, subtotal: 40000, adminFee: 1000 }, { options: [shippingOption('jne-reg', { price: 15000, cod: true })] }),
]);
const sugarShop = twoShops.shops[0]!.shop.id;

describe('checkout summary', () => {
  it.each([
    ['no courier yet', {}, { subtotal: 65000, shipping: null, adminFee: 2000, total: null }],
    ['one shop of two', { [sugarShop]: 'jne-reg' }, { subtotal: 65000, shipping: null, adminFee: 2000, total: null }],
    ['both shops', { [sugarShop]: 'jne-reg', [otherShopId]: 'jne-reg' }, { subtotal: 65000, shipping: 26000, adminFee: 2000, total: 93000 }],
    ['a code the quote no longer offers', { [sugarShop]: 'gosend-instant', [otherShopId]: 'jne-reg' }, { subtotal: 65000, shipping: null, adminFee: 2000, total: null }],
  ])('adds up subtotal, ongkir and biaya admin with %s', (_name, choices, expected) => {
    expect(checkoutSummary(twoShops, choices)).toEqual(expected);
  });

  it.each([
    [{ [sugarShop]: 'jnt-ez', [otherShopId]: 'jne-reg' }, true],
    [{ [sugarShop]: 'jne-reg', [otherShopId]: 'jne-reg' }, false],
    [{ [otherShopId]: 'jne-reg' }, false],
  ])('offers COD only when every chosen courier carries it: %j → %s', (choices, expected) => {
    expect(codAllowed(twoShops, choices)).toBe(expected);
  });

  it('forgets choices the new quote does not offer', () => {
    expect(keepOfferedChoices(twoShops, { [sugarShop]: 'gosend-instant', [otherShopId]: 'jne-reg' })).toEqual({ [otherShopId]: 'jne-reg' });
  });

  it('lists what stops the order, first to last', () => {
    const fishToJakarta = quote([quoteShop({}, { options: [], noOptionReason: 'PERISHABLE_TOO_FAR' })]);
    expect(checkoutProblems(fishToJakarta, {}, undefined)).toEqual([{ kind: 'noCourierFits', shopId: sugarShop, shopName: 'Gula Aren Bu Sriyati' }, { kind: 'payment' }]);
    expect(checkoutProblems(twoShops, { [sugarShop]: 'jne-reg' }, 'cod')).toEqual([{ kind: 'courier', shopId: otherShopId, shopName: 'Bambu Bu Siti' }, { kind: 'payment' }]);
    expect(checkoutProblems(twoShops, { [sugarShop]: 'jnt-ez', [otherShopId]: 'jne-reg' }, 'cod')).toEqual([]);
  });

  it('keys a missing courier by shop id: two shops of the same name are told apart', () => {
    const twins = quote([
      quoteShop({ shop: { id: 'shop-sri-1', name: 'Toko Sri Nurhayati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' } }),
      quoteShop({ shop: { id: 'shop-sri-2', name: 'Toko Sri Nurhayati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' } }, { options: [shippingOption('jne-reg')] }),
    ]);
    const problems = checkoutProblems(twins, { 'shop-sri-1': 'jne-reg' }, 'bca_va');
    expect(problems).toEqual([{ kind: 'courier', shopId: 'shop-sri-2', shopName: 'Toko Sri Nurhayati' }]);
  });
});

describe('delivery address', () => {
  const good = { ...EMPTY_ADDRESS, recipient: 'Bu Rahma', phone: '0812 3456 7890', street: 'Jl. Raya Ambarawa No. 12', provinceCode: '18', regencyCode: '18.10' };

  it.each([
    ['0812-3456-7890', '081234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '081234567890'],
  ])('reads the phone %s as %s', (typed, expected) => {
    expect(normalisePhone(typed)).toBe(expected);
  });

  it.each([
    ['a complete address', {}, []],
    ['no name', { recipient: ' ' }, ['recipient']],
    ['a landline', { phone: '0729 123456' }, ['phone']],
    ['a too short street', { street: 'Jl.' }, ['street']],
    ['no regency', { regencyCode: '' }, ['regency']],
  ])('checks %s', (_name, patch, expected) => {
    expect(addressProblems({ ...good, ...patch })).toEqual(expected);
  });

  it('sends what the API takes, without an empty district', () => {
    expect(toAddressInput({ ...good, recipient: ' Bu Rahma ' })).toEqual({ recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Raya Ambarawa No. 12', regencyCode: '18.10' });
    expect(toAddressInput({ ...good, district: ' Ambarawa ' }).district).toBe('Ambarawa');
  });
});
