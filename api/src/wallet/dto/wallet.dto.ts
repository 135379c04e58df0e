import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ENTRY_KINDS, type EntryKind } from '../ledger-postings.js';

export const WALLET_SETTINGS_BOUNDS = {
  sellerFeePercent: { min: 0, max: 50 },
  withdrawalFee: { min: 0, max: 100_000 },
  minWithdrawal: { min: 1, max: 10_000_000 },
  promotionPricePerDay: { min: 0, max: 1_000_000 },
} as const;

export class WalletSettingsView {
  @ApiProperty({ example: 5, description: 'Percent of the subtotal kept as the seller’s admin fee when an order completes (rounded down)' })
  sellerFeePercent!: number;

  @ApiProperty({ example: 2500, description: 'Whole rupiah taken from each withdrawal (the bank receives amount − fee)' })
  withdrawalFee!: number;

  @ApiProperty({ example: 10000 })
  minWithdrawal!: number;

  @ApiProperty({ example: 5000, description: 'Whole rupiah per simulated day of a promotion' })
  promotionPricePerDay!: number;
}

export class UpdateWalletSettingsRequest {
  @ApiPropertyOptional({ minimum: 0, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(WALLET_SETTINGS_BOUNDS.sellerFeePercent.min)
  @Max(WALLET_SETTINGS_BOUNDS.sellerFeePercent.max)
  sellerFeePercent?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000 })
  @IsOptional()
  @IsInt()
  @Min(WALLET_SETTINGS_BOUNDS.withdrawalFee.min)
  @Max(WALLET_SETTINGS_BOUNDS.withdrawalFee.max)
  withdrawalFee?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000_000 })
  @IsOptional()
  @IsInt()
  @Min(WALLET_SETTINGS_BOUNDS.minWithdrawal.min)
  @Max(WALLET_SETTINGS_BOUNDS.minWithdrawal.max)
  minWithdrawal?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @IsInt()
  @Min(WALLET_SETTINGS_BOUNDS.promotionPricePerDay.min)
  @Max(WALLET_SETTINGS_BOUNDS.promotionPricePerDay.max)
  promotionPricePerDay?: number;
}

export class BankView {
  @ApiProperty({ example: 'bca' })
  code!: string;

  @ApiProperty({ example: 'BCA' })
  name!: string;

  @ApiProperty({ example: 'Bank Central Asia' })
  fullName!: string;

  @ApiProperty({ type: Number, isArray: true, example: [10], description: 'Allowed account-number lengths' })
  lengths!: number[];
}

export class BankAccountCheckRequest {
  @ApiProperty({ example: 'bca' })
  @IsString()
  @MaxLength(20)
  bankCode!: string;

  @ApiProperty({ example: '1234567890', description: 'Digits; spaces, dots and dashes are ignored' })
  @IsString()
  @MaxLength(30)
  accountNumber!: string;

  @ApiProperty({ example: 'Sriyati' })
  @IsString()
  @Length(3, 60)
  holderName!: string;
}

export class BankAccountCheckView {
  @ApiProperty()
  bankCode!: string;

  @ApiProperty()
  bankName!: string;

  @ApiProperty({ description: 'Normalised: digits only' })
  accountNumber!: string;

  @ApiProperty({ example: 'SRIYATI', description: 'The holder name as the bank returns it' })
  bankHolderName!: string;
}

export class RegisterBankAccountRequest extends BankAccountCheckRequest {
  @ApiProperty({ example: 'SRIYATI', description: 'The bankHolderName the name check showed, as confirmed by the seller' })
  @IsString()
  @MaxLength(60)
  confirmedHolderName!: string;

  @ApiProperty({ description: 'The seller confirms the account is her own' })
  @IsBoolean()
  confirmOwn!: boolean;
}

export class BankAccountView {
  @ApiProperty()
  bankCode!: string;

  @ApiProperty()
  bankName!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Only to the account’s owner; null to anyone else' })
  accountNumber!: string | null;

