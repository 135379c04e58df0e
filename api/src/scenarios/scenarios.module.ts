import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ChatModule } from '../chat/chat.module.js';
import { ClassesModule } from '../classes/classes.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { SelfUrl } from '../common/http/self-url.js';
import { MediaModule } from '../media/media.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { WalletModule } from '../wallet/wallet.module.js';
import { DemoOrdersService } from './demo-orders.service.js';
import { PersonaBuyerService } from './persona-buyer.service.js';
import { ScenarioRunner } from './scenario-runner.service.js';
import { ScenariosController } from './scenarios.controller.js';
import { ScenariosService } from './scenarios.service.js';

/**
 * Demo orders and scenarios: a facilitator's demo buyer acting through the normal use cases of the other
 * capabilities (checkout, the simulator's bank app, chat, shipping, the wallet), which know nothing of it.
 */
@Module({
  imports: [AuthModule, CatalogModule, ChatModule, ClassesModule, ClockModule, MediaModule, OrdersModule, PaymentsModule, WalletModule],
  controllers: [ScenariosController],
  providers: [SelfUrl, PersonaBuyerService, DemoOrdersService, ScenarioRunner, ScenariosService],
  exports: [ScenarioRunner, PersonaBuyerService],
})
export class ScenariosModule {}
