import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ListOrdersQuery, OrderListView } from './dto/order.dto.js';
import { OrderSettingsView, UpdateOrderSettingsRequest } from './dto/order-settings.dto.js';
import { FailedDeliveryView } from '../shipping/dto/fulfilment.dto.js';
import { FulfilmentService } from './fulfilment.service.js';
import { OrderSettingsService } from './order-settings.service.js';
import { OrdersService } from './orders.service.js';

/** The facilitator's view of a class's orders, and the class's deadlines and admin fee. */
@ApiTags('orders')
@ApiBearerAuth()
@ClassScoped()
@Controller('classes/:classId')
export class ClassOrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly settings: OrderSettingsService,
    private readonly fulfilment: FulfilmentService,
  ) {}

  /** Scenario "pengiriman gagal": the parcel's tracking ends with "alamat tidak ditemukan" and a return (→ RETURNED). */
  @Post('orders/:orderId/failed-delivery')
  @Requires('facilitator')
  @HttpCode(200)
  @ApiOkResponse({ type: FailedDeliveryView })
  failDelivery(
    @Param('classId') classId: string,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FailedDeliveryView> {
    return this.fulfilment.failDelivery({ classId, orderId, actorId: principal.id });
  }

  @Get('orders')
  @Requires('facilitator')
  @ApiOkResponse({ type: OrderListView })
  list(@Param('classId') classId: string, @Query() query: ListOrdersQuery): Promise<OrderListView> {
    return this.orders.listForClass(classId, query);
  }

  /** Everyone in the class may read them (the checkout shows the fee and the deadlines). */
  @Get('order-settings')
  @ApiOkResponse({ type: OrderSettingsView })
  getSettings(@Param('classId') classId: string): Promise<OrderSettingsView> {
    return this.settings.view(classId);
  }

  @Put('order-settings')
  @Requires('facilitator')
  @ApiOkResponse({ type: OrderSettingsView })
  updateSettings(
    @Param('classId') classId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateOrderSettingsRequest,
  ): Promise<OrderSettingsView> {
    return this.settings.update(classId, principal, body);
  }
}
