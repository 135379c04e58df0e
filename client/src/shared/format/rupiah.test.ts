import { describe, expect, it } from 'vitest';
import { formatRupiah } from './rupiah';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp 0'],
    [-0, 'Rp 0'],
    [1, 'Rp 1'],
    [999, 'Rp 999'],
    [1000, 'Rp 1.000'],
    [25000, 'Rp 25.000'],
    [150000, 'Rp 150.000'],
    [1234567, 'Rp 1.234.567'],
    [1000000000, 'Rp 1.000.000.000'],
    [-5000, '-Rp 5.000'],
    [-999, '-Rp 999'],
    [-1234567, '-Rp 1.234.567'],
    [Number.MAX_SAFE_INTEGER, 'Rp 9.007.199.254.740.991'],
  ])('formats %d as %s', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it.each([[1.5], [0.1], [-2500.5], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [1e21]])(
    'refuses %d, which is not whole rupiah',
    (amount) => {
      expect(() => formatRupiah(amount)).toThrow(RangeError);
    },
  );
});
