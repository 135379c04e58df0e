// The demo class that a first start creates: what the workshop in Pekon Ambarawa (Kab. Pringsewu)
// sells, two facilitators, and buyers near and far (a far one shows why duck eggs ship nearby only).
import type { CreateProductRequest } from '../catalog/dto/product.dto.js';
import { gulaArenCetakSvg, gulaArenStackSvg, gulaSemutSvg, keranjangBambuSvg, tampahBambuSvg, telurAsinSvg } from './demo-photos.js';

export const DEMO_CLASS = { name: 'Kelas Demo Pasar Latihan', place: 'Balai Pekon Ambarawa', regencyCode: '18.10' } as const;

export const DEMO_FACILITATORS = [
  { email: 'rina@pasar-latihan.local', name: 'Rina Marlina' },
  { email: 'budi@pasar-latihan.local', name: 'Budi Santoso' },
] as const;

export const DEMO_BUYERS = [
  { displayName: 'Bu Rahma (Bandar Lampung)', phone: '081270000001', village: 'Kedaton, Kota Bandar Lampung' },
  { displayName: 'Mbak Dewi (Gadingrejo)', phone: '081270000002', village: 'Gadingrejo, Kab. Pringsewu' },
  { displayName: 'Pak Joko (Jakarta)', phone: '081270000003', village: 'Cempaka Putih, Jakarta Pusat' },
] as const;

export interface DemoProduct {
  input: Omit<CreateProductRequest, 'photoIds'>;
  /** SVG drawings, cover first. */
  photos: (() => string)[];
}

export interface DemoShop {
  owner: { displayName: string; phone: string; village: string };
  shopName: string;
  products: DemoProduct[];
}

export const DEMO_SHOPS: DemoShop[] = [
  {
    owner: { displayName: 'Sriyati', phone: '081270000011', village: 'Pekon Ambarawa' },
    shopName: 'Gula Aren Bu Sriyati',
    products: [
      {
        input: {
          title: 'Gula Aren Cetak Asli Pringsewu 1 kg',
          description:
            'Gula aren cetak dari nira pohon aren, dimasak di tungku kayu tanpa campuran gula pasir. ' +
            'Warna coklat tua, harum, manis legit. Isi 1 kg (5 keping), dibungkus daun. Tahan 6 bulan di tempat kering.',
          price: 28_000,
          stock: 40,
          weightGrams: 1050,
          lengthCm: 20,
          widthCm: 15,
          heightCm: 8,
          category: 'gula-aren',
          condition: 'new',
          minOrder: 1,
        },
        photos: [gulaArenCetakSvg, gulaArenStackSvg],
      },
      {
        input: {
          title: 'Gula Semut Aren Organik 500 g',
          description:
            'Gula aren bubuk (gula semut), kering dan mudah larut: untuk kopi, teh, kue dan jamu. ' +
            'Dikemas plastik klip 500 g. Tahan 1 tahun bila tertutup rapat.',
          price: 22_000,
          stock: 60,
          weightGrams: 520,
          lengthCm: 18,
          widthCm: 12,
          heightCm: 5,
          category: 'gula-aren',
          condition: 'new',
          minOrder: 1,
        },
        photos: [gulaSemutSvg],
      },
      {
        input: {
          title: 'Telur Bebek Asin Masir Isi 10 Butir',
          description:
            'Telur bebek asin diperam abu gosok 14 hari, kuning telur masir dan berminyak. Sudah direbus, siap makan. ' +
            'Isi 10 butir. Tahan 14 hari: hanya dikirim ke pembeli dekat.',
          price: 35_000,
          stock: 25,
          weightGrams: 800,
          lengthCm: 25,
          widthCm: 12,
          heightCm: 8,
          category: 'telur-bebek',
          condition: 'new',
          minOrder: 1,
          shelfLifeDays: 14,
        },
        photos: [telurAsinSvg],
      },
    ],
  },
  {
    owner: { displayName: 'Marni', phone: '081270000012', village: 'Pekon Ambarawa Barat' },
    shopName: 'Anyaman Bambu Bu Marni',
    products: [
      {
        input: {
          title: 'Keranjang Bambu Anyaman Serbaguna dengan Pegangan',
          description:
            'Keranjang anyaman bambu buatan tangan pengrajin Pringsewu. Kuat untuk belanja ke pasar, tempat buah atau parsel. ' +
            'Diameter atas 35 cm, tinggi 25 cm.',
          price: 45_000,
          stock: 15,
          weightGrams: 600,
          lengthCm: 35,
          widthCm: 35,
          heightCm: 25,
          category: 'kerajinan-bambu',
          condition: 'new',
          minOrder: 1,
        },
        photos: [keranjangBambuSvg],
      },
      {
        input: {
          title: 'Tampah Bambu Bulat Diameter 50 cm',
          description:
            'Tampah (nyiru) anyaman bambu dengan bingkai rotan, untuk menampi beras, menjemur kerupuk atau alas tumpeng. Diameter 50 cm.',
          price: 30_000,
          stock: 20,
          weightGrams: 450,
          lengthCm: 50,
          widthCm: 50,
          heightCm: 5,
          category: 'kerajinan-bambu',
          condition: 'new',
          minOrder: 1,
        },
        photos: [tampahBambuSvg],
      },
    ],
  },
];
