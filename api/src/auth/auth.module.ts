import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { AccessGuard } from './access.guard.js';
import { AccessToken } from './access-token.entity.js';
import { AdminSeed } from './admin-seed.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { Facilitator } from './facilitator.entity.js';
import { FailureBackoff } from './failure-backoff.js';
import { FacilitatorsController } from './facilitators.controller.js';
import { FacilitatorsService } from './facilitators.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Facilitator, AccessToken])],
  controllers: [AuthController, FacilitatorsController],
  providers: [AuthService, FacilitatorsService, RateLimiter, FailureBackoff, AdminSeed, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, FacilitatorsService, RateLimiter, FailureBackoff, AdminSeed],
})
export class AuthModule {}
