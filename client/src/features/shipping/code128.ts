// Pure: Code 128 (ISO/IEC 15417) for the resi barcode on the shipping label, drawn as SVG bars by the label page.
// All-digit values of even length use code set C (two digits per symbol: a 16-digit JNE resi stays narrow);
// anything else uses code set B (printable ASCII). No library: the label's chunk stays small.

/** Bar/space widths (modules, bar first) of the symbol values 0–106; each is 11 modules, the stop 13. */
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

export const START_B = 104;
export const START_C = 105;
export const STOP = 106;

/** The symbol values of `text`, start and checksum included, stop excluded. Throws on a character outside ASCII 32–126. */
export function code128Values(text: string): number[] {
  let values: number[];
  if (text.length >= 2 && text.length % 2 === 0 && /^\d+$/.test(text)) {
    values = [START_C];
    for (let i = 0; i < text.length; i += 2) values.push(Number(text.slice(i, i + 2)));
  } else {
    values = [START_B];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (code < 32 || code > 126) throw new RangeError(`Code 128 B cannot encode ${JSON.stringify(char)}`);
      values.push(code - 32);
    }
  }
  values.push(code128Checksum(values));
  return values;
}

/** (start + Σ position × value) mod 103, positions from 1. */
export function code128Checksum(values: readonly number[]): number {
  return values.reduce((sum, value, index) => sum + value * Math.max(index, 1), 0) % 103;
}

/** The whole symbol as widths, bar first: the symbols, the checksum and the stop (with its final bar). */
export function code128Widths(text: string): number[] {
  return [...code128Values(text), STOP].flatMap((value) => [...CODE128_PATTERNS[value]!].map(Number));
}

export interface Bar {
  x: number;
  width: number;
}

/** The black bars in modules from the left, after a quiet zone of `quiet` modules; and the total width. */
export function code128Bars(text: string, quiet = 10): { bars: Bar[]; width: number } {
  const bars: Bar[] = [];
  let x = quiet;
  code128Widths(text).forEach((width, index) => {
    if (index % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return { bars, width: x + quiet };
}
