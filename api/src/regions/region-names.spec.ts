import { provinceDisplayName, regencyDisplayNames, titleCaseIndonesian } from './region-names.js';

describe('provinceDisplayName', () => {
  it.each([
    ['LAMPUNG', 'Lampung'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['DAERAH ISTIMEWA YOGYAKARTA', 'DI Yogyakarta'],
    ['KEPULAUAN BANGKA BELITUNG', 'Kepulauan Bangka Belitung'],
    ['NUSA TENGGARA BARAT', 'Nusa Tenggara Barat'],
    ['PAPUA BARAT DAYA', 'Papua Barat Daya'],
    ['  ACEH ', 'Aceh'],
  ])('%s → %s', (raw, name) => {
    expect(provinceDisplayName(raw)).toBe(name);
  });
});

describe('regencyDisplayNames', () => {
  it.each([
    ['KABUPATEN PRINGSEWU', 'Pringsewu', 'kabupaten', 'Kab. Pringsewu'],
    ['KOTA BANDAR LAMPUNG', 'Kota Bandar Lampung', 'kota', 'Kota Bandar Lampung'],
    ['KABUPATEN BANDUNG', 'Bandung', 'kabupaten', 'Kab. Bandung'],
    ['KOTA BANDUNG', 'Kota Bandung', 'kota', 'Kota Bandung'],
    ['KOTA ADMINISTRASI JAKARTA SELATAN', 'Kota Jakarta Selatan', 'kota', 'Kota Jakarta Selatan'],
    ['KABUPATEN ADMINISTRASI KEPULAUAN SERIBU', 'Kepulauan Seribu', 'kabupaten', 'Kab. Kepulauan Seribu'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Pangkajene dan Kepulauan', 'kabupaten', 'Kab. Pangkajene dan Kepulauan'],
    ['KOTA BAU BAU', 'Kota Bau Bau', 'kota', 'Kota Bau Bau'],
  ])('%s → %s (%s, "%s")', (raw, name, type, label) => {
    expect(regencyDisplayNames(raw)).toEqual({ name, type, label });
  });

  it('refuses a name that is neither a kabupaten nor a kota', () => {
    expect(() => regencyDisplayNames('KECAMATAN AMBARAWA')).toThrow(/neither KABUPATEN nor KOTA/);
  });
});

describe('titleCaseIndonesian', () => {
  it.each([
    ['TOLI-TOLI', 'Toli-Toli'],
    ["SA'DAN", "Sa'dan"],
    ['DAN LAUT', 'Dan Laut'],
    ['BATU  BARA', 'Batu Bara'],
    ['DI YOGYAKARTA', 'DI Yogyakarta'],
  ])('%s → %s', (raw, name) => {
    expect(titleCaseIndonesian(raw)).toBe(name);
  });
});
