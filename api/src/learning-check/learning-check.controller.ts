import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import {
  LearningAnswerView,
  LearningCheckSettingsView,
  LearningResultsView,
  MyLearningCheckView,
  SubmitLearningAnswerRequest,
  UpdateLearningQuestionsRequest,
} from './dto/learning-check.dto.js';
import { LearningCheckService } from './learning-check.service.js';

/** "Cek Pemahaman" on the trainee's phone: the questions of the round open now, one tap per answer. */
@ApiTags('learning-check')
@ApiBearerAuth()
@Requires('trainee')
@Controller('learning-check')
export class MyLearningCheckController {
  constructor(private readonly learning: LearningCheckService) {}

  @Get('mine')
  @ApiOkResponse({ type: MyLearningCheckView })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyLearningCheckView> {
    return this.learning.mine(principal);
  }

  /** One answer (or a skip), sent through the phone's outbox: a resend with the same clientId is stored once. */
  @Post('answers')
  @ApiCreatedResponse({ type: LearningAnswerView })
  answer(@CurrentPrincipal() principal: Principal, @Body() body: SubmitLearningAnswerRequest): Promise<LearningAnswerView> {
    return this.learning.answer(principal, body);
  }
}

/** The facilitators' side: the class's questions, opening the round after the lessons, and the results. */
@ApiTags('learning-check')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId/learning-check')
export class ClassLearningCheckController {
  constructor(private readonly learning: LearningCheckService) {}

  @Get()
  @ApiOkResponse({ type: LearningCheckSettingsView })
  settings(@Param('classId') classId: string): Promise<LearningCheckSettingsView> {
    return this.learning.settings(classId);
  }

  @Put('questions')
  @ApiOkResponse({ type: LearningCheckSettingsView })
  update(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateLearningQuestionsRequest): Promise<LearningCheckSettingsView> {
    return this.learning.updateQuestions(classId, principal, body);
  }

  @Post('after-round')
  @ApiCreatedResponse({ type: LearningCheckSettingsView })
  openAfter(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal): Promise<LearningCheckSettingsView> {
    return this.learning.openAfter(classId, principal);
  }

  @Get('results')
  @ApiOkResponse({ type: LearningResultsView })
  results(@Param('classId') classId: string): Promise<LearningResultsView> {
    return this.learning.results(classId);
  }
}
