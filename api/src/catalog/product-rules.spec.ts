import { checkProduct, checkStockChange, findProhibited, type ProductDraft, tokenize } from './product-rules.js';

const PHOTO_A = 'a'.repeat(64);
const PHOTO_B = 'b'.repeat(64);
const OWNED = new Set([PHOTO_A, PHOTO_B]);

const valid: ProductDraft = {
  title: 'Gula Aren Asli Pringsewu 1 kg',
  description: 'Gula aren cetak dari nira pohon aren, dimasak tanpa campuran.',
  price: 25_000,
  stock: 40,
  weightGrams: 1000,
  lengthCm: null,
  widthCm: null,
  heightCm: null,
  category: 'gula-aren',
  condition: 'new',
  minOrder: 1,
  shelfLifeDays: null,
  status: 'active',
  photoIds: [PHOTO_A],
};

const outcome = (changes: Partial<ProductDraft>, owned: ReadonlySet<string> = OWNED) => {
  const result = checkProduct({ ...valid, ...changes }, owned);
  return result.ok ? 'ok' : result.code;
};

describe('checkProduct: what a product must be to be posted', () => {
  it.each<[string, Partial<ProductDraft>, string]>([
    ['a complete gula aren product', {}, 'ok'],
    // title window 5–70
    ['a 4-character title', { title: 'Gula' }, 'TITLE_TOO_SHORT'],
    ['a title of spaces', { title: '      ' }, 'TITLE_TOO_SHORT'],
    ['a 5-character title', { title: 'Gulaa' }, 'ok'],
    ['a 70-character title', { title: 'G'.repeat(70) }, 'ok'],
    ['a 71-character title', { title: 'G'.repeat(71) }, 'TITLE_TOO_LONG'],
    ['a description over 3000 characters', { description: 'x'.repeat(3001) }, 'DESCRIPTION_TOO_LONG'],
    // price 100 .. 100,000,000 whole rupiah
    ['a price of 99', { price: 99 }, 'INVALID_PRICE'],
    ['a price of 100', { price: 100 }, 'ok'],
    ['a price of 100,000,000', { price: 100_000_000 }, 'ok'],
    ['a price over 100,000,000', { price: 100_000_001 }, 'INVALID_PRICE'],
    ['a price with cents', { price: 25_000.5 }, 'INVALID_PRICE'],
    ['a negative price', { price: -25_000 }, 'INVALID_PRICE'],
    // stock 0 .. 100,000
    ['a stock of 0 (sold out)', { stock: 0 }, 'ok'],
    ['a negative stock', { stock: -1 }, 'INVALID_STOCK'],
    ['a stock over 100,000', { stock: 100_001 }, 'INVALID_STOCK'],
    ['a fractional stock', { stock: 1.5 }, 'INVALID_STOCK'],
    // weight required 1 .. 50,000 g
    ['no weight', { weightGrams: undefined as unknown as number }, 'INVALID_WEIGHT'],
    ['a weight of 0 g', { weightGrams: 0 }, 'INVALID_WEIGHT'],
    ['a weight over 50 kg', { weightGrams: 50_001 }, 'INVALID_WEIGHT'],
    // dimensions: all three 1..200 cm, or none
    ['all three dimensions', { lengthCm: 20, widthCm: 15, heightCm: 8 }, 'ok'],
    ['only length and width', { lengthCm: 20, widthCm: 15 }, 'INVALID_DIMENSIONS'],
    ['a 0 cm side', { lengthCm: 0, widthCm: 15, heightCm: 8 }, 'INVALID_DIMENSIONS'],
    ['a 201 cm side', { lengthCm: 201, widthCm: 15, heightCm: 8 }, 'INVALID_DIMENSIONS'],
    // minimum order 1..1000, not above a positive stock
    ['a minimum order of 0', { minOrder: 0 }, 'INVALID_MIN_ORDER'],
    ['a minimum order of 1001', { minOrder: 1001, stock: 5000 }, 'INVALID_MIN_ORDER'],
    ['a minimum order above the stock', { minOrder: 41 }, 'INVALID_MIN_ORDER'],
    ['a minimum order equal to the stock', { minOrder: 40 }, 'ok'],
    ['a minimum order with no stock yet', { minOrder: 10, stock: 0 }, 'ok'],
    // shelf life: required for food that spoils, 1..365 days
    ['duck eggs without a shelf life', { category: 'telur-bebek', shelfLifeDays: null }, 'SHELF_LIFE_REQUIRED'],
    ['fish without a shelf life', { category: 'ikan-air-tawar', shelfLifeDays: null }, 'SHELF_LIFE_REQUIRED'],
    ['cassava snacks without a shelf life', { category: 'olahan-singkong', shelfLifeDays: null }, 'SHELF_LIFE_REQUIRED'],
    ['duck eggs that keep 14 days', { category: 'telur-bebek', shelfLifeDays: 14 }, 'ok'],
    ['palm sugar without a shelf life', { category: 'gula-aren', shelfLifeDays: null }, 'ok'],
    ['a shelf life of 0 days', { category: 'telur-bebek', shelfLifeDays: 0 }, 'INVALID_SHELF_LIFE'],
    ['a shelf life of 366 days', { shelfLifeDays: 366 }, 'INVALID_SHELF_LIFE'],
    // photos: 1 to 5 of the seller's own uploads
    ['no photo', { photoIds: [] }, 'PHOTO_REQUIRED'],
    ['six photos', { photoIds: ['1', '2', '3', '4', '5', '6'].map((n) => n.repeat(64)) }, 'TOO_MANY_PHOTOS'],
    ['a photo someone else uploaded', { photoIds: [PHOTO_A, 'c'.repeat(64)] }, 'PHOTO_NOT_FOUND'],
    ['two own photos', { photoIds: [PHOTO_B, PHOTO_A] }, 'ok'],
    // prohibited goods
    ['palm wine (tuak)', { title: 'Tuak Aren Segar 1 liter' }, 'PROHIBITED_PRODUCT'],
    ['medicine in the description', { description: 'Obat herbal untuk pegal linu' }, 'PROHIBITED_PRODUCT'],
    ['fireworks', { title: 'Kembang Api Tahun Baru' }, 'PROHIBITED_PRODUCT'],
  ])('%s → %s', (_case, changes, expected) => {
    expect(outcome(changes)).toBe(expected);
  });

  it('collapses spaces in the title and keeps the photos in order, once each', () => {
    const result = checkProduct({ ...valid, title: '  Gula   Aren\tAsli  1 kg ', photoIds: [PHOTO_B, PHOTO_A, PHOTO_B] }, OWNED);
    expect(result).toMatchObject({ ok: true, product: { title: 'Gula Aren Asli 1 kg', photoIds: [PHOTO_B, PHOTO_A] } });
  });

  it('explains a prohibited product in the message', () => {
    const result = checkProduct({ ...valid, title: 'Rokok Kretek Linting Tangan' }, OWNED);
    expect(result).toEqual({ ok: false, code: 'PROHIBITED_PRODUCT', message: expect.stringMatching(/"rokok".*tobacco/) });
  });

  it.each<[string, string, string[]]>([
    ['a clear, long title', 'Gula Aren Asli Pringsewu 1 kg', []],
    ['a short title', 'Gula aren', ['TITLE_HARD_TO_FIND']],
    ['a long title of one word', 'Gulaarenasliprings', ['TITLE_HARD_TO_FIND']],
    ['exactly 15 characters in two words', 'Gula Aren Cetak', []],
  ])('hints, without refusing, when a title is hard to find: %s', (_case, title, hints) => {
    const result = checkProduct({ ...valid, title }, OWNED);
    expect(result.ok && result.hints).toEqual(hints);
  });
});

