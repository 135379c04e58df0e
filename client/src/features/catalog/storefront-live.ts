// What a live `product.created` / `product.updated` does to the storefront on screen. A new product that
// surely belongs at the top (newest first, matching the filters) is shown at once; one whose place is not
// known here (sorted by price, or a search that may match its description) is counted in a "N produk baru"
// pill that reloads the list. Pure, so each case is a table row in the spec.
import type { ProductCategory, StorefrontItem, StorefrontPage, StorefrontSort } from './api/product-types';

export interface StorefrontFilters {
  q: string;
  category: ProductCategory | undefined;
  sort: StorefrontSort;
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The server's search in small: every typed word starts a word of the title ("gula ar" finds "Gula Aren"). */
export function titleMatches(title: string, q: string): boolean {
  const wanted = words(q);
  if (wanted.length === 0) return true;
  const have = words(title);
  return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
}

export type LiveChange = 'inserted' | 'replaced' | 'removed' | 'pending' | 'ignored';

export interface LiveResult {
  page: StorefrontPage;
  change: LiveChange;
}

/** Applies one product event to the pages shown; `shopId` when the list is one shop's. */
export function applyLiveProduct(
  page: StorefrontPage,
  item: StorefrontItem,
  eventType: 'product.created' | 'product.updated',
  filters: StorefrontFilters,
  shopId?: string,
): LiveResult {
  if (shopId && item.shop.id !== shopId) return { page, change: 'ignored' };
  const index = page.items.findIndex((shown) => shown.id === item.id);
  const belongs = item.status === 'active' && (!filters.category || item.category === filters.category);

  if (index >= 0) {
    if (!belongs) {
      return { page: { ...page, items: page.items.filter((_, i) => i !== index), total: Math.max(0, page.total - 1) }, change: 'removed' };
    }
    const items = page.items.slice();
    // A product event knows nothing of paid promotions: the card keeps its "Iklan" label.
    items[index] = { ...item, promoted: page.items[index]!.promoted };
    return { page: { ...page, items }, change: 'replaced' };
  }

  if (!belongs) return { page, change: 'ignored' };
  const surelyOnTop = eventType === 'product.created' && filters.sort === 'newest' && titleMatches(item.title, filters.q);
  if (surelyOnTop) return { page: { ...page, items: [item, ...page.items], total: page.total + 1 }, change: 'inserted' };
  return { page, change: 'pending' };
}

/** Appends the next page, skipping products already shown (a product inserted live shifts the pages by one). */
export function appendPage(shown: StorefrontPage, next: StorefrontPage): StorefrontPage {
  const ids = new Set(shown.items.map((item) => item.id));
  return { ...next, items: [...shown.items, ...next.items.filter((item) => !ids.has(item.id))] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The payload of product.created / product.updated is a storefront item. */
export function isStorefrontItem(value: unknown): value is StorefrontItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.price === 'number' &&
    typeof value.stock === 'number' &&
    typeof value.category === 'string' &&
    (value.status === 'active' || value.status === 'inactive') &&
    isRecord(value.shop) &&
    typeof value.shop.id === 'string'
  );
}
