import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/access.decorators.js';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { outageErrors } from '../common/errors/retry-later.js';
import { ErrorResponse } from '../common/errors/error.response.js';
import { HealthResponse } from './health.response.js';

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The app and its database are up.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'DATABASE_UNAVAILABLE, with a Retry-After header' })
  async check(): Promise<HealthResponse> {
    try {
      await this.health.check([() => this.database.pingCheck('database').withTimeout(1500)]);
    } catch {
      throw outageErrors.databaseUnavailable();
    }
    return {
      status: 'ok',
      database: 'up',
      uptimeSeconds: Math.round(process.uptime()),
      serverTime: new Date().toISOString(),
    };
  }
}
