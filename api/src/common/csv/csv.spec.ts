import { csvDocument, csvField } from './csv.js';

describe('the one CSV writer', () => {
  it.each([
    ['plain text', 'Sriyati', '"Sriyati"'],
    ['a quote inside', 'Toko "Maju"', '"Toko ""Maju"""'],
    ['a comma inside', 'Desa A, RT 2', '"Desa A, RT 2"'],
    ['a formula (=)', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a formula (+)', '+62 812', `"'+62 812"`],
    ['a formula (-)', '-1+1', `"'-1+1"`],
    ['a formula (@)', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a leading tab', '\t=1', `"'\t=1"`],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['an empty field', '', '""'],
    ['a negative number (a drop in points)', '-10', '"-10"'],
    ['a negative decimal', '-2,5', '"-2,5"'],
    ['a formula that starts like a number', '-10+cmd|x', `"'-10+cmd|x"`],
  ])('quotes %s', (_case, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes a BOM, quoted fields and CRLF lines', () => {
    expect(csvDocument([['No', 'Nama'], ['1', 'Wati']])).toBe('\uFEFF"No","Nama"\r\n"1","Wati"\r\n');
  });
});
