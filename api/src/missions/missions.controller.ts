import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ConsoleService } from './console.service.js';
import { FeedPageView, FeedQuery, MissionGridView, MissionSettingsView, MyMissionsView, TraineeDrillView, UpdateMissionSettingsRequest } from './dto/missions.dto.js';
import { MissionsService } from './missions.service.js';

/** "Misi hari ini" for a trainee. */
@ApiTags('missions')
@ApiBearerAuth()
@Controller('missions')
export class MyMissionsController {
  constructor(private readonly missions: MissionsService) {}

  @Get('mine')
  @Requires('trainee')
  @ApiOkResponse({ type: MyMissionsView })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyMissionsView> {
    return this.missions.mine(principal);
  }
}

/** The facilitator's live console: mission settings, the grid, the activity feed, one trainee's drill-down. */
@ApiTags('console')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId')
export class ConsoleController {
  constructor(
    private readonly missions: MissionsService,
    private readonly console: ConsoleService,
  ) {}

  @Get('missions/settings')
  @ApiOkResponse({ type: MissionSettingsView })
  settings(@Param('classId') classId: string): Promise<MissionSettingsView> {
    return this.missions.settings(classId);
  }

  @Put('missions/settings')
  @ApiOkResponse({ type: MissionSettingsView })
  updateSettings(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateMissionSettingsRequest): Promise<MissionSettingsView> {
    return this.missions.updateSettings(classId, principal, body);
  }

  @Get('console/grid')
  @ApiOkResponse({ type: MissionGridView })
  grid(@Param('classId') classId: string): Promise<MissionGridView> {
    return this.missions.grid(classId);
  }

  @Get('console/activity')
  @ApiOkResponse({ type: FeedPageView })
  feed(@Param('classId') classId: string, @Query() query: FeedQuery): Promise<FeedPageView> {
    return this.console.feed(classId, query);
  }

  @Get('console/trainees/:participantId')
  @ApiOkResponse({ type: TraineeDrillView })
  trainee(@Param('classId') classId: string, @Param('participantId', new ParseUUIDPipe()) participantId: string): Promise<TraineeDrillView> {
    return this.console.trainee(classId, participantId);
  }
}
