import { describe, expect, it } from 'vitest';
import { suggestCategory } from './category-suggestion';

describe('the category suggested from the product name', () => {
  it.each([
    ['Gula Aren Asli Pringsewu 1 kg', 'gula-aren', false],
    ['gula semut organik 250 gr', 'gula-aren', false],
    ['GULA MERAH CETAK', 'gula-aren', false],
    ['Telur Bebek Asin Pringsewu', 'telur-bebek', true],
    ['telor asin masir isi 10', 'telur-bebek', true],
    ['Tampah Bambu Besar 60 cm', 'kerajinan-bambu', null],
    ['Besek anyaman isi 5', 'kerajinan-bambu', null],
    ['Ikan Lele Segar 1 kg', 'ikan-air-tawar', true],
    ['Nila merah hidup', 'ikan-air-tawar', true],
    ['Keripik Singkong Balado', 'olahan-singkong', true],
    ['Tiwul instan', 'olahan-singkong', true],
    ['Keripik Pisang Manis', 'makanan-lain', null],
    ['Madu hutan Lampung 500 ml', 'makanan-lain', null],
    ['Kopi Robusta Lampung bubuk', 'makanan-lain', null],
    ['Tas Rajut Warna Warni', 'kerajinan-lain', null],
    ['Kain Tapis Lampung', 'kerajinan-lain', null],
    ['Salted duck egg', 'telur-bebek', true],
  ])('"%s" → %s (perishable: %s)', (title, category, perishable) => {
    expect(suggestCategory(title)).toEqual({ category, perishable });
  });

  it.each([[''], ['   '], ['Barang bagus murah'], ['Sepatu anak'], ['Tasbih kayu'], ['Tehnik jahit']])('suggests nothing for "%s"', (title) => {
    expect(suggestCategory(title)).toBeUndefined();
  });

  it('matches whole words only: "teh" is not found inside "Tehnik", "tas" not inside "Tasbih"', () => {
    expect(suggestCategory('Tehnik jahit')).toBeUndefined();
    expect(suggestCategory('Teh melati')).toEqual({ category: 'makanan-lain', perishable: null });
  });
});
