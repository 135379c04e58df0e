import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { ShippingController } from './shipping.controller.js';
import { ShipmentsRepository } from './shipments.repository.js';
import { ShippingService } from './shipping.service.js';

/** Courier services (a data file) and their rates between regencies. Shipments (resi, drop point) and tracking rows; the use cases that move orders live in orders (fulfilment.service.ts). */
@Module({
  imports: [RegionsModule],
  controllers: [ShippingController],
  providers: [ShippingService, ShipmentsRepository],
  exports: [ShippingService, ShipmentsRepository],
})
export class ShippingModule {}
