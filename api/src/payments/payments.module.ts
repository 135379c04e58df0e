import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module.js';
import { SelfUrl } from '../common/http/self-url.js';
import { PayerClient } from './payer-client.js';
import { PaymentGateway } from './payment-gateway.js';
import { PaymentsController } from './payments.controller.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsService } from './payments.service.js';

/** Payment methods, the gateway client, the webhook and the instructions; orders registers its hooks on PaymentsService. */
@Module({
  imports: [ClockModule],
  controllers: [PaymentsController],
  providers: [PaymentsService, PaymentsRepository, PaymentGateway, PayerClient, SelfUrl],
  exports: [PaymentsService, PayerClient],
})
export class PaymentsModule {}
