import {
  channelOfPaymentCode,
  generatePaymentCode,
  isPaymentCodeOf,
  normalizePaymentCode,
  PAYMENT_CODE_FORMATS,
  type PayableByCode,
  paymentCodeCapacity,
} from './payment-codes.js';

const CHANNELS = Object.keys(PAYMENT_CODE_FORMATS) as PayableByCode[];

describe('payment codes in each channel\'s shape', () => {
  // prettier-ignore
  it.each<[PayableByCode, number, number, string]>([
    // channel             sequence  seed  number
    ['bca_va',             0,        0,    '12708000000'],
    ['bca_va',             1,        0,    '12708451653'],
    ['bca_va',             2,        0,    '12708903306'],
    ['bca_va',             1,        7,    '12708451660'],
    ['bni_va',             1,        0,    '9880069482451653'],
    ['bri_va',             1,        0,    '262150000982451653'],
    ['mandiri_bill',       1,        0,    '890982451653'],
    ['cstore_alfamart',    1,        0,    '1990000982451653'],
    ['cstore_indomaret',   1,        0,    '29900982451653'],
  ])('%s #%i (seed %i) → %s', (channel, sequence, seed, number) => {
    expect(generatePaymentCode(channel, sequence, seed)).toBe(number);
  });

  // prettier-ignore
  it.each<[PayableByCode, string, number]>([
    ['bca_va',             '12708',     11],
    ['bni_va',             '988',       16],
    ['bri_va',             '26215',     18],
    ['mandiri_bill',       '89',        12],
    ['cstore_alfamart',    '1990',      16],
    ['cstore_indomaret',   '2990',      14],
  ])('%s numbers start with %s and have %i digits', (channel, prefix, length) => {
    for (const sequence of [0, 1, 99, 123_456]) {
      const number = generatePaymentCode(channel, sequence);
      expect(number).toMatch(/^\d+$/);
      expect(number.startsWith(prefix)).toBe(true);
      expect(number).toHaveLength(length);
      expect(isPaymentCodeOf(channel, number)).toBe(true);
      expect(channelOfPaymentCode(number)).toBe(channel);
    }
  });

  it('never gives two sequences the same number (BCA, the smallest space)', () => {
    const numbers = new Set(Array.from({ length: 20_000 }, (_, sequence) => generatePaymentCode('bca_va', sequence)));
    expect(numbers.size).toBe(20_000);
  });

  it('fills the whole space of a small channel exactly once', () => {
    // The permutation argument, checked on the last 1000 numbers of BCA's million.
    const capacity = paymentCodeCapacity('bca_va');
    expect(capacity).toBe(1_000_000);
    const tail = Array.from({ length: 1000 }, (_, i) => generatePaymentCode('bca_va', capacity - 1 - i));
    expect(new Set(tail).size).toBe(1000);
  });

  it('is deterministic', () => {
    expect(generatePaymentCode('bri_va', 4242, 3)).toBe(generatePaymentCode('bri_va', 4242, 3));
  });

  it.each<[PayableByCode, number, number]>([
    ['bca_va', -1, 0],
    ['bca_va', 1_000_000, 0],
    ['bca_va', 1.5, 0],
    ['bca_va', 1, -1],
  ])('refuses %s sequence %p with seed %p', (channel, sequence, seed) => {
    expect(() => generatePaymentCode(channel, sequence, seed)).toThrow(RangeError);
  });

  it('no two channels can claim the same number', () => {
    for (const a of CHANNELS) {
      for (const b of CHANNELS) {
        const [fa, fb] = [PAYMENT_CODE_FORMATS[a], PAYMENT_CODE_FORMATS[b]];
        if (a === b || fa.length !== fb.length) continue;
        expect(fa.prefix.startsWith(fb.prefix) || fb.prefix.startsWith(fa.prefix)).toBe(false);
      }
    }
  });
});

describe('what a payer types', () => {
  it.each<[string, string, PayableByCode | null]>([
    ['12708451653', '12708451653', 'bca_va'],
    ['127 0845 1653', '12708451653', 'bca_va'],
    ['12708-451-653', '12708451653', 'bca_va'],
    ['9880.0694.8245.1653', '9880069482451653', 'bni_va'],
    ['1270845165', '1270845165', null],
    ['127084516533', '127084516533', null],
    ['12709451653', '12709451653', null],
    ['1270845165a', '1270845165a', null],
  ])('%j reads as %s: %s', (typed, digits, channel) => {
    expect(normalizePaymentCode(typed)).toBe(digits);
    expect(channelOfPaymentCode(typed)).toBe(channel);
  });
});
