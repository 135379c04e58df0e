import { describe, expect, it } from 'vitest';
import { parseRupiahInput } from './amount-input';

describe('parseRupiahInput', () => {
  it.each([
    ['36000', 36000],
    ['36.000', 36000],
    ['Rp 36.000', 36000],
    ['rp36.000', 36000],
    [' 1 250 000 ', 1250000],
  ])('reads %j as %d', (text, amount) => {
    expect(parseRupiahInput(text)).toBe(amount);
  });

  it.each([[''], ['0'], ['36,5'], ['abc'], ['-5000'], ['1234567890123']])('refuses %j', (text) => {
    expect(parseRupiahInput(text)).toBeNull();
  });
});
