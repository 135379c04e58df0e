import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ProgrammeQuery, ProgrammeView } from './dto/programme.dto.js';
import { ProgrammeService } from './programme.service.js';

/** The programme view for the admin (the programme's coordinator): every class, filtered; JSON and CSV. */
@ApiTags('programme')
@ApiBearerAuth()
@Requires('admin')
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  @Get('classes')
  @ApiOkResponse({ type: ProgrammeView })
  classes(@CurrentPrincipal() principal: Principal, @Query() query: ProgrammeQuery): Promise<ProgrammeView> {
    return this.programme.view(principal, query);
  }

  @Get('classes.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Ringkasan program as CSV (UTF-8 with BOM): one line per class, the total, then the attendance sheets', schema: { type: 'string' } })
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: ProgrammeQuery, @Res() res: FastifyReply): Promise<void> {
    const { filename, body } = await this.programme.csv(principal, query);
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="${filename}"`);
    res.header('Cache-Control', 'no-store');
    res.send(body);
  }
}
