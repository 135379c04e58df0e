import { describe, expect, it } from 'vitest';
import type { ProductDetail } from './api/product-types';
import {
  changesFrom,
  checkStep,
  draftFromProduct,
  EMPTY_DRAFT,
  isTitleHardToFind,
  keptUnderTyped,
  parseWholeNumber,
  stepOfCode,
  toProductRequest,
  type FormStep,
  type PhotoState,
  type ProductDraft,
} from './product-draft';

const ready: PhotoState = { ready: 1, busy: 0 };
const draft = (patch: Partial<ProductDraft>): ProductDraft => ({ ...EMPTY_DRAFT, ...patch });

describe('parseWholeNumber', () => {
  it.each([
    ['25000', 25000],
    ['25.000', 25000],
    ['Rp 25.000', 25000],
    [' 1 000 ', 1000],
    ['0', 0],
    ['', undefined],
    ['abc', undefined],
    ['9999999999999', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });
});

describe('checkStep', () => {
  it.each<[string, FormStep, Partial<ProductDraft>, PhotoState, string | undefined]>([
    ['no photo yet', 'photo', {}, { ready: 0, busy: 0 }, 'PHOTO_REQUIRED'],
    ['a photo still uploading', 'photo', {}, { ready: 1, busy: 1 }, 'PHOTO_UPLOADING'],
    ['one photo sent', 'photo', {}, ready, undefined],
    ['a name of 4 letters', 'title', { title: ' Gula ' }, ready, 'TITLE_TOO_SHORT'],
    ['a name of 71 letters', 'title', { title: 'G'.repeat(71) }, ready, 'TITLE_TOO_LONG'],
    ['a good name', 'title', { title: 'Gula Aren Asli 1 kg' }, ready, undefined],
    ['no price', 'price', { price: '' }, ready, 'INVALID_PRICE'],
    ['a price below Rp 100', 'price', { price: '50' }, ready, 'INVALID_PRICE'],
    ['Rp 25.000 typed with a dot', 'price', { price: '25.000' }, ready, undefined],
    ['a price over Rp 100 million', 'price', { price: '100000001' }, ready, 'INVALID_PRICE'],
    ['no stock', 'stock', { stock: '' }, ready, 'INVALID_STOCK'],
    ['stock 0 (sold out for now)', 'stock', { stock: '0' }, ready, undefined],
    ['stock over 100,000', 'stock', { stock: '100001' }, ready, 'INVALID_STOCK'],
    ['no weight', 'weight', { weight: '' }, ready, 'INVALID_WEIGHT'],
    ['weight 0 grams', 'weight', { weight: '0' }, ready, 'INVALID_WEIGHT'],
    ['1 kg', 'weight', { weight: '1000' }, ready, undefined],
    ['over 50 kg', 'weight', { weight: '50001' }, ready, 'INVALID_WEIGHT'],
    ['no category', 'category', {}, ready, 'CATEGORY_REQUIRED'],
    ['bamboo: no food question', 'category', { category: 'kerajinan-bambu' }, ready, undefined],
    ['palm sugar, "mudah basi?" not answered', 'category', { category: 'gula-aren' }, ready, 'PERISHABLE_REQUIRED'],
    ['palm sugar that keeps', 'category', { category: 'gula-aren', perishable: false }, ready, undefined],
    ['palm sugar that spoils, days missing', 'category', { category: 'gula-aren', perishable: true }, ready, 'SHELF_LIFE_REQUIRED'],
    ['duck eggs without days', 'category', { category: 'telur-bebek' }, ready, 'SHELF_LIFE_REQUIRED'],
    ['duck eggs, "no" does not count', 'category', { category: 'telur-bebek', perishable: false }, ready, 'SHELF_LIFE_REQUIRED'],
    ['fish for 0 days', 'category', { category: 'ikan-air-tawar', shelfLifeDays: '0' }, ready, 'INVALID_SHELF_LIFE'],
    ['cassava snacks for 366 days', 'category', { category: 'olahan-singkong', shelfLifeDays: '366' }, ready, 'INVALID_SHELF_LIFE'],
    ['salted eggs for 14 days', 'category', { category: 'telur-bebek', shelfLifeDays: '14' }, ready, undefined],
    ['no description (optional)', 'description', {}, ready, undefined],
    ['a description of 3001 letters', 'description', { description: 'a'.repeat(3001) }, ready, 'DESCRIPTION_TOO_LONG'],
  ])('%s → %s', (_name, step, patch, photos, expected) => {
    expect(checkStep(step, draft(patch), photos)).toBe(expected);
  });
});

describe('isTitleHardToFind (the API hint TITLE_HARD_TO_FIND)', () => {
  it.each([
    ['Gula', false], // too short: an error, not a hint
    ['Gula Aren', true],
    ['Gulaarenasli1kg', true],
    ['Gula Aren Asli 1 kg', false],
  ])('%j → %s', (title, expected) => {
    expect(isTitleHardToFind(title)).toBe(expected);
  });
});

describe('stepOfCode', () => {
  it.each([
    ['PHOTO_NOT_FOUND', 'photo'],
    ['TITLE_TOO_SHORT', 'title'],
    ['INVALID_PRICE', 'price'],
    ['INVALID_MIN_ORDER', 'stock'],
    ['INVALID_WEIGHT', 'weight'],
    ['SHELF_LIFE_REQUIRED', 'category'],
    ['DESCRIPTION_TOO_LONG', 'description'],
    ['PROHIBITED_PRODUCT', undefined],
    ['NETWORK_ERROR', undefined],
  ])('%s belongs to %s', (code, step) => {
    expect(stepOfCode(code)).toBe(step);
  });
});

const product: ProductDetail = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Telur Bebek Asin',
  price: 3500,
  stock: 100,
  weightGrams: 70,
  category: 'telur-bebek',
  perishable: true,
  shelfLifeDays: 14,
  status: 'active',
  shop: { id: 's1', name: 'Toko Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' },
  photo: null,
  createdAt: '2026-11-28T03:00:00.000Z',
  promoted: false,
  description: 'Telur bebek asin.',
  condition: 'new',
  minOrder: 1,
  lengthCm: null,
  widthCm: null,
  heightCm: null,
  photos: [{ id: 'h1', width: 1280, height: 960, urls: { thumb: 't', card: 'c', full: 'f' } }],
  updatedAt: '2026-11-28T03:00:00.000Z',
};

