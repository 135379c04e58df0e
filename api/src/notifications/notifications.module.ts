import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** Stored notifications, made from recorded events in their own transaction, and the ship-by reminder. */
@Module({
  imports: [ClockModule],
  controllers: [NotificationsController],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
