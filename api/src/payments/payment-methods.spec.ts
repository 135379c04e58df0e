import {
  availablePaymentMethods,
  howToPayKey,
  isPaymentMethodCode,
  methodFromMidtrans,
  type MidtransMethodFields,
  midtransChargeFields,
  PAYMENT_METHOD_CODES,
  PAYMENT_METHODS,
  type PaymentMethodCode,
  paymentMethodLabelKey,
} from './payment-methods.js';

describe('payment methods', () => {
  // prettier-ignore
  it.each<[PaymentMethodCode, string, string, string | null, string]>([
    // method              kind               payment_type     bank/store    the buyer gets
    ['bca_va',             'virtual_account', 'bank_transfer', 'bca',        'va_number'],
    ['bni_va',             'virtual_account', 'bank_transfer', 'bni',        'va_number'],
    ['bri_va',             'virtual_account', 'bank_transfer', 'bri',        'va_number'],
    ['mandiri_bill',       'bill_payment',    'echannel',      null,         'bill_key'],
    ['qris',               'qris',            'qris',          null,         'qr_code'],
    ['gopay',              'ewallet',         'gopay',         null,         'deeplink_and_qr'],
    ['cstore_alfamart',    'cstore',          'cstore',        'alfamart',   'payment_code'],
    ['cstore_indomaret',   'cstore',          'cstore',        'indomaret',  'payment_code'],
  ])('%s is a %s paid through Midtrans %s %s: %s', (code, kind, paymentType, bankOrStore, instruction) => {
    const method = PAYMENT_METHODS[code];
    expect(method.kind).toBe(kind);
    expect(method.instruction).toBe(instruction);
    const route = method.midtrans as Record<string, string>;
    expect(route.paymentType).toBe(paymentType);
    expect(route.bank ?? route.store ?? null).toBe(bankOrStore);
  });

  it('keeps COD away from the gateway', () => {
    expect(PAYMENT_METHODS.cod).toMatchObject({ kind: 'cod', instruction: 'cash_on_delivery', midtrans: null });
    expect(() => midtransChargeFields('cod', 'INV/20261128/PL/0001')).toThrow(RangeError);
  });

  it.each<[boolean, PaymentMethodCode[]]>([
    [true, ['bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'qris', 'gopay', 'cstore_alfamart', 'cstore_indomaret', 'cod']],
    [false, ['bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'qris', 'gopay', 'cstore_alfamart', 'cstore_indomaret']],
  ])('a courier with COD %s offers %j', (cod, codes) => {
    expect(availablePaymentMethods({ cod })).toEqual(codes);
  });

  it.each(PAYMENT_METHOD_CODES.map((code) => [code]))('%s has its i18n keys', (code) => {
    expect(paymentMethodLabelKey(code)).toBe(`payment.method.${code}`);
    expect(howToPayKey(code)).toBe(`payment.howToPay.${code}`);
  });

  it.each<[unknown, boolean]>([
    ['bca_va', true],
    ['cod', true],
    ['permata_va', false],
    [null, false],
  ])('%p is a method: %s', (value, known) => {
    expect(isPaymentMethodCode(value)).toBe(known);
  });
});

describe('Midtrans charge fields', () => {
  it.each<[PaymentMethodCode, object]>([
    ['bca_va', { payment_type: 'bank_transfer', bank_transfer: { bank: 'bca' } }],
    ['bni_va', { payment_type: 'bank_transfer', bank_transfer: { bank: 'bni' } }],
    ['bri_va', { payment_type: 'bank_transfer', bank_transfer: { bank: 'bri' } }],
    ['mandiri_bill', { payment_type: 'echannel', echannel: { bill_info1: 'Pembayaran:', bill_info2: 'INV/20261128/PL/0001' } }],
    ['qris', { payment_type: 'qris', qris: { acquirer: 'gopay' } }],
    ['gopay', { payment_type: 'gopay' }],
    ['cstore_alfamart', { payment_type: 'cstore', cstore: { store: 'alfamart', message: 'INV/20261128/PL/0001' } }],
    ['cstore_indomaret', { payment_type: 'cstore', cstore: { store: 'indomaret', message: 'INV/20261128/PL/0001' } }],
  ])('%s charges with %j', (code, fields) => {
    expect(midtransChargeFields(code, 'INV/20261128/PL/0001')).toEqual(fields);
  });

  it.each<[MidtransMethodFields, PaymentMethodCode | null]>([
    [{ payment_type: 'bank_transfer', va_numbers: [{ bank: 'bca', va_number: '12708123456' }] }, 'bca_va'],
    [{ payment_type: 'bank_transfer', va_numbers: [{ bank: 'bni', va_number: '9880069412345678' }] }, 'bni_va'],
    [{ payment_type: 'bank_transfer', va_numbers: [{ bank: 'bri', va_number: '262150000000012345' }] }, 'bri_va'],
    [{ payment_type: 'echannel' }, 'mandiri_bill'],
    [{ payment_type: 'qris' }, 'qris'],
    [{ payment_type: 'gopay' }, 'gopay'],
    [{ payment_type: 'cstore', store: 'alfamart' }, 'cstore_alfamart'],
    [{ payment_type: 'cstore', store: 'indomaret' }, 'cstore_indomaret'],
    [{ payment_type: 'bank_transfer', permata_va_number: '8778000002332015' } as MidtransMethodFields, null],
    [{ payment_type: 'bank_transfer', va_numbers: [] }, null],
    [{ payment_type: 'credit_card' }, null],
    [{ payment_type: 'cstore', store: 'lawson' }, null],
    [{}, null],
  ])('%j comes from %s', (message, code) => {
    expect(methodFromMidtrans(message)).toBe(code);
  });
});
