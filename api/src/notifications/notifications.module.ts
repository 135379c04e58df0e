import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** Stored notifications, made from recorded events in their own transaction, and the ship-by reminder. */
@Module({
  imports: [ClockModule, CatalogModule, OrdersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
