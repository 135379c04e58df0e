import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ShipmentsRepository } from './shipments.repository.js';
import { ShipmentsService } from './shipments.service.js';
import { ShippingController } from './shipping.controller.js';
import { ShippingService } from './shipping.service.js';
import { TrackingController } from './tracking.controller.js';

/**
 * Courier services (a data file) and their rates between regencies; shipping an order's parcel (resi, drop point,
 * hand-over, the tracking steps on the class clock, Cek Resi). The order's own moves stay in orders
 * (fulfilment.service.ts), which registers ShipmentsService's hooks; the repository is private to this module.
 */
@Module({
  imports: [RegionsModule, ClockModule],
  controllers: [ShippingController, TrackingController],
  providers: [ShippingService, ShipmentsRepository, ShipmentsService],
  exports: [ShippingService, ShipmentsService],
})
export class ShippingModule {}
