import { describe, expect, it } from 'vitest';
import { checkShopName, tidyShopName } from './shop-name';

describe('shop names', () => {
  it.each([
    ['Gula Aren Bu Sriyati', undefined],
    ['  Ab  ', 'tooShort'],
    ['Abc', undefined],
    ['x'.repeat(60), undefined],
    ['x'.repeat(61), 'tooLong'],
  ])('%j → %s', (name, problem) => {
    expect(checkShopName(name)).toBe(problem);
  });

  it('tidies spaces the way the API stores the name', () => {
    expect(tidyShopName('  Bambu   Pringsewu ')).toBe('Bambu Pringsewu');
  });
});
