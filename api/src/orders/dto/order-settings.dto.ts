import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { ORDER_DEADLINE_BOUNDS } from '../order-deadlines.js';

const { paymentHours, shipByDays, autoCompleteDays } = ORDER_DEADLINE_BOUNDS;

export class OrderSettingsView {
  @ApiProperty({ example: 24, description: 'Hours (simulated) a buyer has to pay' })
  paymentHours!: number;

  @ApiProperty({ example: 2, description: 'Days (simulated) a seller has to ship a paid order' })
  shipByDays!: number;

  @ApiProperty({ example: 3, description: 'Days after delivery before an order completes by itself' })
  autoCompleteDays!: number;

  @ApiProperty({ example: 0, description: 'Whole rupiah added to each order' })
  adminFeeRupiah!: number;

  @ApiProperty({ description: 'False: the admin fee is the server’s ADMIN_FEE_RUPIAH' })
  adminFeeSetByClass!: boolean;
}

export class UpdateOrderSettingsRequest {
  @ApiPropertyOptional({ minimum: paymentHours.min, maximum: paymentHours.max })
  @IsOptional()
  @IsInt()
  @Min(paymentHours.min)
  @Max(paymentHours.max)
  paymentHours?: number;

  @ApiPropertyOptional({ minimum: shipByDays.min, maximum: shipByDays.max })
  @IsOptional()
  @IsInt()
  @Min(shipByDays.min)
  @Max(shipByDays.max)
  shipByDays?: number;

  @ApiPropertyOptional({ minimum: autoCompleteDays.min, maximum: autoCompleteDays.max })
  @IsOptional()
  @IsInt()
  @Min(autoCompleteDays.min)
  @Max(autoCompleteDays.max)
  autoCompleteDays?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1_000_000, description: 'null: back to the server’s default' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  adminFeeRupiah?: number | null;
}
