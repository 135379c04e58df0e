import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CartService } from './cart.service.js';
import { CartView, SetCartQuantityRequest } from './dto/cart.dto.js';

/** The caller's own cart; trainees buy from classmates too, so every participant has one. */
@ApiTags('cart')
@ApiBearerAuth()
@Requires('participant')
@Controller('cart')
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  @ApiOkResponse({ type: CartView })
  view(@CurrentPrincipal() principal: Principal): Promise<CartView> {
    return this.cart.view(principal);
  }

  /** Sets a product's quantity in the cart, adding the line when it is new. */
  @Put('items/:productId')
  @ApiOkResponse({ type: CartView })
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @Body() body: SetCartQuantityRequest,
  ): Promise<CartView> {
    return this.cart.setQuantity(principal, productId, body.quantity);
  }

  @Delete('items/:productId')
  @ApiOkResponse({ type: CartView })
  remove(@CurrentPrincipal() principal: Principal, @Param('productId', new ParseUUIDPipe()) productId: string): Promise<CartView> {
    return this.cart.remove(principal, productId);
  }

  @Delete()
  @ApiOkResponse({ type: CartView })
  clear(@CurrentPrincipal() principal: Principal): Promise<CartView> {
    return this.cart.clear(principal);
  }
}
