import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ClockService, type ClockView } from './clock.service.js';
import { ChangeClockRequest, ClockResponse } from './dto/clock.dto.js';

function toResponse(view: ClockView): ClockResponse {
  return { simNow: view.simNow.toISOString(), realNow: new Date().toISOString(), speed: view.speed, paused: view.paused, version: view.version };
}

@ApiTags('clock')
@ApiBearerAuth()
@Controller('classes/:classId/clock')
@ClassScoped()
export class ClockController {
  constructor(private readonly clock: ClockService) {}

  /** Everyone in the class sees its simulated date and time. */
  @Get()
  @ApiOkResponse({ type: ClockResponse })
  async get(@Param('classId') classId: string): Promise<ClockResponse> {
    return toResponse(await this.clock.get(classId));
  }

  /**
   * The facilitator sets the speed (1×, 60×, 600×), pauses, resumes or jumps forward. With `expectedVersion` (the
   * console always sends it) two facilitators tapping "+1 hari" at once move the clock one day, not two.
   */
  @Post()
  @HttpCode(200)
  @Requires('facilitator')
  @ApiOkResponse({ type: ClockResponse })
  async change(
    @Param('classId') classId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeClockRequest,
  ): Promise<ClockResponse> {
    const expected = body.expectedVersion;
    switch (body.action) {
      case 'speed':
        return toResponse(await this.clock.setSpeed(classId, body.speed!, principal.id, expected));
      case 'pause':
        return toResponse(await this.clock.pause(classId, principal.id, expected));
      case 'resume':
        return toResponse(await this.clock.resume(classId, principal.id, expected));
      case 'jump':
        return toResponse(await this.clock.jump(classId, body.minutes!, principal.id, expected));
    }
  }
}
