import { formatInvoiceNumber, type InvoiceNumberParts, parseInvoiceNumber } from './invoice-number.js';

describe('invoice numbers', () => {
  it.each<[string, string, number, string]>([
    ['09.00 WIB on the training day', '2026-11-28T02:00:00Z', 1, 'INV/20261128/PL/0001'],
    ['16:59:59 UTC is still 23.59 WIB', '2026-11-28T16:59:59.999Z', 42, 'INV/20261128/PL/0042'],
    ['17:00 UTC is already midnight WIB', '2026-11-28T17:00:00Z', 42, 'INV/20261129/PL/0042'],
    ['00.30 WIB on new year', '2026-12-31T17:30:00Z', 9999, 'INV/20270101/PL/9999'],
    ['a leap day in WIB', '2028-02-28T18:00:00Z', 7, 'INV/20280229/PL/0007'],
    ['a sequence past 9999 grows a digit', '2026-11-28T02:00:00Z', 10000, 'INV/20261128/PL/10000'],
    ['a large sequence', '2026-11-28T02:00:00Z', 1234567, 'INV/20261128/PL/1234567'],
  ])('%s: %s #%i → %s', (_case, simNow, sequence, invoice) => {
    expect(formatInvoiceNumber(new Date(simNow), sequence)).toBe(invoice);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the sequence %p', (sequence) => {
    expect(() => formatInvoiceNumber(new Date('2026-11-28T02:00:00Z'), sequence)).toThrow(RangeError);
  });

  it('refuses an invalid date', () => {
    expect(() => formatInvoiceNumber(new Date('nope'), 1)).toThrow(RangeError);
  });

  it.each<[string, InvoiceNumberParts | null]>([
    ['INV/20261128/PL/0001', { wibDate: '2026-11-28', sequence: 1 }],
    ['INV/20270101/PL/9999', { wibDate: '2027-01-01', sequence: 9999 }],
    ['INV/20261128/PL/10000', { wibDate: '2026-11-28', sequence: 10000 }],
    [' INV/20261128/PL/0042 ', { wibDate: '2026-11-28', sequence: 42 }],
    ['INV/20261128/PL/001', null],
    ['INV/20261128/PL/00001', null],
    ['INV/20261128/PL/0000', null],
    ['INV/20261131/PL/0001', null],
    ['INV/20270229/PL/0001', null],
    ['INV/20261328/PL/0001', null],
    ['INV/20261128/MPL/0001', null],
    ['inv/20261128/pl/0001', null],
    ['INV-20261128-PL-0001', null],
    ['', null],
  ])('reads %j as %j', (text, parts) => {
    expect(parseInvoiceNumber(text)).toEqual(parts);
  });

  it.each([1, 42, 9999, 10000, 987654321])('reads back what it wrote for #%i', (sequence) => {
    const invoice = formatInvoiceNumber(new Date('2026-11-28T20:00:00Z'), sequence);
    expect(parseInvoiceNumber(invoice)).toEqual({ wibDate: '2026-11-29', sequence });
  });
});
