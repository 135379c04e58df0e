import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, CurrentPrincipal, Public } from './access.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginRequest, LoginResponse, MeResponse } from './dto/auth.dto.js';
import type { Principal } from './principal.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  async login(@Body() body: LoginRequest, @ClientIp() ip: string): Promise<LoginResponse> {
    const { token, expiresAt, facilitator } = await this.auth.login(body.email, body.password, ip);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      facilitator: { id: facilitator.id, email: facilitator.email, name: facilitator.name, role: facilitator.role },
    };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return {
      kind: principal.kind,
      id: principal.id,
      role: principal.role,
      name: principal.name,
      classId: principal.kind === 'participant' ? principal.classId : null,
      shopId: principal.kind === 'participant' ? principal.shopId : null,
    };
  }
}
