import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ClassLifecycleService } from './class-lifecycle.service.js';
import { ClassView } from './dto/class.dto.js';
import { CloneClassRequest, ResetClassRequest, ResetClassView } from './dto/lifecycle.dto.js';

/** Beyond open / closed / archived (PATCH /classes/:id): reset for a rerun, clone as a template. */
@ApiTags('classes')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId')
export class ClassLifecycleController {
  constructor(private readonly lifecycle: ClassLifecycleService) {}

  @Post('reset')
  @HttpCode(200)
  @ApiOkResponse({ type: ResetClassView })
  reset(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: ResetClassRequest): Promise<ResetClassView> {
    return this.lifecycle.reset(classId, principal, body);
  }

  @Post('clone')
  @ApiCreatedResponse({ type: ClassView })
  clone(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: CloneClassRequest): Promise<ClassView> {
    return this.lifecycle.clone(classId, principal, body);
  }
}