  @ApiProperty({ example: '•••• 7890' })
  maskedNumber!: string;

  @ApiProperty({ example: 'SRIYATI' })
  holderName!: string;

  @ApiProperty({ description: 'Sim time' })
  registeredAt!: string;

  @ApiProperty({ description: 'A payout to it failed (the bank closed it): register another account' })
  rejected!: boolean;
}

export class WalletBalanceView {
  @ApiProperty({ description: 'Dana ditahan (escrow)' })
  held!: number;

  @ApiProperty({ description: 'Saldo you can withdraw' })
  available!: number;
}

export const HELD_WAITING = ['PAID', 'SHIPPED', 'DELIVERED'] as const;

export class HeldOrderView {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty()
  invoiceNumber!: string;

  @ApiProperty()
  amount!: number;

  @ApiProperty({ enum: HELD_WAITING })
  state!: (typeof HELD_WAITING)[number];

  @ApiProperty({ example: 'wallet.waiting.DELIVERED', description: 'What the money waits for, as an i18n key' })
  waitingKey!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Sim time: ship-by (PAID) or auto-complete (DELIVERED)' })
  dueAt!: string | null;
}

export class WalletHistoryLine {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'LedgerEntryKind' })
  kind!: EntryKind;

  @ApiProperty({ enum: ['escrow', 'available'] })
  account!: 'escrow' | 'available';

  @ApiProperty({ description: 'Signed whole rupiah: + into the account, − out of it' })
  amount!: number;

  @ApiProperty({ description: 'Sim time' })
  at!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  orderId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  invoiceNumber!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  withdrawalId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  promotionId!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The fee this entry took, where there was one' })
  fee!: number | null;
}

export const WITHDRAWAL_STATUSES = ['processing', 'success', 'failed'] as const;

export class WithdrawalView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Taken from the saldo' })
  amount!: number;

  @ApiProperty()
  fee!: number;

  @ApiProperty({ description: 'What reaches the bank: amount − fee' })
  net!: number;

  @ApiProperty({ enum: WITHDRAWAL_STATUSES, enumName: 'WithdrawalStatus' })
  status!: (typeof WITHDRAWAL_STATUSES)[number];

  @ApiProperty({ type: String, nullable: true, example: 'ACCOUNT_CLOSED' })
  failureCode!: string | null;

  @ApiProperty()
  bankName!: string;

  @ApiProperty({ example: '•••• 7890' })
  maskedNumber!: string;

  @ApiProperty({ description: 'Sim time' })
  requestedAt!: string;

  @ApiProperty({ description: 'Sim time: 1x24 jam after the request' })
  dueAt!: string;

  @ApiProperty({ type: String, nullable: true })
  finishedAt!: string | null;

  @ApiProperty({ description: 'True when the same Idempotency-Key was seen before' })
  replayed!: boolean;
}

export class WalletView {
  @ApiProperty({ type: WalletBalanceView })
  balance!: WalletBalanceView;

  @ApiProperty({ type: HeldOrderView, isArray: true })
  held!: HeldOrderView[];

  @ApiProperty({ type: WalletHistoryLine, isArray: true, description: 'Newest first (the latest 50)' })
  history!: WalletHistoryLine[];

  @ApiProperty({ type: BankAccountView, nullable: true })
  bankAccount!: BankAccountView | null;

  @ApiProperty({ type: WithdrawalView, isArray: true, description: 'Newest first (the latest 20)' })
  withdrawals!: WithdrawalView[];

  @ApiProperty({ type: WalletSettingsView })
  settings!: WalletSettingsView;
}

export class WithdrawRequest {
  @ApiProperty({ example: 50000, description: 'Whole rupiah out of the saldo, ≥ the minimum; the bank receives it less the fee' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;
}

export class CloseBankAccountView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ description: 'Sim time' })
  closedAt!: string;
}

export class ShopWalletSummary {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty()
  shopName!: string;

  @ApiProperty()
  held!: number;

  @ApiProperty()
  available!: number;

