import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { DemoOrdersService } from './demo-orders.service.js';
import { DemoOrderBatchView, DemoOrderRequest, ScenarioRunView, ScenarioView, StartScenarioRequest } from './dto/scenarios.dto.js';
import { ScenariosService } from './scenarios.service.js';

const KEY_HEADER = { name: 'Idempotency-Key', required: true, description: '8 to 100 visible ASCII characters, made when the button was shown (a UUID)' };

/** Demo orders and scenarios the facilitator injects into the class. */
@ApiTags('console')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId')
export class ScenariosController {
  constructor(
    private readonly demoOrders: DemoOrdersService,
    private readonly scenarios: ScenariosService,
  ) {}

  /** "Kirim pesanan demo": one trainee or all with an active product; idempotent per key; rate-limited per class. */
  @Post('demo-orders')
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ type: DemoOrderBatchView })
  demo(
    @Param('classId') classId: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: DemoOrderRequest,
  ): Promise<DemoOrderBatchView> {
    return this.demoOrders.place(classId, principal, key, body);
  }

  @Get('scenarios')
  @ApiOkResponse({ type: ScenarioView, isArray: true })
  list(@Param('classId') _classId: string): ScenarioView[] {
    return this.scenarios.list();
  }

  @Post('scenarios/:scenarioId/runs')
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ type: ScenarioRunView, isArray: true })
  start(
    @Param('classId') classId: string,
    @Param('scenarioId') scenarioId: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: StartScenarioRequest,
  ): Promise<ScenarioRunView[]> {
    return this.scenarios.start(classId, principal, scenarioId, key, body);
  }

  @Get('scenario-runs')
  @ApiOkResponse({ type: ScenarioRunView, isArray: true })
  runs(@Param('classId') classId: string): Promise<ScenarioRunView[]> {
    return this.scenarios.runs(classId);
  }
}
