import { Injectable } from '@nestjs/common';
import { MediaService } from '../media/media.service.js';
import { RegionsService } from '../regions/regions.service.js';
import type { ProductDetail, ProductShopView, StorefrontItem } from './dto/product.dto.js';
import type { PhotoRow, ProductRow } from './products.repository.js';

/** Rows → what the API answers: one mapping for lists, pages, the seller's screen and events. */
@Injectable()
export class ProductViews {
  constructor(
    private readonly media: MediaService,
    private readonly regions: RegionsService,
  ) {}

  item(row: ProductRow): StorefrontItem {
    return {
      id: row.id,
      title: row.title,
      price: row.price,
      stock: row.stock,
      weightGrams: row.weight_grams,
      category: row.category,
      perishable: row.shelf_life_days !== null,
      shelfLifeDays: row.shelf_life_days,
      status: row.status,
      shop: this.shop(row),
      photo: row.cover_hash ? this.media.urlsFor(row.cover_hash) : null,
      createdAt: row.created_at.toISOString(),
      promoted: row.promoted === true,
    };
  }

  detail(row: ProductRow, photos: PhotoRow[]): ProductDetail {
    return {
      ...this.item(row),
      description: row.description,
      condition: row.condition,
      minOrder: row.min_order,
      lengthCm: row.length_cm,
      widthCm: row.width_cm,
      heightCm: row.height_cm,
      photos: photos.map((photo) => ({ id: photo.media_hash, width: photo.width, height: photo.height, urls: this.media.urlsFor(photo.media_hash) })),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  private shop(row: ProductRow): ProductShopView {
    return {
      id: row.shop_id,
      name: row.shop_name,
      regencyCode: row.shop_regency_code,
      regencyLabel: this.regions.getRegency(row.shop_regency_code)?.label ?? row.shop_regency_code,
    };
  }
}
