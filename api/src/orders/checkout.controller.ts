import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CheckoutService } from './checkout.service.js';
import { CheckoutQuoteView, CheckoutResultView, PlaceOrderRequest, QuoteRequest } from './dto/checkout.dto.js';

@ApiTags('checkout')
@ApiBearerAuth()
@Requires('participant')
@Controller()
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  /** Per shop: items, subtotal, courier options (price, "estimasi tiba", COD) or why none; and the payment methods. */
  @Post('checkout/quote')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckoutQuoteView })
  quote(@CurrentPrincipal() principal: Principal, @Body() body: QuoteRequest): Promise<CheckoutQuoteView> {
    return this.checkout.quote(principal, body);
  }

  /** "Buat Pesanan": one order per shop. The same Idempotency-Key again answers with the same orders. */
  @Post('orders')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8 to 100 visible ASCII characters, e.g. a UUID made when the checkout page opened' })
  @ApiCreatedResponse({ type: CheckoutResultView })
  place(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: PlaceOrderRequest,
  ): Promise<CheckoutResultView> {
    return this.checkout.place(principal, idempotencyKey, body);
  }
}
