import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const MAX_REGENCY_SEARCH_LIMIT = 50;

export class SearchRegenciesQuery {
  @ApiProperty({ example: 'prings', minLength: 2, maxLength: 50, description: 'Part of the name, any case.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(50)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_REGENCY_SEARCH_LIMIT, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_REGENCY_SEARCH_LIMIT)
  limit?: number;
}
