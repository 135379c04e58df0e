import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { MediaModule } from '../media/media.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ClassLifecycleController } from './class-lifecycle.controller.js';
import { ClassLifecycleService } from './class-lifecycle.service.js';
import { ClassesController } from './classes.controller.js';
import { ClassesService } from './classes.service.js';
import { JoinController } from './join.controller.js';
import { JoiningService } from './joining.service.js';
import { Participant } from './participant.entity.js';
import { TrainingClass } from './training-class.entity.js';

/** Classes, their participants and joining by code. */
@Module({
  imports: [TypeOrmModule.forFeature([TrainingClass, Participant]), AuthModule, RegionsModule, CatalogModule, ClockModule, OrdersModule, MediaModule],
  controllers: [ClassesController, JoinController, ClassLifecycleController],
  providers: [ClassesService, JoiningService, ClassLifecycleService],
  exports: [ClassesService],
})
export class ClassesModule {}
