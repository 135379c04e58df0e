import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ClassView } from './class.dto.js';

export class JoinRequest {
  @ApiProperty({ example: 'KMNPQR' })
  @IsString()
  @Length(4, 12)
  code!: string;

  @ApiProperty({ example: 'Sriyati' })
  @IsString()
  @Length(2, 40)
  displayName!: string;

  @ApiPropertyOptional({ example: '081234567890' })
  @IsOptional()
  @Matches(/^\+?\d{8,15}$/, { message: 'phone must be 8 to 15 digits' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Pekon Ambarawa' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  village?: string;

  @ApiPropertyOptional({ enum: ['trainee', 'buyer'], default: 'trainee' })
  @IsOptional()
  @IsIn(['trainee', 'buyer'])
  role?: 'trainee' | 'buyer';
}

export class PinLoginRequest {
  @ApiProperty({ example: 'KMNPQR' })
  @IsString()
  @Length(4, 12)
  code!: string;

  @ApiProperty({ example: '048213' })
  @Matches(/^\d{6}$/, { message: 'pin must be 6 digits' })
  pin!: string;
}

export class JoinLookupView {
  @ApiProperty()
  code!: string;

  @ApiProperty()
  className!: string;

  @ApiProperty()
  place!: string;

  @ApiProperty()
  date!: string;
}

export class ShopSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ example: '18.10' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kab. Pringsewu' })
  regencyLabel!: string;
}

export class JoinResponse {
  @ApiProperty({ description: 'Bearer token; the phone keeps it, so a reload stays the same participant' })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['trainee', 'buyer'] })
  role!: 'trainee' | 'buyer';

  @ApiProperty({ type: ClassView })
  class!: ClassView;

  @ApiProperty({ type: ShopSummary, nullable: true })
  shop!: ShopSummary | null;
}
