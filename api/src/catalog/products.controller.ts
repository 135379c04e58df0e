import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ChangeStockRequest, CreateProductRequest, ProductDetail, ProductSaved, UpdateProductRequest } from './dto/product.dto.js';
import { ProductsService } from './products.service.js';

/** The seller's side: a trainee's own products only; another shop's product is "not found". */
@ApiTags('products')
@ApiBearerAuth()
@Requires('trainee')
@Controller()
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  /** "Posting Produk". The same Idempotency-Key again (a post queued offline, sent on reconnect) answers with the first product. */
  @Post('products')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8 to 100 visible ASCII characters, e.g. a UUID made when the post was queued' })
  @ApiCreatedResponse({ type: ProductSaved })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProductRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<ProductSaved> {
    return this.products.create(principal, body, idempotencyKey);
  }

  @Patch('products/:productId')
  @ApiOkResponse({ type: ProductSaved })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @Body() body: UpdateProductRequest,
  ): Promise<ProductSaved> {
    return this.products.update(principal, productId, body);
  }

  @Post('products/:productId/stock')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductDetail })
  changeStock(
    @CurrentPrincipal() principal: Principal,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @Body() body: ChangeStockRequest,
  ): Promise<ProductDetail> {
    return this.products.changeStock(principal, productId, body);
  }

  @Get('shops/mine/products')
  @ApiOkResponse({ type: ProductDetail, isArray: true })
  mine(@CurrentPrincipal() principal: Principal): Promise<ProductDetail[]> {
    return this.products.listMine(principal);
  }
}
