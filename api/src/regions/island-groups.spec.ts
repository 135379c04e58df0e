import islandGroupTable from './island-groups.json' with { type: 'json' };
import { ISLAND_GROUPS } from './island-group.js';
import { readRegionRows } from './regions.data.js';

// The data file island-groups.json must keep up with the provinces of the installed idn-area-data.
describe('island-groups.json', () => {
  const { provinces } = readRegionRows();
  const table: Record<string, string> = islandGroupTable;

  it('reads the 38 provinces of the data package', () => {
    expect(provinces).toHaveLength(38);
  });

  it.each(provinces.map((p) => [p.code, p.name]))('gives province %s (%s) an island group', (code) => {
    expect(ISLAND_GROUPS).toContain(table[code]);
  });

  it('names no province that the data package lacks', () => {
    const known = new Set(provinces.map((p) => p.code));
    expect(Object.keys(table).filter((code) => !known.has(code))).toEqual([]);
  });

  it.each<[string, string]>([
    ['18', 'sumatera'], // Lampung
    ['19', 'sumatera'], // Kepulauan Bangka Belitung
    ['21', 'sumatera'], // Kepulauan Riau
    ['31', 'jawa'], // DKI Jakarta
    ['34', 'jawa'], // DI Yogyakarta
    ['36', 'jawa'], // Banten
    ['52', 'bali-nusa-tenggara'], // Nusa Tenggara Barat
    ['65', 'kalimantan'], // Kalimantan Utara
    ['76', 'sulawesi'], // Sulawesi Barat
    ['82', 'maluku'], // Maluku Utara
    ['96', 'papua'], // Papua Barat Daya
  ])('puts province %s in %s', (code, group) => {
    expect(table[code]).toBe(group);
  });

  it('uses every island group', () => {
    expect([...new Set(Object.values(table))].sort()).toEqual([...ISLAND_GROUPS].sort());
  });
});
