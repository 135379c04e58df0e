import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { MediaUrls } from '../../media/dto/media.dto.js';
import { OrderPaymentView } from '../../payments/dto/payment.dto.js';
import { PAYMENT_METHOD_CODES, type PaymentMethodCode } from '../../payments/payment-methods.js';
import { ShipmentView } from '../../shipping/dto/fulfilment.dto.js';
import { ShippingOptionView } from '../../shipping/dto/shipping.dto.js';
import { SHIPPING_ZONES, type ShippingZone } from '../../regions/zone.js';
import { CANCEL_REASONS, type CancelReason, ORDER_ACTORS, ORDER_STATES, type OrderActor, type OrderState } from '../order-state.js';
import { SELLER_TABS, type SellerTab } from '../order-tabs.js';

export const MAX_ORDER_PAGE = 50;

const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

export class ListOrdersQuery {
  @ApiPropertyOptional({ enum: ORDER_STATES, enumName: 'OrderState' })
  @IsOptional()
  @IsIn(ORDER_STATES)
  state?: OrderState;

  @ApiPropertyOptional({ enum: SELLER_TABS, enumName: 'SellerTab', description: 'A seller tab’s states (ignored when state is given)' })
  @IsOptional()
  @IsIn(SELLER_TABS)
  tab?: SellerTab;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ORDER_PAGE, default: 20 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_ORDER_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{10,120}$/)
  cursor?: string;
}

export class RefuseOrderRequest {
  @ApiProperty({ example: 'Stok gula aren sedang kosong', description: 'Told to the buyer' })
  @IsString()
  @Length(3, 300)
  reason!: string;
}

export class OrderPartyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Toko Sriyati' })
  name!: string;
}

export class OrderFirstItemView {
  @ApiProperty({ example: 'Gula Aren Asli Pringsewu 1 kg' })
  title!: string;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;
}

export class OrderSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'INV/20261128/PL/0001' })
  invoiceNumber!: string;

  @ApiProperty({ enum: ORDER_STATES, enumName: 'OrderState' })
  state!: OrderState;

  @ApiProperty({ example: 'order.state.AWAITING_PAYMENT', description: 'i18n key: Belum Bayar, Perlu Dikirim, …' })
  stateLabelKey!: string;

  @ApiPropertyOptional({ enum: CANCEL_REASONS, enumName: 'CancelReason', nullable: true })
  cancelReason!: CancelReason | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'order.cancelReason.payment_expired' })
  cancelReasonLabelKey!: string | null;

  @ApiProperty({ type: OrderPartyView, description: 'The seller’s shop' })
  shop!: OrderPartyView;

  @ApiProperty({ type: OrderPartyView, description: 'The buyer (their display name)' })
  buyer!: OrderPartyView;

  @ApiProperty({ example: 3, description: 'Units in the order' })
  itemCount!: number;

  @ApiPropertyOptional({ type: OrderFirstItemView, nullable: true })
  firstItem!: OrderFirstItemView | null;

  @ApiProperty({ example: 36000 })
  total!: number;

  @ApiProperty({ enum: PAYMENT_METHOD_CODES, enumName: 'PaymentMethodCode' })
  paymentMethod!: PaymentMethodCode;

  @ApiProperty({ example: 'JNE Reguler' })
  courierName!: string;

  @ApiProperty({ type: String, nullable: true, example: '0134326424999639', description: 'The resi once the seller has arranged the shipment (lists; the detail also has `shipment`)' })
  resi!: string | null;

  @ApiProperty({ description: 'Simulated time' })
  placedAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pay by (simulated time)' })
  paymentDueAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  paidAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Ship by (simulated time)' })
  shipByAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Completes by itself then, unless the buyer confirms first (simulated time)' })
  autoCompleteAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  cancelledAt!: string | null;
}

export class OrderListView {
  @ApiProperty({ type: OrderSummaryView, isArray: true, description: 'Newest first' })
  items!: OrderSummaryView[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor!: string | null;
}

export class OrderLineView {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  productId!: string | null;

  @ApiProperty({ example: 'Gula Aren Asli Pringsewu 1 kg', description: 'As it was when ordered' })
  title!: string;

  @ApiProperty({ example: 25000 })
  unitPrice!: number;

