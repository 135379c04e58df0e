import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { LINE_PROBLEMS, type LineProblem } from '../checkout-rules.js';
import { CartShopView, QuoteLineView } from './line-views.dto.js';

export class SetCartQuantityRequest {
  @ApiProperty({ example: 2, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;
}

/** A cart line: the quoted line plus what can stop it being checked out. */
export class CartItemView extends QuoteLineView {
  @ApiProperty({ example: 40 })
  stock!: number;

  @ApiProperty({ example: 1 })
  minOrder!: number;

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
