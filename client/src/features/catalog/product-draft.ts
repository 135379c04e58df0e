// The guided form's draft and its per-step checks. The limits are the API's own (api/src/catalog/product-limits.ts,
// imported, not copied) so a trainee hears about a mistake on the step that made it; the server still decides, and
// its refusal codes are the same ones translated here (a refusal sends her back to the step that owns it).
import { PRODUCT_LIMITS } from '../../../../api/src/catalog/product-limits';
import type { CreateProductRequest, ProductCategory, ProductDetail, UpdateProductRequest } from './api/product-types';
import { FOOD_CATEGORIES, SHELF_LIFE_REQUIRED_FOR } from './categories';

export { PRODUCT_LIMITS };

export const FORM_STEPS = ['photo', 'title', 'price', 'stock', 'weight', 'category', 'description'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** What the trainee typed, kept as text until it is sent (a half-typed price is not a number yet). */
export interface ProductDraft {
  title: string;
  price: string;
  stock: string;
  weight: string;
  category: ProductCategory | '';
  /** "Mudah basi?": null until answered. */
  perishable: boolean | null;
  shelfLifeDays: string;
  description: string;
}

export const EMPTY_DRAFT: ProductDraft = {
  title: '',
  price: '',
  stock: '',
  weight: '',
  category: '',
  perishable: null,
  shelfLifeDays: '',
  description: '',
};

/** A problem on a step: the API's own codes, plus the client's CATEGORY_REQUIRED / PERISHABLE_REQUIRED (nothing chosen yet). */
export type DraftProblem =
  | 'PHOTO_REQUIRED'
  | 'TOO_MANY_PHOTOS'
  | 'PHOTO_UPLOADING'
  | 'TITLE_TOO_SHORT'
  | 'TITLE_TOO_LONG'
  | 'INVALID_PRICE'
  | 'INVALID_STOCK'
  | 'INVALID_WEIGHT'
  | 'CATEGORY_REQUIRED'
  | 'PERISHABLE_REQUIRED'
  | 'SHELF_LIFE_REQUIRED'
  | 'INVALID_SHELF_LIFE'
  | 'DESCRIPTION_TOO_LONG';

/** "25.000", "Rp 25.000" and "25000" are all 25000: digits only, as phones' number pads and habits mix them. */
export function parseWholeNumber(text: string): number | undefined {
  const digits = text.replace(/\D/g, '');
  if (digits === '' || digits.length > 12) return undefined;
  return Number(digits);
}

function tidyTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

function chars(text: string): number {
  return [...text].length;
}

/** The server's TITLE_HARD_TO_FIND hint: short, or a single word, is hard for buyers to search for. */
export function isTitleHardToFind(title: string): boolean {
  const tidy = tidyTitle(title);
  const words = tidy.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  return chars(tidy) >= PRODUCT_LIMITS.titleMinChars && (chars(tidy) < PRODUCT_LIMITS.findableTitleChars || words.length < PRODUCT_LIMITS.findableTitleWords);
}

export function isFood(category: ProductCategory | ''): boolean {
  return category !== '' && FOOD_CATEGORIES.includes(category);
}

export function needsShelfLife(category: ProductCategory | ''): boolean {
  return category !== '' && SHELF_LIFE_REQUIRED_FOR.includes(category);
}

/** Whether the product will carry a shelf life: always for eggs, fish and cassava snacks, when answered "yes" for other food. */
export function isPerishable(draft: ProductDraft): boolean {
  return needsShelfLife(draft.category) || (isFood(draft.category) && draft.perishable === true);
}

function inRange(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value >= min && value <= max;
}

export interface PhotoState {
  ready: number;
  busy: number;
}

/** The first problem of one step, or undefined when the step is done. */
export function checkStep(step: FormStep, draft: ProductDraft, photos: PhotoState): DraftProblem | undefined {
  const L = PRODUCT_LIMITS;
  switch (step) {
    case 'photo':
      if (photos.busy > 0) return 'PHOTO_UPLOADING';
      if (photos.ready === 0) return 'PHOTO_REQUIRED';
      return photos.ready > L.photosMax ? 'TOO_MANY_PHOTOS' : undefined;
    case 'title': {
      const length = chars(tidyTitle(draft.title));
      if (length < L.titleMinChars) return 'TITLE_TOO_SHORT';
      return length > L.titleMaxChars ? 'TITLE_TOO_LONG' : undefined;
    }
    case 'price':
      return inRange(parseWholeNumber(draft.price), L.priceMin, L.priceMax) ? undefined : 'INVALID_PRICE';
    case 'stock':
      return inRange(parseWholeNumber(draft.stock), 0, L.stockMax) ? undefined : 'INVALID_STOCK';
    case 'weight':
      return inRange(parseWholeNumber(draft.weight), L.weightMinGrams, L.weightMaxGrams) ? undefined : 'INVALID_WEIGHT';
    case 'category':
      if (draft.category === '') return 'CATEGORY_REQUIRED';
      if (isFood(draft.category) && !needsShelfLife(draft.category) && draft.perishable === null) return 'PERISHABLE_REQUIRED';
      if (!isPerishable(draft)) return undefined;
      if (draft.shelfLifeDays.trim() === '') return 'SHELF_LIFE_REQUIRED';
      return inRange(parseWholeNumber(draft.shelfLifeDays), L.shelfLifeMinDays, L.shelfLifeMaxDays) ? undefined : 'INVALID_SHELF_LIFE';
    case 'description':
      return chars(draft.description.trim()) > L.descriptionMaxChars ? 'DESCRIPTION_TOO_LONG' : undefined;
  }
}

/** The step a server refusal belongs to; PROHIBITED_PRODUCT can be in the name or the description, so it has none. */
export function stepOfCode(code: string): FormStep | undefined {
  switch (code) {
    case 'PHOTO_REQUIRED':
    case 'TOO_MANY_PHOTOS':
    case 'PHOTO_NOT_FOUND':
      return 'photo';
    case 'TITLE_TOO_SHORT':
    case 'TITLE_TOO_LONG':
      return 'title';
    case 'INVALID_PRICE':
      return 'price';
    case 'INVALID_STOCK':
    case 'INVALID_MIN_ORDER':
      return 'stock';
    case 'INVALID_WEIGHT':
    case 'INVALID_DIMENSIONS':
      return 'weight';
    case 'SHELF_LIFE_REQUIRED':
    case 'INVALID_SHELF_LIFE':
      return 'category';
    case 'DESCRIPTION_TOO_LONG':
      return 'description';
    default:
      return undefined;
  }
}

/** The product as the API takes it (call only once every step passes). */
export function toProductRequest(draft: ProductDraft, photoIds: string[]): CreateProductRequest {
  return {
    title: tidyTitle(draft.title),
    description: draft.description.trim(),
    price: parseWholeNumber(draft.price) ?? 0,
    stock: parseWholeNumber(draft.stock) ?? 0,
    weightGrams: parseWholeNumber(draft.weight) ?? 0,
    category: draft.category as ProductCategory,
    shelfLifeDays: isPerishable(draft) ? (parseWholeNumber(draft.shelfLifeDays) ?? null) : null,
    photoIds,
  };
}

/**
 * A draft kept on the phone, read back after she began typing on the empty form (a moment after it shows, on a slow
 * phone): what she typed wins, field by field, and the kept draft fills the rest.
 */
export function keptUnderTyped(kept: ProductDraft, typed: ProductDraft): ProductDraft {
  const hers = Object.entries(typed).filter(([key, value]) => value !== EMPTY_DRAFT[key as keyof ProductDraft]);
  return { ...kept, ...Object.fromEntries(hers) };
}

/** The draft of a product being edited. */
export function draftFromProduct(product: ProductDetail): ProductDraft {
  return {
    title: product.title,
    price: String(product.price),
    stock: String(product.stock),
    weight: String(product.weightGrams),
    category: product.category,
    perishable: isFood(product.category) ? product.shelfLifeDays !== null : null,
    shelfLifeDays: product.shelfLifeDays === null ? '' : String(product.shelfLifeDays),
    description: product.description,
  };
}

/** Only what changed, so an edit never overwrites the stock a sale changed meanwhile. */
export function changesFrom(product: ProductDetail, request: CreateProductRequest): UpdateProductRequest {
  const changes: UpdateProductRequest = {};
  if (request.title !== product.title) changes.title = request.title;
  if ((request.description ?? '') !== product.description) changes.description = request.description;
  if (request.price !== product.price) changes.price = request.price;
  if (request.stock !== product.stock) changes.stock = request.stock;
  if (request.weightGrams !== product.weightGrams) changes.weightGrams = request.weightGrams;
  if (request.category !== product.category) changes.category = request.category;
  if ((request.shelfLifeDays ?? null) !== product.shelfLifeDays) changes.shelfLifeDays = request.shelfLifeDays ?? null;
  const photoIds = request.photoIds ?? [];
  if (photoIds.join() !== product.photos.map((photo) => photo.id).join()) changes.photoIds = photoIds;
  return changes;
}