  @ApiProperty({ example: 1 })
  quantity!: number;

  @ApiProperty({ example: 25000 })
  lineTotal!: number;

  @ApiProperty({ example: 1000 })
  weightGrams!: number;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;
}

export class OrderAddressView {
  @ApiProperty({ example: 'Bu Rahma' })
  recipient!: string;

  @ApiProperty({ example: '081234567890' })
  phone!: string;

  @ApiProperty({ example: 'Jl. Raya Ambarawa No. 12' })
  street!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Ambarawa' })
  district!: string | null;

  @ApiProperty({ example: '18.10' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kab. Pringsewu' })
  regencyLabel!: string;

  @ApiProperty({ example: 'Lampung' })
  provinceName!: string;
}

/** The courier service as chosen at checkout: the quoted option, plus the zone it was priced for. */
export class OrderCourierView extends ShippingOptionView {
  @ApiProperty({ enum: SHIPPING_ZONES, enumName: 'ShippingZone' })
  zone!: ShippingZone;

  @ApiProperty({ example: 1 })
  weightKg!: number;
}

export class OrderHistoryView {
  @ApiPropertyOptional({ enum: ORDER_STATES, enumName: 'OrderState', nullable: true })
  from!: OrderState | null;

  @ApiProperty({ enum: ORDER_STATES, enumName: 'OrderState' })
  to!: OrderState;

  @ApiProperty({ enum: ORDER_ACTORS, enumName: 'OrderActor' })
  actor!: OrderActor;

  @ApiPropertyOptional({ type: String, nullable: true })
  reason!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ description: 'Simulated time' })
  at!: string;
}

export class OrderDetailView extends OrderSummaryView {
  @ApiProperty({ enum: ['buyer', 'seller', 'facilitator'], description: 'How the caller sees this order' })
  viewerRole!: 'buyer' | 'seller' | 'facilitator';

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Simulated time' })
  deliveredAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Simulated time' })
  completedAt!: string | null;

  @ApiPropertyOptional({ type: ShipmentView, nullable: true, description: 'Once arranged: resi, drop point and the tracking so far' })
  shipment!: ShipmentView | null;

  @ApiProperty({ type: OrderLineView, isArray: true })
  lines!: OrderLineView[];

  @ApiProperty({ type: OrderAddressView, description: 'Buyer, seller (who must ship) and facilitators only' })
  address!: OrderAddressView;

  @ApiPropertyOptional({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: OrderCourierView })
  courier!: OrderCourierView;

  @ApiProperty({ example: 25000 })
  subtotal!: number;

  @ApiProperty({ example: 11000 })
  shippingCost!: number;

  @ApiProperty({ example: 0 })
  adminFee!: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The seller’s reason for refusing' })
  cancelNote!: string | null;

  @ApiProperty({ type: OrderHistoryView, isArray: true, description: 'Every transition, oldest first' })
  history!: OrderHistoryView[];

  @ApiPropertyOptional({ type: OrderPaymentView, nullable: true, description: 'Instructions for the buyer and facilitators; the seller sees the state only' })
  payment!: OrderPaymentView | null;
}

export class OrderStateCounts {
  @ApiProperty() AWAITING_PAYMENT!: number;
  @ApiProperty() PAID!: number;
  @ApiProperty() SHIPPED!: number;
  @ApiProperty() DELIVERED!: number;
  @ApiProperty() COMPLETED!: number;
  @ApiProperty() CANCELLED!: number;
  @ApiProperty() RETURNED!: number;
}

export class SellerTabCounts {
  @ApiProperty({ description: 'Belum Bayar' }) belum_bayar!: number;
  @ApiProperty({ description: 'Perlu Dikirim' }) perlu_dikirim!: number;
  @ApiProperty({ description: 'Dikirim' }) dikirim!: number;
  @ApiProperty({ description: 'Selesai' }) selesai!: number;
  @ApiProperty({ description: 'Dibatalkan' }) dibatalkan!: number;
}

export class OrderCountsView {
  @ApiProperty({ type: OrderStateCounts })
  states!: OrderStateCounts;

  @ApiProperty({ type: SellerTabCounts })
  tabs!: SellerTabCounts;
}
