// The class storefront's categories and which foods must give a shelf life: the API's own lists
// (api/src/catalog/product-limits.ts, a file that imports nothing), so the two never drift apart.
import { PRODUCT_CATEGORIES, SHELF_LIFE_REQUIRED_FOR as API_SHELF_LIFE_REQUIRED_FOR } from '../../../../api/src/catalog/product-limits';
import type { ProductCategory } from './api/product-types';

export const CATEGORIES: readonly ProductCategory[] = PRODUCT_CATEGORIES;

/** Food: the form asks whether it spoils ("mudah basi?"). */
export const FOOD_CATEGORIES: readonly ProductCategory[] = ['gula-aren', 'telur-bebek', 'ikan-air-tawar', 'olahan-singkong', 'makanan-lain'];

/** Food that always spoils within days: its shelf life is required (SHELF_LIFE_REQUIRED otherwise). */
export const SHELF_LIFE_REQUIRED_FOR: readonly ProductCategory[] = API_SHELF_LIFE_REQUIRED_FOR;

export function isCategory(value: unknown): value is ProductCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
