import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MediaUrls } from '../../media/dto/media.dto.js';
import { LINE_PROBLEMS, type LineProblem } from '../checkout-rules.js';

export class SetCartQuantityRequest {
  @ApiProperty({ example: 2, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;
}

export class CartShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Toko Sriyati' })
  name!: string;

  @ApiProperty({ example: 'Kab. Pringsewu' })
  regencyLabel!: string;
}

export class CartItemView {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 'Gula Aren Asli Pringsewu 1 kg' })
  title!: string;

  @ApiProperty({ example: 25000 })
  price!: number;

  @ApiProperty({ example: 2 })
  quantity!: number;

  @ApiProperty({ example: 50000 })
  lineTotal!: number;

  @ApiProperty({ example: 40 })
  stock!: number;

  @ApiProperty({ example: 1 })
  minOrder!: number;

  @ApiProperty({ example: 1000 })
  weightGrams!: number;

  @ApiProperty({ description: 'Spoils: only nearby destinations get couriers' })
  perishable!: boolean;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;

  @ApiPropertyOptional({
    enum: LINE_PROBLEMS,
    enumName: 'CartLineProblem',
    nullable: true,
    description: 'Why this line cannot be checked out as it is (the product was hidden, sold out, …)',
  })
  problem!: LineProblem | null;
}

export class CartShopGroupView {
  @ApiProperty({ type: CartShopView })
  shop!: CartShopView;

  @ApiProperty({ type: CartItemView, isArray: true })
  items!: CartItemView[];

  @ApiProperty({ example: 50000, description: 'Lines without a problem' })
  subtotal!: number;
}

export class CartView {
  @ApiProperty({ type: CartShopGroupView, isArray: true, description: 'One group per shop: each becomes one order' })
  shops!: CartShopGroupView[];

  @ApiProperty({ example: 3, description: 'Units in the cart (the badge)' })
  itemCount!: number;

  @ApiProperty({ example: 75000 })
  subtotal!: number;
}
