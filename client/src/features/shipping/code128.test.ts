import { describe, expect, it } from 'vitest';
import { CODE128_PATTERNS, code128Bars, code128Checksum, code128Values, code128Widths, START_B, START_C } from './code128';

const sum = (pattern: string) => [...pattern].reduce((total, digit) => total + Number(digit), 0);

describe('Code 128', () => {
  it('has 107 distinct symbols of 11 modules, the stop of 13', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    CODE128_PATTERNS.slice(0, 106).forEach((pattern) => expect(sum(pattern)).toBe(11));
    expect(sum(CODE128_PATTERNS[106]!)).toBe(13);
  });

  it.each([
    // Code set B: value = ASCII − 32; checksum by hand: (104 + Σ i·v) mod 103.
    ['PJJ123C', [START_B, 48, 42, 42, 17, 18, 19, 35], (104 + 48 + 84 + 126 + 68 + 90 + 114 + 245) % 103],
    ['JP0123456789', [START_B, 42, 48, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25], null],
    ['GK-01-234567890', [START_B, 39, 43, 13, 16, 17, 13, 18, 19, 20, 21, 22, 23, 24, 25, 16], null],
    // Code set C: digit pairs; "1234" → 12, 34; checksum (105 + 12 + 68) mod 103 = 82.
    ['1234', [START_C, 12, 34], 82],
    ['0100000000000001', [START_C, 1, 0, 0, 0, 0, 0, 0, 1], (105 + 1 + 8) % 103],
    // Odd digit count: code set B.
    ['123', [START_B, 17, 18, 19], (104 + 17 + 36 + 57) % 103],
  ])('encodes %s', (text, symbols, checksum) => {
    const values = code128Values(text);
    expect(values.slice(0, -1)).toEqual(symbols);
    expect(values.at(-1)).toBe(checksum ?? code128Checksum(symbols));
  });

  it('computes the well-known checksum of "Wikipedia" (code B)', () => {
    // W=55 i=73 k=75 i=73 p=80 e=69 d=68 i=73 a=65: 104+55+146+225+292+400+414+476+584+585 = 3281 ≡ 88 (mod 103)
    expect(code128Values('Wikipedia').at(-1)).toBe(88);
  });

  it('draws start B, the data, the checksum and the stop, 11 modules per symbol and 13 for the stop', () => {
    const widths = code128Widths('A');
    // Start B (211214), "A" = 33 (111323), checksum (104 + 33) mod 103 = 34 (131123), stop (2331112)
    expect(widths.join('')).toBe('211214' + '111323' + '131123' + '2331112');
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11 * 3 + 13);
  });

  it('lays the bars out after the quiet zone, ending with the stop’s final bar', () => {
    const { bars, width } = code128Bars('A', 10);
    expect(bars[0]).toEqual({ x: 10, width: 2 });
    expect(width).toBe(10 + 46 + 10);
    const last = bars.at(-1)!;
    expect(last.x + last.width).toBe(10 + 46);
  });

  it('refuses what code set B cannot hold', () => {
    expect(() => code128Values('é')).toThrow(RangeError);
  });
});
