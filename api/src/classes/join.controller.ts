import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, Public } from '../auth/access.decorators.js';
import { JoinLookupView, JoinRequest, JoinResponse, PinLoginRequest } from './dto/join.dto.js';
import { JoiningService } from './joining.service.js';

@ApiTags('join')
@Public()
@Controller('join')
export class JoinController {
  constructor(private readonly joining: JoiningService) {}

  @Get(':code')
  @ApiOkResponse({ type: JoinLookupView })
  lookup(@Param('code') code: string, @ClientIp() ip: string): Promise<JoinLookupView> {
    return this.joining.lookup(code, ip);
  }

  @Post()
  @ApiCreatedResponse({ type: JoinResponse })
  join(@Body() body: JoinRequest, @ClientIp() ip: string): Promise<JoinResponse> {
    return this.joining.join(body, ip);
  }

  @Post('pin')
  @HttpCode(200)
  @ApiOkResponse({ type: JoinResponse })
  pinLogin(@Body() body: PinLoginRequest, @ClientIp() ip: string): Promise<JoinResponse> {
    return this.joining.pinLogin(body.code, body.pin, ip);
  }
}
