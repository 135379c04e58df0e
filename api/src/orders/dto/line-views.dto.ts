// Views shared by the cart and the checkout quote: a shop and a line as the buyer sees them.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MediaUrls } from '../../media/dto/media.dto.js';

export class CartShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Toko Sriyati' })
  name!: string;

  @ApiProperty({ example: 'Kab. Pringsewu' })
  regencyLabel!: string;
}

export class QuoteLineView {
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

  @ApiProperty({ example: 1000 })
  weightGrams!: number;

  @ApiProperty({ description: 'Spoils: only nearby destinations get couriers' })
  perishable!: boolean;

  @ApiPropertyOptional({ type: MediaUrls, nullable: true })
  photo!: MediaUrls | null;
}
