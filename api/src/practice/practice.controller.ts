import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import {
  ClassMessageRequest,
  ClassMessageView,
  MyPracticeWeekView,
  PracticeFollowUpView,
  PracticeSettingsView,
  UpdatePracticeSettingsRequest,
} from './dto/practice.dto.js';
import { PracticeService } from './practice.service.js';

/** "Latihan Mandiri" for the facilitators: the rhythm of the persona buyers, the follow-up, a message to the class. */
@ApiTags('practice')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId/practice')
export class ClassPracticeController {
  constructor(private readonly practice: PracticeService) {}

  @Get()
  @ApiOkResponse({ type: PracticeSettingsView })
  settings(@Param('classId') classId: string): Promise<PracticeSettingsView> {
    return this.practice.settings(classId);
  }

  @Put()
  @ApiOkResponse({ type: PracticeSettingsView })
  update(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdatePracticeSettingsRequest): Promise<PracticeSettingsView> {
    return this.practice.update(classId, principal, body);
  }

  @Get('follow-up')
  @ApiOkResponse({ type: PracticeFollowUpView })
  followUp(@Param('classId') classId: string): Promise<PracticeFollowUpView> {
    return this.practice.followUp(classId);
  }

  @Post('messages')
  @HttpCode(200)
  @ApiOkResponse({ type: ClassMessageView })
  message(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: ClassMessageRequest): Promise<ClassMessageView> {
    return this.practice.messageClass(classId, principal, body.text);
  }
}

/** "Latihan minggu ini" on the trainee's home. */
@ApiTags('practice')
@ApiBearerAuth()
@Requires('trainee')
@Controller('practice')
export class PracticeController {
  constructor(private readonly practice: PracticeService) {}

  @Get('mine')
  @ApiOkResponse({ type: MyPracticeWeekView })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyPracticeWeekView> {
    return this.practice.myWeek(principal);
  }
}
