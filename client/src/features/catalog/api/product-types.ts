// The catalog's API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

export type ProductCategory = components['schemas']['ProductCategory'];
export type ProductCondition = components['schemas']['ProductCondition'];
export type ProductStatus = components['schemas']['ProductStatus'];
export type ProductHint = components['schemas']['ProductHint'];
export type StorefrontSort = components['schemas']['StorefrontSort'];
export type StorefrontItem = components['schemas']['StorefrontItem'];
export type StorefrontPage = components['schemas']['StorefrontPage'];
export type ProductDetail = components['schemas']['ProductDetail'];
export type ProductSaved = components['schemas']['ProductSaved'];
export type ProductPhotoView = components['schemas']['ProductPhotoView'];
export type MediaView = components['schemas']['MediaView'];
export type MediaUrls = components['schemas']['MediaUrls'];
export type CreateProductRequest = components['schemas']['CreateProductRequest'];
export type UpdateProductRequest = components['schemas']['UpdateProductRequest'];
export type ShopView = components['schemas']['ShopView'];
