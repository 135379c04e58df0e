import { Module } from '@nestjs/common';
import { SelfUrl } from '../common/http/self-url.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { SimulatorGatewayController } from './simulator-gateway.controller.js';
import { SimulatorPayerController } from './simulator-payer.controller.js';
import { SimTransactions } from './sim-transactions.js';
import { SimulatorGateway } from './simulator-gateway.service.js';
import { SimulatorNotifier } from './simulator-notifier.js';
import { SimulatorPayer } from './simulator-payer.service.js';

/**
 * The payment simulator: a Midtrans-compatible gateway and the payer's bank app. An outside party: it imports
 * nothing of orders or payments (it signs its notifications with its own signer), exports nothing, and is reached
 * over HTTP only. Its parts: the gateway (the merchant's Core API), the payer (the bank app), the notifier (delivery
 * at least once, expiry wake-ups) and SimTransactions (its two tables and all their SQL).
 */
@Module({
  controllers: [SimulatorGatewayController, SimulatorPayerController],
  providers: [SimTransactions, SimulatorNotifier, SimulatorGateway, SimulatorPayer, SelfUrl, RateLimiter],
})
export class PaymentSimulatorModule {}
