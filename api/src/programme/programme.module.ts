import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ProgrammeController } from './programme.controller.js';
import { ProgrammeService } from './programme.service.js';

/** The programme view: every class summed up from its class report, with its attendance sheet (issue 17). */
@Module({
  imports: [ClassesModule, ReportsModule],
  controllers: [ProgrammeController],
  providers: [ProgrammeService],
})
export class ProgrammeModule {}
