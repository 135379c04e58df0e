import { parseCsv, parseCsvRecords } from './parse-csv.js';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['plain fields', 'code,name\n18,LAMPUNG\n', [['code', 'name'], ['18', 'LAMPUNG']]],
    ['no trailing newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a byte-order mark', '\ufeffa,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a quoted field with a comma', '18.10,"PRINGSEWU, LAMPUNG"\n', [['18.10', 'PRINGSEWU, LAMPUNG']]],
    ['a doubled quote inside quotes', '1,"SA""DAN"\n', [['1', 'SA"DAN']]],
    ['a newline inside quotes', '1,"two\nlines"\n', [['1', 'two\nlines']]],
    ['empty fields', ',x,\n', [['', 'x', '']]],
    ['a quoted empty field', '"",x\n', [['', 'x']]],
    ['an empty text', '', []],
  ])('reads %s', (_case, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a quote that is never closed', () => {
    expect(() => parseCsv('1,"open\n')).toThrow(/quoted field/);
  });
});

describe('parseCsvRecords', () => {
  it('keys each row by the header', () => {
    expect(parseCsvRecords('code,province_code,name\n18.10,18,KABUPATEN PRINGSEWU\n', ['code', 'province_code', 'name'])).toEqual([
      { code: '18.10', province_code: '18', name: 'KABUPATEN PRINGSEWU' },
    ]);
  });

  it('refuses a header it does not expect', () => {
    expect(() => parseCsvRecords('kode,nama\n18,LAMPUNG\n', ['code', 'name'])).toThrow(/Unexpected CSV header/);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => parseCsvRecords('code,name\n18,LAMPUNG,EXTRA\n', ['code', 'name'])).toThrow(/line 2 has 3 fields/);
  });
});
