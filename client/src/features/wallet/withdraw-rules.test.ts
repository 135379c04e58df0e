import { describe, expect, it } from 'vitest';
import { checkWithdrawal, groupDigits, parseAmount } from './withdraw-rules';

const limits = { available: 47_500, minWithdrawal: 10_000, withdrawalFee: 2_500 };

describe('Tarik Dana form rules', () => {
  it.each([
    ['50.000', 50_000],
    ['Rp 12500', 12_500],
    ['', null],
    ['abc', null],
  ])('reads %j as %s', (input, amount) => {
    expect(parseAmount(input)).toBe(amount);
  });

  it.each([
    ['', { ok: false, reason: 'empty' }],
    ['0', { ok: false, reason: 'empty' }],
    ['9.999', { ok: false, reason: 'belowMinimum' }],
    ['47.501', { ok: false, reason: 'aboveBalance' }],
    ['10.000', { ok: true, amount: 10_000, fee: 2_500, net: 7_500 }],
    ['47.500', { ok: true, amount: 47_500, fee: 2_500, net: 45_000 }],
  ])('%j → %j', (input, result) => {
    expect(checkWithdrawal(input, limits)).toEqual(result);
  });

  it('groups an account number by four digits', () => {
    expect(groupDigits('123401000123567')).toBe('1234 0100 0123 567');
    expect(groupDigits('12-34')).toBe('1234');
  });
});
