import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/access.decorators.js';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { outageErrors } from '../common/errors/retry-later.js';
import { ErrorResponse } from '../common/errors/error.response.js';
import { HealthResponse } from './health.response.js';

/**
 * How long the database ping may take before the app calls it unavailable. A database that is gone refuses at once;
 * a slow answer means a busy machine, not an outage: at 1.5 s a saturated 2-core machine (two test suites side by
 * side, load average 16) answered 503 to a trainee's status check, and her phone showed the server as down. Still
 * well under the phone's own 10 s wait (client/src/features/server-status/hooks/use-server-status.ts).
 */
const DATABASE_PING_TIMEOUT_MS = 5_000;

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
      await this.health.check([() => this.database.pingCheck('database').withTimeout(DATABASE_PING_TIMEOUT_MS)]);
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
