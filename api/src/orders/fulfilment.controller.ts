import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ArrangeShipmentRequest, DropPointView, ShipOrderRequest, ShippingLabelView } from '../shipping/dto/fulfilment.dto.js';
import { OrderDetailView } from './dto/order.dto.js';
import { FulfilmentService } from './fulfilment.service.js';

/** The seller ships, the buyer confirms receipt. Anyone checks a resi: shipping/tracking.controller.ts. */
@ApiTags('fulfilment')
@ApiBearerAuth()
@Controller()
export class FulfilmentController {
  constructor(private readonly fulfilment: FulfilmentService) {}

  /** The drop points of the order's courier near the shop. */
  @Get('orders/:orderId/drop-points')
  @ApiOkResponse({ type: DropPointView, isArray: true })
  dropPoints(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<DropPointView[]> {
    return this.fulfilment.dropPoints(principal, orderId);
  }

  /** "Atur Pengiriman": choose the drop point; the order gets its resi and the label can print. */
  @Post('orders/:orderId/shipment')
  @Requires('trainee')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  arrange(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
    @Body() body: ArrangeShipmentRequest,
  ): Promise<OrderDetailView> {
    return this.fulfilment.arrange(principal, orderId, body.dropPointId);
  }

  /** "Sudah diserahkan ke drop point": PAID → SHIPPED. NOT_PAID for an unpaid order (the fraud lesson). */
  @Post('orders/:orderId/ship')
  @Requires('trainee')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  ship(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
    @Body() body: ShipOrderRequest,
  ): Promise<OrderDetailView> {
    return this.fulfilment.ship(principal, orderId, body.dropPointId);
  }

  /** The shipping label (seller and facilitators), once the shipment is arranged. */
  @Get('orders/:orderId/label')
  @ApiOkResponse({ type: ShippingLabelView })
  label(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<ShippingLabelView> {
    return this.fulfilment.label(principal, orderId);
  }

  /** "Pesanan Diterima": the buyer confirms the parcel arrived; DELIVERED → COMPLETED. */
  @Post('orders/:orderId/received')
  @Requires('participant')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  received(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<OrderDetailView> {
    return this.fulfilment.confirmReceived(principal, orderId);
  }
}
