import { describe, expect, it } from 'vitest';
import { spacedCode } from './spaced-code';

describe('spacedCode', () => {
  it.each([
    ['KMNPQR', 'K M N · P Q R'],
    ['AB12CD', 'A B 1 · 2 C D'],
    ['ABC', 'A B C'],
    ['', ''],
  ])('%j → %j', (code, expected) => {
    expect(spacedCode(code)).toBe(expected);
  });
});