describe('toProductRequest', () => {
  it('sends whole numbers, a tidy title, and a shelf life only for perishable food', () => {
    const request = toProductRequest(
      draft({ title: ' Gula  Aren Asli ', price: 'Rp 25.000', stock: '40', weight: '1.000', category: 'gula-aren', perishable: false, shelfLifeDays: '30' }),
      ['h1'],
    );
    expect(request).toEqual({
      title: 'Gula Aren Asli',
      description: '',
      price: 25000,
      stock: 40,
      weightGrams: 1000,
      category: 'gula-aren',
      shelfLifeDays: null,
      photoIds: ['h1'],
    });
  });
});

describe('changesFrom', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesFrom(product, toProductRequest(draftFromProduct(product), ['h1']))).toEqual({});
  });

  it('sends only the fields that changed, so an edit never overwrites a stock changed meanwhile', () => {
    const edited = { ...draftFromProduct(product), price: '4000', shelfLifeDays: '10' };
    expect(changesFrom(product, toProductRequest(edited, ['h1', 'h2']))).toEqual({ price: 4000, shelfLifeDays: 10, photoIds: ['h1', 'h2'] });
  });
});

describe('keptUnderTyped (a kept draft read back after she began typing)', () => {
  const kept = draft({ title: 'Keripik Pisang', price: '15000', stock: '20', category: 'olahan-singkong', perishable: false, description: 'Renyah' });
  it.each([
    ['nothing typed: the kept draft whole', draft({}), kept],
    ['a field typed: hers, the rest kept', draft({ price: '17000' }), { ...kept, price: '17000' }],
    ['a field the kept draft lacks', draft({ weight: '250' }), { ...kept, weight: '250' }],
    ['an answer typed (false is not the empty null)', draft({ perishable: true }), { ...kept, perishable: true }],
    ['every field typed: all hers', draft({ title: 'Kopi', price: '1', stock: '2', weight: '3', category: 'makanan-lain', perishable: true, shelfLifeDays: '4', description: 'x' }), draft({ title: 'Kopi', price: '1', stock: '2', weight: '3', category: 'makanan-lain', perishable: true, shelfLifeDays: '4', description: 'x' })],
  ])('%s', (_, typed, expected) => {
    expect(keptUnderTyped(kept, typed)).toEqual(expected);
  });
});
