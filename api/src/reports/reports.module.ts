import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module.js';
import { LearningCheckModule } from '../learning-check/learning-check.module.js';
import { MissionsModule } from '../missions/missions.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** The class's activity report (the attendance sheet itself lives with the classes). */
@Module({
  imports: [ClassesModule, MissionsModule, LearningCheckModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
