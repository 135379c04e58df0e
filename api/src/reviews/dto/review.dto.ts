import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { RATING_MAX, RATING_MIN, REVIEW_TEXT_MAX } from '../review-rules.js';

export class CreateReviewRequest {
  @ApiProperty({ format: 'uuid', description: 'A product of the order' })
  @IsUUID()
  productId!: string;

  @ApiProperty({ minimum: RATING_MIN, maximum: RATING_MAX, example: 5 })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  rating!: number;

  @ApiProperty({ example: 'Gula arennya wangi dan dibungkus rapi.', maxLength: REVIEW_TEXT_MAX })
  @IsString()
  @MaxLength(REVIEW_TEXT_MAX * 2)
  text!: string;
}

export class ReviewView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ example: 'Bu Rahma', description: 'The buyer’s display name' }) buyerName!: string;
  @ApiProperty({ example: 5 }) rating!: number;
  @ApiProperty({ example: 'Gula arennya wangi dan dibungkus rapi.' }) text!: string;
  @ApiProperty({ description: 'Simulated time' }) at!: string;
}

export class ProductReviewsView {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 4.5, description: 'One decimal; null before the first review' })
  average!: number | null;

  @ApiProperty({ example: 2 }) count!: number;

  @ApiProperty({ type: ReviewView, isArray: true, description: 'Newest first (the latest page)' }) items!: ReviewView[];
}

export class ProductReviewsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
