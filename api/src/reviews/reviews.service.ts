import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { numberedName } from '../classes/participant-name.js';
import { ClockService } from '../clock/clock.service.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { OrderReadModel } from '../orders/order-read-model.js';
import type { CreateReviewRequest, ProductReviewsView, ReviewView } from './dto/review.dto.js';
import { averageRating, reviewProblem, reviewRefusal, tidyReviewText } from './review-rules.js';
import { reviewErrors } from './reviews.errors.js';

interface ReviewRow {
  id: string;
  product_id: string;
  order_id: string;
  rating: number;
  text: string;
  sim_time: Date;
  display_name: string;
  name_number: number;
}

const REVIEW_SELECT = `SELECT r.id, r.product_id, r.order_id, r.rating, r.text, r.sim_time, p.display_name, p.name_number
  FROM review r JOIN participant_profile p ON p.id = r.buyer_id`;

function view(row: ReviewRow): ReviewView {
  return {
    id: row.id,
    productId: row.product_id,
    orderId: row.order_id,
    buyerName: numberedName(row.display_name, row.name_number),
    rating: row.rating,
    text: row.text,
    at: row.sim_time.toISOString(),
  };
}

/** Ulasan: the buyer of a completed order rates each of its products once (1–5 stars and a text); the product page lists them. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: ClockService,
    private readonly auth: AuthService,
    private readonly orders: OrderReadModel,
  ) {}

  async create(principal: Principal, orderId: string, input: CreateReviewRequest): Promise<ReviewView> {
    const problem = reviewProblem(input);
    if (problem) throw reviewErrors.invalid(problem);
    const party = await this.orders.parties(this.dataSource.manager, orderId);
    if (!party || principal.kind !== 'participant' || (principal.id !== party.buyer_id && principal.id !== party.seller_id)) throw reviewErrors.orderNotFound();
    if (principal.id !== party.buyer_id) throw reviewErrors.notAllowed();
    const simNow = await this.clock.now(party.class_id);
    const id = await this.uow.run(async (tx) => {
      // FOR SHARE: the order cannot change state under the review (a review of a COMPLETED order only).
      const order = await this.orders.holdStill(tx.manager, orderId);
      const refusal = reviewRefusal({ state: order!.state, buyerId: order!.buyer_id }, principal.id);
      if (refusal === 'NOT_YOUR_ORDER') throw reviewErrors.notAllowed();
      if (refusal === 'REVIEW_NOT_YET') throw reviewErrors.notYet();
      if (!(await this.orders.hasProduct(tx.manager, orderId, input.productId))) throw reviewErrors.productNotInOrder(input.productId);
      const inserted: { id: string }[] = await tx.manager.query(
        `INSERT INTO review (class_id, order_id, product_id, buyer_id, rating, text, sim_time) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT review_order_product_key DO NOTHING RETURNING id`,
        [order!.class_id, orderId, input.productId, principal.id, input.rating, tidyReviewText(input.text), simNow],
      );
      if (inserted.length === 0) throw reviewErrors.alreadyReviewed(input.productId);
      await tx.record({
        type: 'review.created',
        classId: order!.class_id,
        actorId: principal.id,
        payload: { reviewId: inserted[0]!.id, productId: input.productId, orderId, shopId: order!.shop_id, rating: input.rating },
        rooms: [rooms.participant(order!.buyer_id), rooms.shop(order!.shop_id), rooms.order(orderId), rooms.facilitators(order!.class_id)],
        simTime: simNow,
      });
      return inserted[0]!.id;
    });
    const rows: ReviewRow[] = await this.dataSource.query(`${REVIEW_SELECT} WHERE r.id = $1`, [id]);
    return view(rows[0]!);
  }

  /** The reviews of one order (its buyer, its seller, the class's facilitators): which products still await one. */
  async forOrder(principal: Principal, orderId: string): Promise<ReviewView[]> {
    const party = await this.orders.parties(this.dataSource.manager, orderId);
    const allowed =
      party &&
      (principal.kind === 'participant' ? principal.id === party.buyer_id || principal.id === party.seller_id : await this.auth.canAccessClass(principal, party.class_id));
    if (!allowed) throw reviewErrors.orderNotFound();
    const rows: ReviewRow[] = await this.dataSource.query(`${REVIEW_SELECT} WHERE r.order_id = $1 ORDER BY r.created_at, r.id`, [orderId]);
    return rows.map(view);
  }

  /** The product page: the average over every review, and the newest ones (the class guard already checked the caller). */
  async forProduct(classId: string, productId: string, limit = 20): Promise<ProductReviewsView> {
    const [stats] = (await this.dataSource.query(
      `SELECT count(*)::int AS count, COALESCE(sum(rating), 0)::int AS sum FROM review WHERE product_id = $1 AND class_id = $2`,
      [productId, classId],
    )) as { count: number; sum: number }[];
    const rows: ReviewRow[] = await this.dataSource.query(
      `${REVIEW_SELECT} WHERE r.product_id = $1 AND r.class_id = $2 ORDER BY r.created_at DESC, r.id DESC LIMIT $3`,
      [productId, classId, limit],
    );
    return { average: averageRating(stats!.sum, stats!.count), count: stats!.count, items: rows.map(view) };
  }
}
