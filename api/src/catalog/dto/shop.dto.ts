import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ShopSummary } from '../../classes/dto/join.dto.js';

export class UpdateShopRequest {
  @ApiPropertyOptional({ example: 'Gula Aren Bu Sriyati' })
  @IsOptional()
  @IsString()
  @Length(3, 60)
  name?: string;

  @ApiPropertyOptional({ example: 'Gula aren asli dari Pekon Ambarawa, dimasak tanpa campuran.' })
  @IsOptional()
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
