import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { MediaModule } from '../media/media.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ShippingModule } from '../shipping/shipping.module.js';
import { CartController } from './cart.controller.js';
import { CartRepository } from './cart.repository.js';
import { CartService } from './cart.service.js';
import { CheckoutController } from './checkout.controller.js';
import { CheckoutService } from './checkout.service.js';
import { ClassOrdersController } from './class-orders.controller.js';
import { FulfilmentController } from './fulfilment.controller.js';
import { FulfilmentService } from './fulfilment.service.js';
import { OrderSettingsService } from './order-settings.service.js';
import { OrderViews } from './order-views.js';
import { OrdersController } from './orders.controller.js';
import { OrdersRepository } from './orders.repository.js';
import { OrderReadModel } from './order-read-model.js';
import { OrdersService } from './orders.service.js';

/** Cart, checkout and orders; it registers its payment hooks, deadline handlers and the `order` room on start-up. */
@Module({
  imports: [CatalogModule, ClockModule, MediaModule, PaymentsModule, RegionsModule, ShippingModule],
  controllers: [CartController, CheckoutController, OrdersController, ClassOrdersController, FulfilmentController],
  providers: [CartService, CartRepository, CheckoutService, OrderSettingsService, OrderViews, OrdersRepository, OrdersService, FulfilmentService, OrderReadModel],
  exports: [OrdersService, FulfilmentService, CheckoutService, OrderReadModel],
})
export class OrdersModule {}
