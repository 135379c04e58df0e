import { buildRegionData, loadRegionData } from './regions.data.js';

describe('loadRegionData', () => {
  const data = loadRegionData();

  it('loads once and hands out the same lookups after', () => {
    expect(loadRegionData()).toBe(data);
  });

  it('finds Lampung and Pringsewu in it, with display names', () => {
    expect(data.provincesByCode.get('18')).toEqual({ code: '18', name: 'Lampung', islandGroup: 'sumatera' });
    expect(data.regenciesByCode.get('18.10')).toEqual({
      code: '18.10',
      provinceCode: '18',
      name: 'Pringsewu',
      type: 'kabupaten',
      label: 'Kab. Pringsewu',
    });
    expect(data.regenciesByProvince.get('18')?.map((r) => r.label)).toContain('Kota Bandar Lampung');
  });

  it('holds all 38 provinces and 514 regencies, each regency listed under its province', () => {
    expect(data.provinces).toHaveLength(38);
    expect(data.regencies).toHaveLength(514);
    const listed = [...data.regenciesByProvince.values()].reduce((sum, list) => sum + list.length, 0);
    expect(listed).toBe(data.regencies.length);
  });

  it('leaves no name in upper case', () => {
    const upper = [...data.provinces, ...data.regencies].map((r) => r.name).filter((name) => /[A-Z]{2}/.test(name.replace(/\b(DKI|DI)\b/, '')));
    expect(upper).toEqual([]);
  });
});

describe('buildRegionData', () => {
  const provinces = [{ code: '18', name: 'LAMPUNG' }];

  it('refuses a province with no island group, naming it', () => {
    expect(() => buildRegionData([...provinces, { code: '97', name: 'PAPUA BARU' }], [], { '18': 'sumatera' })).toThrow(
      /province 97 \(PAPUA BARU\) has no known island group/,
    );
  });

  it('refuses an island group it does not know', () => {
    expect(() => buildRegionData(provinces, [], { '18': 'sumatra' })).toThrow(/no known island group/);
  });

  it('refuses a regency of an unknown province', () => {
    expect(() =>
      buildRegionData(provinces, [{ code: '99.01', province_code: '99', name: 'KABUPATEN ENTAH' }], { '18': 'sumatera' }),
    ).toThrow(/unknown province 99/);
  });
});
