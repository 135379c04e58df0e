import { INDONESIAN_TIME_ZONES } from '../common/time/zoned-time.js';
import { readRegionRows } from './regions.data.js';
import { timeZoneOfProvince, timeZoneOfRegency } from './time-zone.js';

describe('the zone a class reads its times in', () => {
  it.each<[string, string, string]>([
    ['18.10', 'Kab. Pringsewu, Lampung', 'WIB'],
    ['11.71', 'Kota Banda Aceh', 'WIB'],
    ['21.71', 'Kota Batam, Kepulauan Riau', 'WIB'],
    ['31.71', 'Jakarta Selatan', 'WIB'],
    ['36.01', 'Kab. Pandeglang, Banten', 'WIB'],
    ['61.71', 'Kota Pontianak, Kalimantan Barat', 'WIB'],
    ['62.71', 'Kota Palangka Raya, Kalimantan Tengah', 'WIB'],
    ['63.71', 'Kota Banjarmasin, Kalimantan Selatan', 'WITA'],
    ['65.71', 'Kota Tarakan, Kalimantan Utara', 'WITA'],
    ['51.71', 'Kota Denpasar, Bali', 'WITA'],
    ['53.71', 'Kota Kupang, Nusa Tenggara Timur', 'WITA'],
    ['73.71', 'Kota Makassar', 'WITA'],
    ['75.71', 'Kota Gorontalo', 'WITA'],
    ['81.71', 'Kota Ambon, Maluku', 'WIT'],
    ['82.72', 'Kota Tidore Kepulauan, Maluku Utara', 'WIT'],
    ['91.71', 'Kota Jayapura, Papua', 'WIT'],
    ['96.71', 'Kota Sorong, Papua Barat Daya', 'WIT'],
  ])('%s (%s) is %s', (regency, _place, label) => {
    expect(INDONESIAN_TIME_ZONES[timeZoneOfRegency(regency)]).toBe(label);
  });

  it('gives every province of the data package a zone: 18 WIB, 12 WITA, 8 WIT', () => {
    const { provinces } = readRegionRows();
    expect(provinces).toHaveLength(38);
    const counts: Record<string, number> = {};
    for (const province of provinces) {
      const label = INDONESIAN_TIME_ZONES[timeZoneOfProvince(province.code)];
      counts[label] = (counts[label] ?? 0) + 1;
    }
    expect(counts).toEqual({ WIB: 18, WITA: 12, WIT: 8 });
  });

  it('reads a code it does not know as WIB, the default, rather than refuse to show a time', () => {
    expect(timeZoneOfRegency('')).toBe('Asia/Jakarta');
    expect(timeZoneOfRegency('99.01')).toBe('Asia/Jakarta');
  });
});
