import type { Regency } from './regions.data.js';
import { buildRegencySearchIndex, normalizeSearchText, searchRegencyIndex } from './regency-search.js';

const regency = (code: string, name: string, type: Regency['type']): Regency => ({
  code,
  provinceCode: code.slice(0, 2),
  name,
  type,
  label: type === 'kota' ? name : `Kab. ${name}`,
});

const index = buildRegencySearchIndex([
  regency('18.03', 'Lampung Utara', 'kabupaten'),
  regency('18.10', 'Pringsewu', 'kabupaten'),
  regency('18.71', 'Kota Bandar Lampung', 'kota'),
  regency('32.04', 'Bandung', 'kabupaten'),
  regency('32.17', 'Bandung Barat', 'kabupaten'),
  regency('32.73', 'Kota Bandung', 'kota'),
  regency('74.72', 'Kota Bau Bau', 'kota'),
]);

const codes = (query: string, limit = 20) => searchRegencyIndex(index, query, limit).map((r) => r.code);

describe('searchRegencyIndex', () => {
  it.each<[string, string, string[]]>([
    ['a prefix, in any case', 'PRINGS', ['18.10']],
    ['a substring inside the name', 'sewu', ['18.10']],
    ['with the "Kab." of the label', 'kab. pringsewu', ['18.10']],
    ['a kota by its name without "Kota"', 'bandar', ['18.71']],
    ['"kota" and the name', 'kota bandung', ['32.73']],
    ['kabupaten and kota of one name, in official order', 'bandung', ['32.04', '32.17', '32.73']],
    ['names that start with the query before the rest', 'lampung', ['18.03', '18.71']],
    ['spelled without its space or with a hyphen', 'baubau', ['74.72']],
    ['with a hyphen', 'Bau-Bau', ['74.72']],
    ['nothing for an unknown name', 'zzz', []],
    ['nothing for punctuation only', '--', []],
  ])('finds %s', (_case, query, expected) => {
    expect(codes(query)).toEqual(expected);
  });

  it('returns at most `limit` results, prefix matches kept', () => {
    expect(codes('bandung', 2)).toEqual(['32.04', '32.17']);
    expect(codes('a', 1)).toHaveLength(1);
  });
});

describe('normalizeSearchText', () => {
  it('drops case, spaces, punctuation and accents', () => {
    expect(normalizeSearchText(' Kab. Toli-Toli É ')).toBe('kabtolitolie');
  });
});