  @ApiProperty({ description: 'Whole rupiah paid out to the bank (successful withdrawals, fee included)' })
  withdrawn!: number;

  @ApiProperty({ description: 'Whole rupiah on the way to the bank (withdrawals still processing)' })
  withdrawing!: number;

  @ApiProperty({ description: 'Withdrawals that failed (the money came back)' })
  failedWithdrawals!: number;

  @ApiProperty({ type: BankAccountView, nullable: true, description: 'Masked' })
  bankAccount!: BankAccountView | null;
}

class UnbalancedEntryView {
  @ApiProperty() entryId!: string;
  @ApiProperty() sum!: number;
}

class NegativeBalanceView {
  @ApiProperty() shopId!: string;
  @ApiProperty() account!: string;
  @ApiProperty() balance!: number;
}

class OrderMismatchView {
  @ApiProperty() orderId!: string;
  @ApiProperty() invoiceNumber!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: String, isArray: true }) expectedEntries!: string[];
  @ApiProperty({ type: String, isArray: true }) entries!: string[];
  @ApiProperty() expectedEscrow!: number;
  @ApiProperty() escrow!: number;
}

class WithdrawalMismatchView {
  @ApiProperty() withdrawalId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, isArray: true }) entries!: string[];
}

class StrandedPaymentView {
  @ApiProperty() orderId!: string;
  @ApiProperty() gatewayOrderId!: string;
  @ApiProperty() amount!: number;
  @ApiProperty({ description: 'Our side: expired or cancelled' }) paymentState!: string;
  @ApiProperty({ description: "The gateway's transaction_status: settlement" }) gatewayStatus!: string;
}

export class LedgerCheckView {
  @ApiProperty({ description: 'True when every check below passed' })
  ok!: boolean;

  @ApiProperty({ description: 'Sum of every line of the class: always 0' })
  totalSum!: number;

  @ApiProperty()
  entryCount!: number;

  @ApiProperty({ type: UnbalancedEntryView, isArray: true })
  unbalancedEntries!: UnbalancedEntryView[];

  @ApiProperty({ type: NegativeBalanceView, isArray: true })
  negativeBalances!: NegativeBalanceView[];

  @ApiProperty({ type: OrderMismatchView, isArray: true })
  orderMismatches!: OrderMismatchView[];

  @ApiProperty({ type: WithdrawalMismatchView, isArray: true })
  withdrawalMismatches!: WithdrawalMismatchView[];

  @ApiProperty({ type: StrandedPaymentView, isArray: true, description: 'Closed payments the gateway holds as settled, with no settlement posted here' })
  strandedPayments!: StrandedPaymentView[];

  @ApiProperty({ description: 'Closed payments the gateway could not be asked about (the check is not ok while any remain)' })
  gatewayUnreachable!: number;
}

// --- Paid promotion (iklan) ----------------------------------------------------------------------------------

export class PromoteRequest {
  @ApiProperty({ format: 'uuid' })
  @IsString()
  @Matches(/^[0-9a-f-]{36}$/i)
  productId!: string;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'Simulated days' })
  @IsInt()
  @Min(1)
  @Max(7)
  days!: number;
}

export class PromotionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty()
  productTitle!: string;

  @ApiProperty()
  days!: number;

  @ApiProperty()
  fee!: number;

  @ApiProperty({ description: 'Sim time' })
  startsAt!: string;

  @ApiProperty({ description: 'Sim time' })
  endsAt!: string;

  @ApiProperty({ description: 'Running now on the class clock' })
  active!: boolean;

  @ApiProperty({ description: 'Product page opens by others while it ran' })
  views!: number;

  @ApiProperty({ description: 'Orders of the product placed while it ran' })
  orders!: number;

  @ApiProperty()
  replayed!: boolean;
}

export class PromotionsView {
  @ApiProperty({ type: PromotionView, isArray: true })
  items!: PromotionView[];

  @ApiProperty()
  pricePerDay!: number;

  @ApiProperty()
  available!: number;
}
