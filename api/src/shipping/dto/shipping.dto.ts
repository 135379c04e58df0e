import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SHIPPING_ZONES, type ShippingZone } from '../../regions/zone.js';
import { SERVICE_TYPES, type ServiceType } from '../courier-services.js';
import { EXCLUSION_REASONS, type ExclusionReason, NO_OPTION_REASONS, type NoOptionReason } from '../shipping-rate.js';

export class EtdView {
  @ApiProperty({ enum: ['day', 'hour'] })
  unit!: 'day' | 'hour';

  @ApiProperty({ example: 2 })
  min!: number;

  @ApiProperty({ example: 3 })
  max!: number;
}

export class CourierServiceView {
  @ApiProperty({ example: 'jne-reg', description: 'Stable code; the client keys logos by `courier`' })
  code!: string;

  @ApiProperty({ example: 'JNE' })
  courier!: string;

  @ApiProperty({ example: 'REG' })
  service!: string;

  @ApiProperty({ example: 'JNE Reguler' })
  name!: string;

  @ApiProperty({ enum: SERVICE_TYPES, enumName: 'CourierServiceType' })
  type!: ServiceType;

  @ApiProperty({ type: EtdView, description: 'The headline ETD; a far zone may take longer (see a quote)' })
  etd!: EtdView;

  @ApiProperty({ example: 'estimasi tiba 2-3 hari' })
  etdLabel!: string;

  @ApiProperty({ example: 50 })
  maxWeightKg!: number;

  @ApiProperty({ description: 'Whether the buyer may pay cash on delivery with this service' })
  cod!: boolean;

  @ApiProperty({ enum: SHIPPING_ZONES, enumName: 'ShippingZone', isArray: true, description: 'Zones the service serves' })
  zones!: ShippingZone[];
}

export class ShippingOptionView {
  @ApiProperty({ example: 'jne-reg' })
  code!: string;

  @ApiProperty({ example: 'JNE Reguler' })
  name!: string;

  @ApiProperty({ enum: SERVICE_TYPES, enumName: 'CourierServiceType' })
  type!: ServiceType;

  @ApiProperty({ type: EtdView, description: 'The ETD on this zone' })
  etd!: EtdView;

  @ApiProperty({ example: 11000, description: 'Whole rupiah' })
  price!: number;

  @ApiProperty({ example: 'estimasi tiba 2-3 hari' })
  etdLabel!: string;

  @ApiProperty({ description: 'COD may be chosen with this service' })
  cod!: boolean;
}

export class ShippingExclusionView {
  @ApiProperty({ example: 'gosend-instant' })
  code!: string;

  @ApiProperty({ enum: EXCLUSION_REASONS, enumName: 'ShippingExclusionReason' })
  reason!: ExclusionReason;

  @ApiProperty({ example: 'Layanan ini tidak melayani tujuan ini.' })
  message!: string;
}

export class ShippingQuoteView {
  @ApiProperty({ enum: SHIPPING_ZONES, enumName: 'ShippingZone' })
  zone!: ShippingZone;

  @ApiProperty({ example: 1, description: 'Chargeable weight in whole kg' })
  weightKg!: number;

  @ApiProperty({ type: ShippingOptionView, isArray: true, description: 'Cheapest first' })
  options!: ShippingOptionView[];

  @ApiProperty({ type: ShippingExclusionView, isArray: true })
  excluded!: ShippingExclusionView[];

  @ApiPropertyOptional({ enum: NO_OPTION_REASONS, enumName: 'NoShippingOptionReason', nullable: true, description: 'Set when no option is left' })
  noOptionReason!: NoOptionReason | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Produk ini mudah basi, hanya bisa dikirim ke area terdekat.' })
  noOptionMessage!: string | null;
}
