import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CreateReviewRequest, ProductReviewsQuery, ProductReviewsView, ReviewView } from './dto/review.dto.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('orders/:orderId/reviews')
export class OrderReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** The buyer rates a product of a completed order: 1–5 stars and a text, once per product. */
  @Post()
  @Requires('participant')
  @ApiCreatedResponse({ type: ReviewView })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
    @Body() body: CreateReviewRequest,
  ): Promise<ReviewView> {
    return this.reviews.create(principal, orderId, body);
  }

  @Get()
  @ApiOkResponse({ type: ReviewView, isArray: true })
  list(@CurrentPrincipal() principal: Principal, @Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<ReviewView[]> {
    return this.reviews.forOrder(principal, orderId);
  }
}

/** Any member of the class reads a product's reviews. */
@ApiTags('reviews')
@ApiBearerAuth()
@ClassScoped()
@Controller('classes/:classId/products/:productId/reviews')
export class ProductReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOkResponse({ type: ProductReviewsView })
  list(
    @Param('classId') classId: string,
    @Param('productId', new ParseUUIDPipe()) productId: string,
    @Query() query: ProductReviewsQuery,
  ): Promise<ProductReviewsView> {
    return this.reviews.forProduct(classId, productId, query.limit);
  }
}
