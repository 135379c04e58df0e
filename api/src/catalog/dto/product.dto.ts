import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MediaUrls } from '../../media/dto/media.dto.js';
import { PRODUCT_HINT_CODES, type ProductHintCode } from '../catalog.errors.js';
import {
  PRODUCT_CATEGORIES,
  PRODUCT_CONDITIONS,
  PRODUCT_STATUSES,
  type ProductCategory,
  type ProductCondition,
  type ProductStatus,
} from '../product-limits.js';
import { STOREFRONT_SORTS, type StorefrontSort } from '../storefront-search.js';

// Requests check types only: product-rules.ts decides what is allowed and answers with its own codes,
// so a missing weight or photo list is INVALID_WEIGHT / PHOTO_REQUIRED rather than a generic failure.

export class CreateProductRequest {
  @ApiProperty({ example: 'Gula Aren Asli Pringsewu 1 kg', description: '5 to 70 characters' })
  @IsOptional()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ example: 'Gula aren cetak dari nira aren, dimasak tanpa campuran. Tahan 6 bulan.' })
  @IsOptional()
  @IsString()
  description?: string;

  @ApiProperty({ example: 25000, description: 'Whole rupiah, 100 to 100,000,000' })
  @IsOptional()
  @IsInt()
  price?: number;

  @ApiProperty({ example: 40, description: '0 to 100,000' })
  @IsOptional()
  @IsInt()
  stock?: number;

  @ApiProperty({ example: 1000, description: 'Grams, 1 to 50,000 (couriers charge by it)' })
  @IsOptional()
  @IsInt()
  weightGrams?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 20, description: 'cm; give all three sides or none' })
  @IsOptional()
  @IsInt()
  lengthCm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 15 })
  @IsOptional()
  @IsInt()
  widthCm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 8 })
  @IsOptional()
  @IsInt()
  heightCm?: number | null;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, enumName: 'ProductCategory' })
  @IsIn(PRODUCT_CATEGORIES)
  category!: ProductCategory;

  @ApiPropertyOptional({ enum: PRODUCT_CONDITIONS, enumName: 'ProductCondition', description: 'new when left out' })
  @IsOptional()
  @IsIn(PRODUCT_CONDITIONS)
  condition?: ProductCondition;

  @ApiPropertyOptional({ description: '1 to 1000, and not above the stock; 1 when left out' })
  @IsOptional()
  @IsInt()
  minOrder?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 14, description: 'Days; required for duck eggs, fish and cassava snacks' })
  @IsOptional()
  @IsInt()
  shelfLifeDays?: number | null;

  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, enumName: 'ProductStatus', description: 'active when left out' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiProperty({ type: String, isArray: true, description: 'Ids from POST /api/media, cover first; 1 to 5' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  photoIds?: string[];
}

/** Any subset of a product; `null` clears the dimensions or the shelf life. */
export class UpdateProductRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  price?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  stock?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  weightGrams?: number;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  lengthCm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  widthCm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  heightCm?: number | null;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, enumName: 'ProductCategory' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ enum: PRODUCT_CONDITIONS, enumName: 'ProductCondition' })
  @IsOptional()
  @IsIn(PRODUCT_CONDITIONS)
  condition?: ProductCondition;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  minOrder?: number;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  shelfLifeDays?: number | null;

  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, enumName: 'ProductStatus', description: 'inactive hides it from the storefront' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiPropertyOptional({ type: String, isArray: true, description: 'The whole new gallery, cover first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  photoIds?: string[];
}

export class ChangeStockRequest {
  @ApiPropertyOptional({ example: 50, description: 'The new stock (0 to 100,000); give this or add' })
  @IsOptional()
  @IsInt()
  set?: number;

  @ApiPropertyOptional({ example: 10, description: 'Units to add to the current stock; give this or set' })
  @IsOptional()
  @IsInt()
  add?: number;
}

export const MAX_PAGE_SIZE = 50;

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export class StorefrontQuery {
  @ApiPropertyOptional({ example: 'gula aren', description: 'Words to find in the title or description; each may be the start of a word' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, enumName: 'ProductCategory' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ enum: STOREFRONT_SORTS, enumName: 'StorefrontSort', default: 'newest' })
  @IsOptional()
  @IsIn(STOREFRONT_SORTS)
  sort?: StorefrontSort;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class ProductShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Gula Aren Bu Sriyati' })
  name!: string;

  @ApiProperty({ example: '18.10' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kab. Pringsewu', description: 'Where it ships from' })
  regencyLabel!: string;
}

/** A product as the storefront lists it (and as product.created / product.updated carry it). */
export class StorefrontItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 25000, description: 'Whole rupiah' })
  price!: number;

  @ApiProperty()
  stock!: number;

  @ApiProperty()
  weightGrams!: number;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, enumName: 'ProductCategory' })
  category!: ProductCategory;

  @ApiProperty({ description: 'Food that spoils: ships to nearby buyers only' })
  perishable!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  shelfLifeDays!: number | null;

  @ApiProperty({ enum: PRODUCT_STATUSES, enumName: 'ProductStatus', description: 'Storefront lists show active ones only; events may say inactive' })
  status!: ProductStatus;

  @ApiProperty({ type: ProductShopView })
  shop!: ProductShopView;

  @ApiProperty({ type: MediaUrls, nullable: true, description: 'The cover photo' })
  photo!: MediaUrls | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'A paid promotion ("Iklan") is running on the class clock: listed first, labelled' })
  promoted!: boolean;
}

export class StorefrontPage {
  @ApiProperty({ type: StorefrontItem, isArray: true })
  items!: StorefrontItem[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ description: 'Products matching, over all pages' })
  total!: number;
}

export class ProductPhotoView {
  @ApiProperty({ description: 'Media id' })
  id!: string;

  @ApiProperty()
  width!: number;

  @ApiProperty()
  height!: number;

  @ApiProperty({ type: MediaUrls })
  urls!: MediaUrls;
}

export class ProductDetail extends StorefrontItem {
  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: PRODUCT_CONDITIONS, enumName: 'ProductCondition' })
  condition!: ProductCondition;

  @ApiProperty()
  minOrder!: number;

  @ApiProperty({ type: Number, nullable: true })
  lengthCm!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  widthCm!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  heightCm!: number | null;

  @ApiProperty({ type: ProductPhotoView, isArray: true, description: 'Gallery order, cover first' })
  photos!: ProductPhotoView[];

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ProductSaved extends ProductDetail {
  @ApiProperty({ enum: PRODUCT_HINT_CODES, enumName: 'ProductHint', isArray: true, description: 'Advice that did not stop posting' })
  hints!: ProductHintCode[];
}
