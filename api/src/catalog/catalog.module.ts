import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockModule } from '../clock/clock.module.js';
import { MediaModule } from '../media/media.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { Product } from './product.entity.js';
import { ProductPromotions } from './product-promotions.js';
import { ProductPhoto } from './product-photo.entity.js';
import { ProductViews } from './product-views.js';
import { ProductsController } from './products.controller.js';
import { ProductsRepository } from './products.repository.js';
import { ProductsService } from './products.service.js';
import { Shop } from './shop.entity.js';
import { ShopsController } from './shops.controller.js';
import { ShopsService } from './shops.service.js';
import { StorefrontController } from './storefront.controller.js';
import { StorefrontService } from './storefront.service.js';

/** Shops, their products and the class storefront. */
@Module({
  imports: [TypeOrmModule.forFeature([Shop, Product, ProductPhoto]), RegionsModule, MediaModule, ClockModule],
  controllers: [ShopsController, ProductsController, StorefrontController],
  providers: [ShopsService, ProductsService, ProductsRepository, ProductViews, ProductPromotions, StorefrontService],
  exports: [ShopsService, ProductsService, ProductPromotions],
})
export class CatalogModule {}
