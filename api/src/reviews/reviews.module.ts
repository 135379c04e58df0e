import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { OrderReviewsController, ProductReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

/** Ulasan: buyers' 1–5 star reviews of the products of their completed orders, shown on the product page. */
@Module({
  imports: [ClockModule, OrdersModule],
  controllers: [OrderReviewsController, ProductReviewsController],
  providers: [ReviewsService],
})
export class ReviewsModule {}
