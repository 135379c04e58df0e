import { describe, expect, it } from 'vitest';
import { isValidJoinCode, normalizeJoinCode } from './join-code';

describe('normalizeJoinCode', () => {
  it.each([
    ['ab12cd', 'AB12CD'],
    ['AB 12 CD', 'AB12CD'],
    ['ab-12-cd', 'AB12CD'],
    ['  x7k9q2  ', 'X7K9Q2'],
    ['AB12CD99', 'AB12CD'],
    ['ab!', 'AB'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });
});

describe('isValidJoinCode', () => {
  it.each([
    ['AB12CD', true],
    ['123456', true],
    ['ABCDEF', true],
    ['AB12C', false],
    ['AB12CDE', false],
    ['ab12cd', false],
    ['AB 2CD', false],
    ['', false],
  ])('%j is valid: %s', (code, expected) => {
    expect(isValidJoinCode(code)).toBe(expected);
  });
});
