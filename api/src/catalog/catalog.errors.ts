import { domainErrorsOf } from '../common/errors/domain-error.js';

/** Why a product is refused as posted (400); product-rules.ts decides which one applies. */
export const PRODUCT_RULE_CODES = [
  'TITLE_TOO_SHORT',
  'TITLE_TOO_LONG',
  'DESCRIPTION_TOO_LONG',
  'PROHIBITED_PRODUCT',
  'INVALID_PRICE',
  'INVALID_STOCK',
  'INVALID_WEIGHT',
  'INVALID_DIMENSIONS',
  'INVALID_MIN_ORDER',
  'SHELF_LIFE_REQUIRED',
  'INVALID_SHELF_LIFE',
  'PHOTO_REQUIRED',
  'TOO_MANY_PHOTOS',
  'PHOTO_NOT_FOUND',
] as const;
export type ProductRuleCode = (typeof PRODUCT_RULE_CODES)[number];

/** Advice that does not block posting; returned as `hints` and translated by the client. */
export const PRODUCT_HINT_CODES = ['TITLE_HARD_TO_FIND'] as const;
export type ProductHintCode = (typeof PRODUCT_HINT_CODES)[number];

/** Codes the catalog capability owns; the client translates each one. */
export const CATALOG_ERROR_CODES = [...PRODUCT_RULE_CODES, 'PRODUCT_NOT_FOUND', 'SHOP_NOT_FOUND'] as const;

const error = domainErrorsOf(CATALOG_ERROR_CODES);

export const catalogErrors = {
  rule: (code: ProductRuleCode, message: string) => error(400, code, message),
  productNotFound: () => error(404, 'PRODUCT_NOT_FOUND', 'No such product'),
  shopNotFound: () => error(404, 'SHOP_NOT_FOUND', 'No such shop in this class'),
  noShop: () => error(404, 'SHOP_NOT_FOUND', 'You have no shop'),
};
