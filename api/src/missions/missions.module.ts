import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { ConsoleService } from './console.service.js';
import { MissionFactsRepository } from './mission-facts.repository.js';
import { ConsoleController, MyMissionsController } from './missions.controller.js';
import { MissionsService } from './missions.service.js';

/** Missions checked from the activity log, and the facilitator's live console that shows them. */
@Module({
  imports: [MediaModule],
  controllers: [MyMissionsController, ConsoleController],
  providers: [MissionFactsRepository, MissionsService, ConsoleService],
  exports: [MissionsService, MissionFactsRepository],
})
export class MissionsModule {}
