// What a product may be: its categories, conditions, statuses and the limits of each field. Shared as values with
// the client's posting form (client/src/features/catalog/), so it imports nothing and does nothing when loaded;
// the checks that use them are in product-rules.ts.

export const PRODUCT_CATEGORIES = [
  'gula-aren',
  'kerajinan-bambu',
  'telur-bebek',
  'ikan-air-tawar',
  'olahan-singkong',
  'makanan-lain',
  'kerajinan-lain',
  'lainnya',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_CONDITIONS = ['new', 'used'] as const;
export type ProductCondition = (typeof PRODUCT_CONDITIONS)[number];

export const PRODUCT_STATUSES = ['active', 'inactive'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Food that spoils within days: its shelf life decides which couriers may carry it (see DESIGN, Shipping). */
export const SHELF_LIFE_REQUIRED_FOR: readonly ProductCategory[] = ['telur-bebek', 'ikan-air-tawar', 'olahan-singkong'];

export const PRODUCT_LIMITS = {
  titleMinChars: 5,
  titleMaxChars: 70,
  /** Below this a title is too vague to be found by search (a hint, not a refusal). */
  findableTitleChars: 15,
  findableTitleWords: 2,
  descriptionMaxChars: 3000,
  priceMin: 100,
  priceMax: 100_000_000,
  stockMax: 100_000,
  weightMinGrams: 1,
  weightMaxGrams: 50_000,
  dimensionMinCm: 1,
  dimensionMaxCm: 200,
  minOrderMax: 1000,
  shelfLifeMinDays: 1,
  shelfLifeMaxDays: 365,
  photosMax: 5,
} as const;
