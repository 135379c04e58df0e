import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../common/events/events.module.js';
import { ClockController } from './clock.controller.js';
import { ClockService } from './clock.service.js';
import { ScheduledTask } from './scheduled-task.entity.js';
import { SchedulerService } from './scheduler.service.js';
import { SimClock } from './sim-clock.entity.js';

/** Per-class simulation clocks and the durable scheduler of work that comes due in simulated time. */
@Module({
  imports: [TypeOrmModule.forFeature([SimClock, ScheduledTask]), EventsModule],
  controllers: [ClockController],
  providers: [ClockService, SchedulerService],
  exports: [ClockService, SchedulerService],
})
export class ClockModule {}
