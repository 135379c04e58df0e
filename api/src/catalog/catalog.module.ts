import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module.js';
import { Shop } from './shop.entity.js';
import { ShopsController } from './shops.controller.js';
import { ShopsService } from './shops.service.js';

/** Shops now; products, photos and the storefront with the catalog issue. */
@Module({
  imports: [TypeOrmModule.forFeature([Shop]), RegionsModule],
  controllers: [ShopsController],
  providers: [ShopsService],
  exports: [ShopsService],
})
export class CatalogModule {}
