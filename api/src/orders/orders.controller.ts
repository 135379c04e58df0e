import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ListOrdersQuery, OrderCountsView, OrderDetailView, OrderListView, RefuseOrderRequest } from './dto/order.dto.js';
import { OrdersService } from './orders.service.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller()
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  /** "Pesanan Saya": what the caller bought, newest first. */
  @Get('orders/mine')
  @Requires('participant')
  @ApiOkResponse({ type: OrderListView })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: ListOrdersQuery): Promise<OrderListView> {
    return this.orders.listMine(principal, query);
  }

  /** The seller's "Pesanan", by tab (belum_bayar, perlu_dikirim, dikirim, selesai, dibatalkan) or state. */
  @Get('shops/mine/orders')
  @Requires('trainee')
  @ApiOkResponse({ type: OrderListView })
  shopOrders(@CurrentPrincipal() principal: Principal, @Query() query: ListOrdersQuery): Promise<OrderListView> {
    return this.orders.listForShop(principal, query);
  }

  /** The tabs' badge counts. */
  @Get('shops/mine/order-counts')
  @Requires('trainee')
  @ApiOkResponse({ type: OrderCountsView })
  counts(@CurrentPrincipal() principal: Principal): Promise<OrderCountsView> {
    return this.orders.countsForShop(principal);
  }

  /** The buyer, the seller or the class's facilitators; to anyone else the order does not exist (404). */
  @Get('orders/:orderId')
  @ApiOkResponse({ type: OrderDetailView })
  get(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<OrderDetailView> {
    return this.orders.get(principal, orderId);
  }

  /** The buyer cancels an unpaid order. */
  @Post('orders/:orderId/cancel')
  @Requires('participant')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  cancel(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<OrderDetailView> {
    return this.orders.cancel(principal, orderId);
  }

  /** The seller refuses an order, with a reason for the buyer. */
  @Post('orders/:orderId/refuse')
  @Requires('trainee')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  refuse(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
    @Body() body: RefuseOrderRequest,
  ): Promise<OrderDetailView> {
    return this.orders.refuse(principal, orderId, body.reason);
  }

  /** The buyer asks again for payment instructions the gateway could not give at placement. */
  @Post('orders/:orderId/payment/retry')
  @Requires('participant')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDetailView })
  retryPayment(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<OrderDetailView> {
    return this.orders.retryPayment(principal, orderId);
  }
}
