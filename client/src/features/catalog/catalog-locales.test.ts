import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json';
import id from '../../shared/i18n/id.json';
import { CATEGORIES } from './categories';
import { SORTS } from './components/storefront-filters';
import { FORM_STEPS } from './product-draft';

// Keys the catalog builds from data (a category, a sort, a step): the parity test cannot see those, so each is listed here.
describe.each([
  ['id', id],
  ['en', en],
])('catalog strings in %s.json', (_name, locale) => {
  it.each(CATEGORIES)('names the category %s', (category) => {
    expect(locale.catalog.categories[category]).toBeTruthy();
  });

  it.each(SORTS)('names the sort %s', (sort) => {
    expect(locale.catalog.storefront.sorts[sort]).toBeTruthy();
  });

  it.each(FORM_STEPS)('asks the question of step %s', (step) => {
    expect(locale.catalog.form[step].title).toBeTruthy();
  });

  it('keeps the examples the trainees were shown', () => {
    expect(locale.catalog.form.title.example).toContain('Gula Aren Asli 1 kg');
    expect(locale.catalog.form.weight.examples.kg1).toMatch(/^1 kg = 1000 gram/);
  });
});

it('reads Bahasa Indonesia first: the storefront and the badge say what the trainees say', () => {
  expect(id.catalog.storefront.sorts).toEqual({ newest: 'Terbaru', price_asc: 'Harga termurah', price_desc: 'Harga termahal' });
  expect(id.catalog.product.perishableBadge).toBe('Mudah basi: hanya dikirim ke area terdekat');
  expect(id.catalog.form.post).toBe('Posting Produk');
  expect(id.catalog.storefront.loadMore).toBe('Muat lagi');
});
