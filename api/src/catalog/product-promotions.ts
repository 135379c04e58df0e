import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { writeBehind } from '../database/deferred-begin.js';

/** A paid promotion ("Iklan") of a product: the storefront puts it first while it runs on the class clock. */
export interface PromotionRow {
  id: string;
  product_id: string;
  days: number;
  fee: number;
  starts_at: Date;
  ends_at: Date;
  views: number;
  orders: number;
}

export interface NewPromotion {
  classId: string;
  shopId: string;
  productId: string;
  days: number;
  pricePerDay: number;
  fee: number;
  startsAt: Date;
  endsAt: Date;
  idempotencyKey: string;
}

/**
 * The promotion rows, which catalog keeps because they decide where a product stands in the storefront (the page
 * statement reads them, a product page counts its views). Buying one is the wallet's use case
 * (`wallet/promotions.service.ts`): it pays from the saldo and writes the row here, in its transaction.
 */
@Injectable()
export class ProductPromotions {
  async ofShop(manager: EntityManager, shopId: string): Promise<PromotionRow[]> {
    return manager.query(`SELECT * FROM promotion WHERE shop_id = $1 ORDER BY starts_at DESC, created_at DESC LIMIT 50`, [shopId]);
  }

  async byKey(manager: EntityManager, shopId: string, idempotencyKey: string): Promise<PromotionRow | undefined> {
    const rows: PromotionRow[] = await manager.query(`SELECT * FROM promotion WHERE shop_id = $1 AND idempotency_key = $2`, [shopId, idempotencyKey]);
    return rows[0];
  }

  /** When the product's promotion that has not ended yet at `simNow` ends (one may start a moment "later"). */
  async notEndedBy(manager: EntityManager, productId: string, simNow: Date): Promise<Date | null> {
    const rows: { ends_at: Date }[] = await manager.query(`SELECT ends_at FROM promotion WHERE product_id = $1 AND ends_at > $2`, [productId, simNow]);
    return rows[0]?.ends_at ?? null;
  }

  async start(manager: EntityManager, input: NewPromotion): Promise<PromotionRow> {
    const rows: PromotionRow[] = await manager.query(
      `INSERT INTO promotion (class_id, shop_id, product_id, days, price_per_day, fee, starts_at, ends_at, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [input.classId, input.shopId, input.productId, input.days, input.pricePerDay, input.fee, input.startsAt, input.endsAt, input.idempotencyKey],
    );
    return rows[0]!;
  }

  /**
   * Whether a promotion of the product is running at `simNow`, in one statement: with `countView`, the product page
   * being shown to a buyer also counts as one view of it.
   */
  async runningFor(manager: EntityManager, classId: string, productId: string, simNow: Date, countView: boolean): Promise<boolean> {
    const where = `product_id = $1 AND class_id = $2 AND starts_at <= $3 AND ends_at > $3`;
    if (!countView) return ((await manager.query(`SELECT 1 FROM promotion WHERE ${where}`, [productId, classId, simNow])) as unknown[]).length > 0;
    const [, affected] = (await manager.query(`UPDATE promotion SET views = views + 1 WHERE ${where}`, [productId, classId, simNow])) as [unknown, number];
    return affected > 0;
  }

  /** An order placed at `simTime` counts for the running promotions of its products. */
  async countOrder(manager: EntityManager, productIds: string[], simTime: Date): Promise<void> {
    // Nobody reads its answer: in a transaction it goes with the next statement (writeBehind).
    await writeBehind(
      manager,
      `UPDATE promotion pr SET orders = orders + 1
        WHERE pr.product_id = ANY($1::uuid[]) AND pr.starts_at <= $2 AND pr.ends_at > $2`,
      [productIds, simTime],
    );
  }
}
