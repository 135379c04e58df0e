import { describe, expect, it } from 'vitest';
import { affordable, PROMOTION_DAYS, promotionFee } from './promotion-days';

describe('promotion price', () => {
  it('offers 1 to 7 simulated days', () => {
    expect(PROMOTION_DAYS).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    [1, 5_000, 5_000],
    [3, 5_000, 15_000],
    [7, 2_000, 14_000],
  ])('%i days at %i a day cost %i', (days, price, fee) => {
    expect(promotionFee(days, price)).toBe(fee);
  });

  it('is affordable only up to the saldo', () => {
    expect(affordable(3, 5_000, 15_000)).toBe(true);
    expect(affordable(3, 5_000, 14_999)).toBe(false);
  });
});
