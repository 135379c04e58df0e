// The class storefront's categories: the trainees' own products first (api/src/catalog/product-rules.ts).
import type { ProductCategory } from './api/product-types';

export const CATEGORIES = [
  'gula-aren',
  'kerajinan-bambu',
  'telur-bebek',
  'ikan-air-tawar',
  'olahan-singkong',
  'makanan-lain',
  'kerajinan-lain',
  'lainnya',
] as const satisfies readonly ProductCategory[];

/** Food: the form asks whether it spoils ("mudah basi?"). */
export const FOOD_CATEGORIES: readonly ProductCategory[] = ['gula-aren', 'telur-bebek', 'ikan-air-tawar', 'olahan-singkong', 'makanan-lain'];

/** Food that always spoils within days: its shelf life is required (SHELF_LIFE_REQUIRED otherwise). */
export const SHELF_LIFE_REQUIRED_FOR: readonly ProductCategory[] = ['telur-bebek', 'ikan-air-tawar', 'olahan-singkong'];

export function isCategory(value: unknown): value is ProductCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
