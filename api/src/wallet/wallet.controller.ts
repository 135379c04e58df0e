import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import {
  BankAccountCheckRequest,
  BankAccountCheckView,
  BankAccountView,
  BankView,
  CloseBankAccountView,
  LedgerCheckView,
  PromoteRequest,
  PromotionsView,
  PromotionView,
  RegisterBankAccountRequest,
  ShopWalletSummary,
  UpdateWalletSettingsRequest,
  WalletSettingsView,
  WalletView,
  WithdrawalView,
  WithdrawRequest,
} from './dto/wallet.dto.js';
import { LedgerService } from './ledger.service.js';
import { PromotionsService } from './promotions.service.js';
import { WalletService } from './wallet.service.js';
import { WalletSettingsService } from './wallet-settings.service.js';

const IDEMPOTENCY_HEADER = { name: 'Idempotency-Key', required: true, description: '8 to 100 visible ASCII characters, e.g. a UUID made when the form opened' };

/** The seller's own wallet: "Saldo Penjual", bank account, "Tarik Dana", and paid promotions. */
@ApiTags('wallet')
@ApiBearerAuth()
@Requires('trainee')
@Controller()
export class WalletController {
  constructor(
    private readonly wallet: WalletService,
    private readonly promotions: PromotionsService,
  ) {}

  @Get('wallet')
  @ApiOkResponse({ type: WalletView })
  view(@CurrentPrincipal() principal: Principal): Promise<WalletView> {
    return this.wallet.view(principal);
  }

  @Get('wallet/banks')
  @ApiOkResponse({ type: BankView, isArray: true })
  banks(): BankView[] {
    return this.wallet.banks();
  }

  /** "Cek rekening": the holder name as the bank returns it; nothing is saved. */
  @Post('wallet/bank-account/check')
  @HttpCode(200)
  @ApiOkResponse({ type: BankAccountCheckView })
  check(@CurrentPrincipal() principal: Principal, @Body() body: BankAccountCheckRequest): BankAccountCheckView {
    return this.wallet.checkAccount(principal, body);
  }

  @Get('wallet/bank-account')
  @ApiOkResponse({ type: BankAccountView })
  account(@CurrentPrincipal() principal: Principal): Promise<BankAccountView> {
    return this.wallet.myAccount(principal);
  }

  /** Registers (or replaces) the shop's account, after the seller confirmed the bank's name is hers. */
  @Put('wallet/bank-account')
  @ApiOkResponse({ type: BankAccountView })
  register(@CurrentPrincipal() principal: Principal, @Body() body: RegisterBankAccountRequest): Promise<BankAccountView> {
    return this.wallet.registerAccount(principal, body);
  }

  @Get('wallet/withdrawals')
  @ApiOkResponse({ type: WithdrawalView, isArray: true })
  withdrawals(@CurrentPrincipal() principal: Principal): Promise<WithdrawalView[]> {
    return this.wallet.withdrawals(principal);
  }

  /** "Tarik Dana": the same Idempotency-Key again answers with the first withdrawal (replayed: true). */
  @Post('wallet/withdrawals')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: WithdrawalView })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: WithdrawRequest,
  ): Promise<WithdrawalView> {
    return this.wallet.withdraw(principal, idempotencyKey, body.amount);
  }

  @Get('promotions')
  @ApiOkResponse({ type: PromotionsView })
  listPromotions(@CurrentPrincipal() principal: Principal): Promise<PromotionsView> {
    return this.promotions.list(principal);
  }

  /** "Iklankan": the fee comes out of the saldo once per Idempotency-Key. */
  @Post('promotions')
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: PromotionView })
  promote(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: PromoteRequest,
  ): Promise<PromotionView> {
    return this.promotions.promote(principal, idempotencyKey, body);
  }
}

/** The facilitator's side: wallet settings, the ledger check, every shop's balances, and the bank-closure scenario hook. */
@ApiTags('wallet')
@ApiBearerAuth()
@ClassScoped()
@Controller('classes/:classId')
export class ClassWalletController {
  constructor(
    private readonly wallet: WalletService,
    private readonly ledger: LedgerService,
    private readonly settings: WalletSettingsService,
  ) {}

  /** Everyone in the class may read them (Tarik Dana shows the fee and minimum, Iklan the price). */
  @Get('wallet-settings')
  @ApiOkResponse({ type: WalletSettingsView })
  getSettings(@Param('classId') classId: string): Promise<WalletSettingsView> {
    return this.settings.get(classId);
  }

  @Patch('wallet-settings')
  @Requires('facilitator')
  @ApiOkResponse({ type: WalletSettingsView })
  updateSettings(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateWalletSettingsRequest): Promise<WalletSettingsView> {
    return this.settings.update(classId, principal, body);
  }

  @Get('ledger-check')
  @Requires('facilitator')
  @ApiOkResponse({ type: LedgerCheckView })
  check(@Param('classId') classId: string): Promise<LedgerCheckView> {
    return this.ledger.check(classId);
  }

  @Get('wallets')
  @Requires('facilitator')
  @ApiOkResponse({ type: ShopWalletSummary, isArray: true })
  wallets(@Param('classId') classId: string): Promise<ShopWalletSummary[]> {
    return this.wallet.classSummary(classId);
  }

  /** Scenario hook: the bank closes this shop's account, so its next payout fails and the money returns. */
  @Post('shops/:shopId/bank-account/close')
  @Requires('facilitator')
  @HttpCode(200)
  @ApiOkResponse({ type: CloseBankAccountView })
  closeBankAccount(
    @Param('classId') classId: string,
    @Param('shopId', new ParseUUIDPipe()) shopId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CloseBankAccountView> {
    return this.wallet.closeBankAccount(classId, shopId, principal.id);
  }
}
