import {
  channelOfPaymentCode,
  isPaymentCodeOf,
  normalizePaymentCode,
  PAYMENT_CODE_FORMATS,
  type PayableByCode,
  paymentCodeCapacity,
  randomPaymentCode,
} from './payment-codes.js';

const CHANNELS = Object.keys(PAYMENT_CODE_FORMATS) as PayableByCode[];

describe('payment codes in each channel\'s shape', () => {
  it('puts the drawn digits after the bank\'s prefix', () => {
    const digits = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3];
    let i = 0;
    const draw = () => digits[i++ % digits.length]!;
    expect(randomPaymentCode('bca_va', draw)).toBe('12708314159');
    i = 0;
    expect(randomPaymentCode('mandiri_bill', draw)).toBe('893141592653');
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
    for (let n = 0; n < 50; n++) {
      const number = randomPaymentCode(channel);
      expect(number).toMatch(/^\d+$/);
      expect(number.startsWith(prefix)).toBe(true);
      expect(number).toHaveLength(length);
      expect(isPaymentCodeOf(channel, number)).toBe(true);
      expect(channelOfPaymentCode(number)).toBe(channel);
    }
  });

  it('draws numbers that do not follow each other (no sequence to walk)', () => {
    const numbers = Array.from({ length: 200 }, () => Number(randomPaymentCode('bca_va').slice(5)));
    // Sequential or strided numbers have one constant gap; random ones almost never repeat a gap.
    const gaps = new Set(numbers.slice(1).map((n, i) => (n - numbers[i]! + 1_000_000) % 1_000_000));
    expect(gaps.size).toBeGreaterThan(150);
    expect(paymentCodeCapacity('bca_va')).toBe(1_000_000);
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
