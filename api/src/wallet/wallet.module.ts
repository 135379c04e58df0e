import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClockModule } from '../clock/clock.module.js';
import { EventsModule } from '../common/events/events.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { LedgerService } from './ledger.service.js';
import { OrderMoneyService } from './order-money.service.js';
import { PromotionsService } from './promotions.service.js';
import { ClassWalletController, WalletController } from './wallet.controller.js';
import { WalletService } from './wallet.service.js';
import { WalletSettingsService } from './wallet-settings.service.js';

/**
 * The wallet: the double-entry ledger (money design in ledger-postings.ts), "Saldo Penjual", the bank account,
 * "Tarik Dana" and paid promotions ("iklan"). It posts order money by listening to order events in their
 * transaction (UnitOfWork.onRecorded), so nothing else calls it to move money.
 */
@Module({
  imports: [EventsModule, ClockModule, PaymentsModule, CatalogModule, OrdersModule],
  controllers: [WalletController, ClassWalletController],
  providers: [LedgerService, OrderMoneyService, WalletService, WalletSettingsService, PromotionsService],
  exports: [LedgerService, WalletService, WalletSettingsService],
})
export class WalletModule {}
