import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { ShippingController } from './shipping.controller.js';
import { ShippingService } from './shipping.service.js';

/** Courier services (a data file) and their rates between regencies. Labels and tracking arrive with shipping. */
@Module({
  imports: [RegionsModule],
  controllers: [ShippingController],
  providers: [ShippingService],
  exports: [ShippingService],
})
export class ShippingModule {}
