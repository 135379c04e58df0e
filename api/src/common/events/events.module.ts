import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Activity } from './activity.entity.js';
import { EventBus } from './event-bus.js';
import { UnitOfWork } from './unit-of-work.js';

/** The transaction boundary and the after-commit event bus, available to every capability. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Activity])],
  providers: [EventBus, UnitOfWork],
  exports: [EventBus, UnitOfWork],
})
export class EventsModule {}
