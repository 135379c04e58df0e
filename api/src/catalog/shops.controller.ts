import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ShopView, UpdateShopRequest } from './dto/shop.dto.js';
import { ShopsService } from './shops.service.js';

@ApiTags('shops')
@ApiBearerAuth()
@Controller()
export class ShopsController {
  constructor(private readonly shops: ShopsService) {}

  @Get('shops/mine')
  @Requires('trainee')
  @ApiOkResponse({ type: ShopView })
  mine(@CurrentPrincipal() principal: Principal): Promise<ShopView> {
    return this.shops.mine(principal);
  }

  @Patch('shops/mine')
  @Requires('trainee')
  @ApiOkResponse({ type: ShopView })
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateShopRequest): Promise<ShopView> {
    return this.shops.updateMine(principal, body);
  }

  @Get('classes/:classId/shops')
  @ClassScoped()
  @ApiOkResponse({ type: ShopView, isArray: true })
  list(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal): Promise<ShopView[]> {
    return this.shops.listInClass(classId, principal);
  }

  @Get('classes/:classId/shops/:shopId')
  @ClassScoped()
  @ApiOkResponse({ type: ShopView })
  get(
    @Param('classId') classId: string,
    @Param('shopId', new ParseUUIDPipe()) shopId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ShopView> {
    return this.shops.get(classId, shopId, principal);
  }
}
