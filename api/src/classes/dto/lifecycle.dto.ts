import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class ResetClassRequest {
  @ApiProperty({ example: 'KMNPQR', description: 'The class join code, typed by the facilitator to confirm' })
  @IsString()
  @Length(1, 12)
  confirmJoinCode!: string;
}

export class ResetClassView {
  @ApiProperty({ format: 'uuid' })
  classId!: string;

  @ApiProperty()
  deletedOrders!: number;

  @ApiProperty({ description: 'Trainees and buyers who had joined by code' })
  deletedParticipants!: number;

  @ApiProperty()
  deletedActivity!: number;

  @ApiProperty({ description: 'Demo buyers and demo shops kept' })
  keptPersonas!: number;

  @ApiProperty({ description: 'Seed products kept (stock given back)' })
  keptProducts!: number;

  @ApiProperty({ format: 'date-time', description: 'The restarted class clock (real time, 1×)' })
  simNow!: string;
}

export class CloneClassRequest {
  @ApiPropertyOptional({ example: 'Pelatihan E-Commerce PKH – Gelombang 2', description: 'Default: "<name> (salinan)"' })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  name?: string;

  @ApiPropertyOptional({ example: '2026-12-05', description: 'Default: the template’s date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string;
}
