import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module.js';
import { MissionsModule } from '../missions/missions.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** The class's activity report (the attendance sheet itself lives with the classes). */
@Module({
  imports: [ClassesModule, MissionsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
