import { api, callApi } from '../../../shared/api/http';
import type { ProductCategory, StorefrontSort } from './product-types';

export interface StorefrontQuery {
  q?: string;
  category?: ProductCategory;
  sort: StorefrontSort;
  page: number;
  pageSize: number;
}

/** The query parameters actually sent: empty search words and "all categories" are left out. */
function toParams(query: StorefrontQuery) {
  const q = query.q?.trim();
  return {
    ...(q ? { q } : {}),
    ...(query.category ? { category: query.category } : {}),
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** GET /api/classes/{classId}/products: one page of the class storefront (active products only). */
export function getStorefront(classId: string, query: StorefrontQuery, signal?: AbortSignal) {
  return callApi(api.GET('/api/classes/{classId}/products', { params: { path: { classId }, query: toParams(query) }, signal }));
}

/** GET /api/classes/{classId}/shops/{shopId}/products: one page of a shop's products. */
export function getShopProducts(classId: string, shopId: string, query: StorefrontQuery, signal?: AbortSignal) {
  return callApi(
    api.GET('/api/classes/{classId}/shops/{shopId}/products', { params: { path: { classId, shopId }, query: toParams(query) }, signal }),
  );
}
