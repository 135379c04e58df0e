import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PaymentMethodView } from '../../payments/dto/payment.dto.js';
import { PAYMENT_METHOD_CODES, type PaymentMethodCode } from '../../payments/payment-methods.js';
import { ShippingQuoteView } from '../../shipping/dto/shipping.dto.js';
import { MAX_CHECKOUT_LINES, MAX_LINE_QUANTITY } from '../checkout-rules.js';
import { CartShopView, QuoteLineView } from './line-views.dto.js';
import { OrderDetailView } from './order.dto.js';

export class CheckoutLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId!: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_LINE_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export class QuoteRequest {
  @ApiPropertyOptional({ type: CheckoutLineInput, isArray: true, description: 'What to buy ("Beli Sekarang"); left out: the whole cart' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECKOUT_LINES)
  @ValidateNested({ each: true })
  @Type(() => CheckoutLineInput)
  items?: CheckoutLineInput[];

  @ApiProperty({ example: '18.71', description: 'The delivery regency (Kota Bandar Lampung)' })
  @IsString()
  @Matches(REGENCY_CODE, { message: 'destinationRegencyCode must look like 18.10' })
  destinationRegencyCode!: string;
}

export class AddressInput {
  @ApiProperty({ example: 'Bu Rahma', description: 'Who receives the parcel' })
  @IsString()
  @Length(2, 60)
  recipient!: string;

  @ApiProperty({ example: '081234567890', description: 'An Indonesian mobile number: 08…, 628… or +628…' })
  @IsString()
  @Matches(/^(\+62|62|0)8\d{7,12}$/, { message: 'phone must be an Indonesian mobile number such as 081234567890' })
  phone!: string;

  @ApiProperty({ example: 'Jl. Raya Ambarawa No. 12, RT 02 RW 01' })
  @IsString()
  @Length(5, 200)
  street!: string;

  @ApiProperty({ example: '18.10' })
  @IsString()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 18.10' })
  regencyCode!: string;

  @ApiPropertyOptional({ example: 'Ambarawa', description: 'Kecamatan' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  district?: string;
}

export class ShopChoiceInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shopId!: string;

  @ApiProperty({ example: 'jne-reg', description: 'A code the quote offered for this shop' })
  @IsString()
  @Length(1, 40)
  courierCode!: string;
}

export class PlaceOrderRequest {
  @ApiProperty({ type: AddressInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressInput)
  address!: AddressInput;

  @ApiPropertyOptional({ example: 'Tolong dibungkus rapi', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  note?: string;

  @ApiProperty({ type: ShopChoiceInput, isArray: true, description: 'One courier choice per shop of the checkout' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECKOUT_LINES)
  @ValidateNested({ each: true })
  @Type(() => ShopChoiceInput)
  shops!: ShopChoiceInput[];

  @ApiProperty({ enum: PAYMENT_METHOD_CODES, enumName: 'PaymentMethodCode' })
  @IsIn(PAYMENT_METHOD_CODES)
  paymentMethod!: PaymentMethodCode;

  @ApiPropertyOptional({ type: CheckoutLineInput, isArray: true, description: 'What to buy; left out: the whole cart' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECKOUT_LINES)
  @ValidateNested({ each: true })
  @Type(() => CheckoutLineInput)
  items?: CheckoutLineInput[];
}

/** A cart or quote's shop, with the regency its parcels leave from. */
export class QuoteShopRef extends CartShopView {
  @ApiProperty({ example: '18.10' })
  regencyCode!: string;
}

export class QuoteShopView {
  @ApiProperty({ type: QuoteShopRef })
  shop!: QuoteShopRef;

  @ApiProperty({ type: QuoteLineView, isArray: true })
  items!: QuoteLineView[];

  @ApiProperty({ example: 50000 })
  subtotal!: number;

  @ApiProperty({ example: 0, description: 'Added to this shop’s order' })
  adminFee!: number;

  @ApiProperty({ type: ShippingQuoteView, description: 'Courier options with price and "estimasi tiba", or why there are none' })
  shipping!: ShippingQuoteView;
}

export class QuoteDestinationView {
  @ApiProperty({ example: '18.71' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kota Bandar Lampung' })
  regencyLabel!: string;

  @ApiProperty({ example: 'Lampung' })
  provinceName!: string;
}

export class CheckoutQuoteView {
  @ApiProperty({ type: QuoteDestinationView })
  destination!: QuoteDestinationView;

  @ApiProperty({ type: QuoteShopView, isArray: true, description: 'One per shop: each becomes one order' })
  shops!: QuoteShopView[];

  @ApiProperty({ type: PaymentMethodView, isArray: true })
  paymentMethods!: PaymentMethodView[];
}

export class CheckoutResultView {
  @ApiProperty({ format: 'uuid' })
  checkoutId!: string;

  @ApiProperty({ description: 'True when this Idempotency-Key was seen before: these are the first request’s orders' })
  replayed!: boolean;

  @ApiProperty({ type: OrderDetailView, isArray: true, description: 'One order per shop' })
  orders!: OrderDetailView[];
}
