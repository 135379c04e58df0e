import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ProductDetail, StorefrontPage, StorefrontQuery } from './dto/product.dto.js';
import { StorefrontService } from './storefront.service.js';

/** The class storefront: any member of the class (trainees, demo buyers, its facilitators). */
@ApiTags('storefront')
@ApiBearerAuth()
@ClassScoped()
@Controller('classes/:classId')
export class StorefrontController {
  constructor(private readonly storefront: StorefrontService) {}

  @Get('products')
  @ApiOkResponse({ type: StorefrontPage })
  list(@Param('classId') classId: string, @Query() query: StorefrontQuery): Promise<StorefrontPage> {
    return this.storefront.list(classId, query);
  }

  @Get('products/:productId')
  @ApiOkResponse({ type: ProductDetail })
  detail(
    @Param('classId') classId: string,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProductDetail> {
    return this.storefront.detail(classId, productId, principal);
  }

  @Get('shops/:shopId/products')
  @ApiOkResponse({ type: StorefrontPage })
  shopProducts(
    @Param('classId') classId: string,
    @Param('shopId', new ParseUUIDPipe()) shopId: string,
    @Query() query: StorefrontQuery,
  ): Promise<StorefrontPage> {
    return this.storefront.list(classId, query, shopId);
  }
}
