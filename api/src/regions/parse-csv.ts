// Pure: a tiny RFC 4180 reader (quoted fields, "" escapes, CRLF), enough for idn-area-data's CSV files,
// so the regions data needs no CSV package of its own.

/** Splits CSV text into rows of fields. A trailing newline does not make an empty last row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  for (; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (char === '"' && field === '') inQuotes = true;
    else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else field += char;
  }
  if (inQuotes) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the header line, which must be exactly `columns` (so a changed file fails loudly). */
export function parseCsvRecords<C extends string>(text: string, columns: readonly C[]): Record<C, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== columns.join(',')) {
    throw new Error(`Unexpected CSV header "${header?.join(',') ?? ''}", expected "${columns.join(',')}"`);
  }
  return rows.map((fields, index) => {
    if (fields.length !== columns.length) {
      throw new Error(`CSV line ${index + 2} has ${fields.length} fields, expected ${columns.length}`);
    }
    return Object.fromEntries(columns.map((column, c) => [column, fields[c]])) as Record<C, string>;
  });
}
