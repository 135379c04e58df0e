import { describe, expect, it } from 'vitest';
import type { StorefrontItem, StorefrontPage } from './api/product-types';
import { appendPage, applyLiveProduct, isStorefrontItem, titleMatches, type StorefrontFilters } from './storefront-live';

const shopA = { id: 'shop-a', name: 'Gula Aren Bu Sriyati', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' };
const shopB = { id: 'shop-b', name: 'Bambu Bu Siti', regencyCode: '18.10', regencyLabel: 'Kab. Pringsewu' };

function item(id: string, change: Partial<StorefrontItem> = {}): StorefrontItem {
  return {
    id,
    title: 'Gula Aren Asli 1 kg',
    price: 25000,
    stock: 10,
    weightGrams: 1000,
    category: 'gula-aren',
    perishable: false,
    shelfLifeDays: null,
    status: 'active',
    shop: shopA,
    photo: null,
    createdAt: '2026-11-28T03:00:00.000Z',
    promoted: false,
    ...change,
  };
}

const shown: StorefrontPage = { items: [item('p2'), item('p1')], page: 1, pageSize: 20, total: 2 };
const newest: StorefrontFilters = { q: '', category: undefined, sort: 'newest' };

describe('titleMatches', () => {
  it.each([
    ['Gula Aren Asli 1 kg', '', true],
    ['Gula Aren Asli 1 kg', 'gula', true],
    ['Gula Aren Asli 1 kg', 'gula ar', true],
    ['Gula Aren Asli 1 kg', 'GULA  aren!', true],
    ['Gula Aren Asli 1 kg', 'aren gula', true],
    ['Gula Aren Asli 1 kg', 'semut', false],
    ['Gula Aren Asli 1 kg', 'ula', false],
    ['Keranjang Bambu Anyam', 'bambu keranjang', true],
  ])('%j with %j → %s', (title, q, expected) => {
    expect(titleMatches(title, q)).toBe(expected);
  });
});

describe('applyLiveProduct', () => {
  it.each<[string, StorefrontItem, 'product.created' | 'product.updated', StorefrontFilters, string | undefined, string, string[]]>([
    ['a new product, newest first: on top', item('p3'), 'product.created', newest, undefined, 'inserted', ['p3', 'p2', 'p1']],
    ['a new product matching the search: on top', item('p3'), 'product.created', { ...newest, q: 'aren' }, undefined, 'inserted', ['p3', 'p2', 'p1']],
    ['a new product whose title does not show the search words: pill', item('p3'), 'product.created', { ...newest, q: 'nira' }, undefined, 'pending', ['p2', 'p1']],
    ['a new product while sorted by price: pill', item('p3'), 'product.created', { ...newest, sort: 'price_asc' }, undefined, 'pending', ['p2', 'p1']],
    ['a new product of another category: nothing', item('p3', { category: 'telur-bebek' }), 'product.created', { ...newest, category: 'gula-aren' }, undefined, 'ignored', ['p2', 'p1']],
    ['a new product posted inactive: nothing', item('p3', { status: 'inactive' }), 'product.created', newest, undefined, 'ignored', ['p2', 'p1']],
    ['a new product of another shop on a shop page: nothing', item('p3', { shop: shopB }), 'product.created', newest, 'shop-a', 'ignored', ['p2', 'p1']],
    ['a change to a product shown: in place', item('p1', { price: 30000 }), 'product.updated', newest, undefined, 'replaced', ['p2', 'p1']],
    ['a product shown is deactivated: removed', item('p1', { status: 'inactive' }), 'product.updated', newest, undefined, 'removed', ['p2']],
    ['a product shown moves to another category: removed', item('p1', { category: 'lainnya' }), 'product.updated', { ...newest, category: 'gula-aren' }, undefined, 'removed', ['p2']],
    ['a product not shown is activated again: pill', item('p0'), 'product.updated', newest, undefined, 'pending', ['p2', 'p1']],
  ])('%s', (_name, incoming, type, filters, shopId, change, ids) => {
    const result = applyLiveProduct(shown, incoming, type, filters, shopId);
    expect(result.change).toBe(change);
    expect(result.page.items.map((i) => i.id)).toEqual(ids);
    expect(result.page.total).toBe(shown.total + (change === 'inserted' ? 1 : change === 'removed' ? -1 : 0));
  });

  it('shows the new price of a product changed in place', () => {
    expect(applyLiveProduct(shown, item('p1', { price: 30000 }), 'product.updated', newest).page.items[1]!.price).toBe(30000);
  });

  it('keeps the "Iklan" label of a promoted product changed in place (product events know nothing of ads)', () => {
    const promoted: StorefrontPage = { ...shown, items: [item('p2', { promoted: true }), item('p1')] };
    const changed = applyLiveProduct(promoted, item('p2', { price: 30000, promoted: false }), 'product.updated', newest).page.items[0]!;
    expect(changed).toMatchObject({ price: 30000, promoted: true });
  });
});

describe('appendPage', () => {
  it('skips a product already on screen (pages shift when one is inserted live)', () => {
    const next: StorefrontPage = { items: [item('p1'), item('p0')], page: 2, pageSize: 2, total: 4 };
    const merged = appendPage(shown, next);
    expect(merged.items.map((i) => i.id)).toEqual(['p2', 'p1', 'p0']);
    expect(merged.page).toBe(2);
    expect(merged.total).toBe(4);
  });
});

describe('isStorefrontItem', () => {
  it('accepts an event payload and refuses anything else', () => {
    expect(isStorefrontItem(item('p1'))).toBe(true);
    expect(isStorefrontItem({ id: 'p1', title: 'x' })).toBe(false);
    expect(isStorefrontItem(null)).toBe(false);
  });
});
