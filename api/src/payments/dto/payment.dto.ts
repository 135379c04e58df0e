import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_METHOD_CODES, type PaymentInstruction, type PaymentKind, type PaymentMethodCode } from '../payment-methods.js';
import { PAYMENT_STATES, type PaymentState } from '../payment-status.js';

const KINDS: PaymentKind[] = ['virtual_account', 'bill_payment', 'qris', 'ewallet', 'cstore', 'cod'];
const INSTRUCTIONS: PaymentInstruction[] = ['va_number', 'bill_key', 'qr_code', 'deeplink_and_qr', 'payment_code', 'cash_on_delivery'];
const CHARGE_STATUSES = ['pending', 'charging', 'charged', 'failed', 'not_needed'] as const;

export class PaymentMethodView {
  @ApiProperty({ enum: PAYMENT_METHOD_CODES, enumName: 'PaymentMethodCode' })
  code!: PaymentMethodCode;

  @ApiProperty({ enum: KINDS, enumName: 'PaymentKind' })
  kind!: PaymentKind;

  @ApiProperty({ enum: INSTRUCTIONS, enumName: 'PaymentInstructionKind' })
  instruction!: PaymentInstruction;

  @ApiProperty({ example: 'payment.method.bca_va', description: 'i18n key of the method name' })
  labelKey!: string;

  @ApiProperty({ description: 'COD: only when every chosen courier service carries cash on delivery' })
  needsCodCourier!: boolean;
}

/** What the buyer pays with: the fields of the method's instruction kind are set, the others are null. */
export class PaymentInstructionsView {
  @ApiPropertyOptional({ type: String, nullable: true, example: '12708123456' })
  vaNumber!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'bca' })
  bank!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '891234567890', description: 'Mandiri bill payment: the bill key' })
  billKey!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '70012', description: 'Mandiri bill payment: the company code' })
  billerCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1990123456789012', description: 'Minimarket payment code' })
  paymentCode!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'alfamart' })
  store!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'QRIS / GoPay: the QR as an SVG data URL' })
  qrImageDataUrl!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'QRIS / GoPay: the link that opens the e-wallet (the simulator payer page)' })
  payerUrl!: string | null;

  @ApiProperty({ example: 'payment.howToPay.bca_va', description: 'i18n key prefix of the steps' })
  howToPayKey!: string;

  @ApiProperty({ type: String, isArray: true, example: ['payment.howToPay.bca_va.1', 'payment.howToPay.bca_va.2'] })
  howToPaySteps!: string[];
}

/** Gateway bookkeeping, for the class's facilitators only. */
export class PaymentGatewayView {
  @ApiProperty({ description: 'The order id the gateway knows the payment by' })
  gatewayOrderId!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  gatewayTransactionId!: string | null;

  @ApiProperty({ example: 1 })
  chargeAttempts!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  chargeError!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Real time the gateway closes the VA' })
  gatewayExpiresAt!: string | null;
}

export class OrderPaymentView {
  @ApiProperty({ enum: PAYMENT_METHOD_CODES, enumName: 'PaymentMethodCode' })
  method!: PaymentMethodCode;

  @ApiProperty({ enum: KINDS, enumName: 'PaymentKind' })
  kind!: PaymentKind;

  @ApiProperty({ enum: INSTRUCTIONS, enumName: 'PaymentInstructionKind' })
  instruction!: PaymentInstruction;

  @ApiProperty({ example: 'payment.method.bca_va' })
  labelKey!: string;

  @ApiProperty({ enum: PAYMENT_STATES, enumName: 'PaymentState', description: 'COD is settled (confirmed) at placement' })
  state!: PaymentState;

  @ApiProperty({
    enum: CHARGE_STATUSES,
    enumName: 'PaymentChargeStatus',
    description: 'failed: the gateway could not make the VA yet; POST /api/orders/:orderId/payment/retry',
  })
  chargeStatus!: (typeof CHARGE_STATUSES)[number];

  @ApiProperty({ example: 36000, description: 'Whole rupiah, exactly what to pay' })
  amount!: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The payment deadline in the class’s simulated time' })
  expiresAt!: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The same deadline in real time at the clock’s current speed, for the countdown; null while the clock is paused',
  })
  expiresAtReal!: string | null;

  @ApiProperty({ description: 'The server’s real time, to correct the phone’s clock in the countdown' })
  realNow!: string;

  @ApiPropertyOptional({ type: PaymentInstructionsView, nullable: true, description: 'Buyer and facilitators only' })
  instructions!: PaymentInstructionsView | null;

  @ApiPropertyOptional({ type: PaymentGatewayView, description: 'Facilitators only' })
  gateway?: PaymentGatewayView;
}

export class NotificationAck {
  @ApiProperty({ example: 'applied', description: 'What the notification did: applied, duplicate, ignored_after_settlement, unknown_order…' })
  outcome!: string;
}

export class PayNowView {
  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ enum: PAYMENT_STATES, enumName: 'PaymentState', description: 'settled once the webhook has taken the notification' })
  paymentState!: PaymentState;

  @ApiProperty({ example: 36000 })
  amount!: number;
}
