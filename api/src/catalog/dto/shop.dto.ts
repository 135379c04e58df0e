import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { ShopSummary } from '../../classes/dto/join.dto.js';

export class UpdateShopRequest {
  @ApiPropertyOptional({ example: 'Gula Aren Bu Sriyati' })
  // Leave it out to keep the name; null is not a name (IsOptional would let it through to the database).
  @ValidateIf((_object: unknown, value: unknown) => value !== undefined)
  @IsString()
  @Length(3, 60)
  name?: string;

  @ApiPropertyOptional({ example: 'Gula aren asli dari Pekon Ambarawa, dimasak tanpa campuran.' })
  @ValidateIf((_object: unknown, value: unknown) => value !== undefined)
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class ShopView extends ShopSummary {
  @ApiProperty({ description: "The owner's name as shown in the class" })
  ownerName!: string;

  @ApiProperty({ description: 'True when the caller owns this shop' })
  isMine!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Owner's phone: only for the owner and the class's facilitators" })
  ownerPhone?: string | null;
}
