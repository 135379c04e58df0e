import { describe, expect, it } from 'vitest';
import { formatWeight } from './weight';

describe('formatWeight', () => {
  it.each([
    [0, '0 gram'],
    [1, '1 gram'],
    [250, '250 gram'],
    [999, '999 gram'],
    [1000, '1 kg'],
    [1500, '1,5 kg'],
    [1250, '1,25 kg'],
    [1005, '1,005 kg'],
    [20000, '20 kg'],
    [50000, '50 kg'],
    [1234000, '1.234 kg'],
  ])('shows %d grams as %s', (grams, expected) => {
    expect(formatWeight(grams)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %d, which is not whole grams', (grams) => {
    expect(() => formatWeight(grams)).toThrow(RangeError);
  });
});
