import { Module } from '@nestjs/common';
import { SelfUrl } from '../common/http/self-url.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { SimulatorGatewayController } from './simulator-gateway.controller.js';
import { SimulatorPayerController } from './simulator-payer.controller.js';
import { SimulatorService } from './simulator.service.js';

/**
 * The payment simulator: a Midtrans-compatible gateway and the payer's bank app. An outside party: it imports
 * nothing of orders or payments (only the pure signature helper), exports nothing, and is reached over HTTP only.
 */
@Module({
  controllers: [SimulatorGatewayController, SimulatorPayerController],
  providers: [SimulatorService, SelfUrl, RateLimiter],
})
export class PaymentSimulatorModule {}
