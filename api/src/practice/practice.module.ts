import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ChatModule } from '../chat/chat.module.js';
import { ClassesModule } from '../classes/classes.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { MediaModule } from '../media/media.module.js';
import { MissionsModule } from '../missions/missions.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { ScenariosModule } from '../scenarios/scenarios.module.js';
import { ClassPracticeController, PracticeController } from './practice.controller.js';
import { PracticeService } from './practice.service.js';

/**
 * "Latihan Mandiri" (practice at home): the persona buyers of the scenarios come by themselves on the class clock
 * after the session, through the same use cases as demo orders; the facilitator follows the trainees up.
 */
@Module({
  imports: [AuthModule, ChatModule, ClassesModule, ClockModule, MediaModule, MissionsModule, OrdersModule, ScenariosModule],
  controllers: [ClassPracticeController, PracticeController],
  providers: [PracticeService],
  exports: [PracticeService],
})
export class PracticeModule {}
