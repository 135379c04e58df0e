// The one CSV writer for the files a facilitator opens in Excel (the attendance sheet, the activity report):
// UTF-8 with a BOM (so Excel reads the names right), CRLF lines, every field quoted, and text that a spreadsheet
// would run as a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's list) neutralised with a
// leading apostrophe, since names and shop names are typed by trainees.

const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number, negative or decimal, is no formula: a drop of 10 points stays -10 in the spreadsheet, not '-10.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows of text → the file's content. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