describe('findProhibited', () => {
  it.each<[string, string | null]>([
    ['Tuak manis khas Lampung', 'tuak'],
    ['Bir bintang dingin', 'bir'],
    ['Ciu Bekonang', 'ciu'],
    ['Minuman keras oplosan', 'minuman keras'],
    ['Jual sabu murah', 'sabu'],
    ['Senapan angin airsoft', 'senapan'],
    ['Petasan banting', 'petasan'],
    ['Liquid vape rasa mangga', 'vape'],
    ['Red wine import', 'wine'],
    ['OBAT kuat', 'obat'],
    // not prohibited
    ['Sabun sereh buatan sendiri', null],
    ['Keranjang bambu biru', null],
    ['Tas anyaman untuk arak-arakan', null],
    ['Kue kering tanpa alkohol', null],
    ['Tape singkong, tidak mengandung alkohol', null],
    ['Hand sanitizer alcohol free', null],
    ['Minuman non-alkohol', null],
    ['Gula semut aren organik', null],
    ['Kembang goyang renyah', null],
  ])('%j → %j', (text, word) => {
    expect(findProhibited(text)?.word ?? null).toBe(word);
  });

  it('reads accented and upper-case words the same', () => {
    expect(tokenize('ALKOHÓL  gula-aren')).toEqual(['alkohol', 'gula-aren']);
  });
});

describe('checkStockChange: a restock', () => {
  it.each<[string, { set?: number; add?: number }, string]>([
    ['set to 0 (sold out)', { set: 0 }, 'set:0'],
    ['set to 100,000', { set: 100_000 }, 'set:100000'],
    ['add 20', { add: 20 }, 'add:20'],
    ['neither', {}, 'INVALID_STOCK'],
    ['both', { set: 5, add: 5 }, 'INVALID_STOCK'],
    ['set below zero', { set: -1 }, 'INVALID_STOCK'],
    ['set above 100,000', { set: 100_001 }, 'INVALID_STOCK'],
    ['add nothing', { add: 0 }, 'INVALID_STOCK'],
    ['add a negative amount', { add: -3 }, 'INVALID_STOCK'],
    ['add a fraction', { add: 1.5 }, 'INVALID_STOCK'],
  ])('%s → %s', (_case, change, expected) => {
    const result = checkStockChange(change);
    expect(result.ok ? `${result.change.kind}:${result.change.amount}` : result.code).toBe(expected);
  });
});
