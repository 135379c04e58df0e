import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ClassScoped, Requires } from '../auth/access.decorators.js';
import { ClassReportView } from './dto/report.dto.js';
import { ReportsService } from './reports.service.js';

/** The activity report the programme files: JSON for the print page (A4), and CSV for Excel. */
@ApiTags('reports')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report')
  @ApiOkResponse({ type: ClassReportView })
  report(@Param('classId') classId: string): Promise<ClassReportView> {
    return this.reports.report(classId);
  }

  @Get('report.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Laporan kegiatan as CSV (UTF-8 with BOM, Indonesian headers)', schema: { type: 'string' } })
  async csv(@Param('classId') classId: string, @Res() res: FastifyReply): Promise<void> {
    const { filename, body } = await this.reports.csv(classId);
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="${filename}"`);
    res.header('Cache-Control', 'no-store');
    res.send(body);
  }
}
