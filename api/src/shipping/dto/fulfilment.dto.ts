import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { TRACKING_STEPS, type TrackingStepCode } from '../tracking-plan.js';

const DROP_POINT_ID = /^[a-z0-9][a-z0-9.&-]{0,79}$/;

export class DropPointView {
  @ApiProperty({ example: 'jne-pringsewu-ahmad-yani' })
  id!: string;

  @ApiProperty({ example: 'JNE' })
  courier!: string;

  @ApiProperty({ enum: ['counter', 'pickup'], description: 'A counter to bring the parcel to, or a driver who picks it up at the shop' })
  kind!: 'counter' | 'pickup';

  @ApiProperty({ example: 'JNE Agen Pringsewu Ahmad Yani' })
  name!: string;

  @ApiProperty({ example: 'Jl. Ahmad Yani No. 21, Pringsewu Utara' })
  address!: string;
}

export class ArrangeShipmentRequest {
  @ApiProperty({ example: 'jne-pringsewu-ahmad-yani', description: 'One of GET /api/orders/{orderId}/drop-points' })
  @IsString()
  @Matches(DROP_POINT_ID)
  dropPointId!: string;
}

export class ShipOrderRequest {
  @ApiPropertyOptional({ description: 'Only when the shipment was not arranged before (then it is, in the same step)' })
  @IsOptional()
  @IsString()
  @Matches(DROP_POINT_ID)
  dropPointId?: string;
}

export class TrackingStepView {
  @ApiProperty({ enum: TRACKING_STEPS, enumName: 'TrackingStep', description: 'The client words it: tracking.step.<step>' })
  step!: TrackingStepCode;

  @ApiProperty({ description: 'Simulated time' })
  at!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Pringsewu', description: 'A city name, never an address' })
  city!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'YBS', description: 'On "delivered" only: who received it (YBS = the addressee)' })
  receiver!: string | null;
}

export class ShipmentView {
  @ApiProperty({ example: 'JP0123456789' })
  resi!: string;

  @ApiProperty({ example: 'jnt-ez' })
  courierCode!: string;

  @ApiProperty({ type: DropPointView })
  dropPoint!: DropPointView;

  @ApiProperty({ description: 'When "Atur Pengiriman" was done (simulated time)' })
  arrangedAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Handed over at the drop point (simulated time)' })
  shippedAt!: string | null;

  @ApiProperty({ type: TrackingStepView, isArray: true, description: 'Steps so far, oldest first' })
  tracking!: TrackingStepView[];
}

export class LabelCourierView {
  @ApiProperty({ example: 'jne-reg' }) code!: string;
  @ApiProperty({ example: 'JNE' }) courier!: string;
  @ApiProperty({ example: 'REG' }) service!: string;
  @ApiProperty({ example: 'JNE Reguler' }) name!: string;
}

export class LabelPartyView {
  @ApiProperty({ example: 'Toko Sriyati' }) name!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '0812****5678', description: 'Masked' }) phone!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Jl. Raya Ambarawa No. 12' }) street!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Ambarawa' }) district!: string | null;
  @ApiProperty({ example: 'Kab. Pringsewu' }) regencyLabel!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lampung' }) provinceName!: string | null;
}

/** What the printed label says. The recipient's phone is masked: a label lies on counters and doorsteps. */
export class ShippingLabelView {
  @ApiProperty({ example: 'INV/20261128/PL/0001' }) invoiceNumber!: string;
  @ApiProperty({ example: 'JP0123456789' }) resi!: string;
  @ApiProperty({ type: LabelCourierView }) courier!: LabelCourierView;
  @ApiProperty({ type: LabelPartyView }) sender!: LabelPartyView;
  @ApiProperty({ type: LabelPartyView }) recipient!: LabelPartyView;
  @ApiProperty({ example: 2, description: 'Chargeable weight, whole kg' }) weightKg!: number;
  @ApiProperty({ example: 2000, description: 'Actual weight of the items' }) weightGrams!: number;
  @ApiProperty({ example: 2 }) itemCount!: number;
  @ApiProperty({ description: 'Cash on delivery: the courier collects codAmount' }) cod!: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 72000 }) codAmount!: number | null;
  @ApiProperty({ type: DropPointView }) dropPoint!: DropPointView;
  @ApiProperty({ description: 'Simulated time' }) arrangedAt!: string;
}

/** Cek Resi: what anyone with the number may read: courier, progress and city names. Nobody's name, address or phone. */
export class PublicTrackingView {
  @ApiProperty({ example: 'JP0123456789' }) resi!: string;
  @ApiProperty({ type: LabelCourierView }) courier!: LabelCourierView;
  @ApiProperty({ enum: ['waiting', 'in_transit', 'delivered', 'returned'], description: 'waiting: not yet handed to the courier' })
  status!: 'waiting' | 'in_transit' | 'delivered' | 'returned';
  @ApiProperty({ example: 'Pringsewu' }) originCity!: string;
  @ApiProperty({ example: 'Kota Bandar Lampung' }) destinationCity!: string;
  @ApiProperty({ type: TrackingStepView, isArray: true, description: 'Oldest first' }) steps!: TrackingStepView[];
}

export class FailedDeliveryView {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ example: 'SHIPPED' }) state!: string;
  @ApiProperty({ description: 'True when the parcel was already on its way: its tracking now ends in a return' }) rescheduled!: boolean;
}
