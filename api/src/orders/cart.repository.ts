import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { writeBehind } from '../database/deferred-begin.js';

export interface CartLineRow {
  product_id: string;
  quantity: number;
}

/**
 * Cart writes; every method takes the EntityManager of the caller's transaction (or the default one). The cart is
 * read with its products in one query by catalog/ (`ProductsService#findInCart`, through the `cart_line` read model).
 */
@Injectable()
export class CartRepository {
  /**
   * Sets the line's quantity, adding the line when new, and answers the cart's lines as they are then (oldest first);
   * null (nothing written) when the line is new and the cart already holds `maxLines` products. One statement: the
   * check, the write and the cart read back together (the read sees the cart before the write, so the line written
   * is added to it from the write's own answer).
   */
  async setQuantity(manager: EntityManager, participantId: string, productId: string, quantity: number, maxLines: number): Promise<CartLineRow[] | null> {
    const rows: (CartLineRow & { written: boolean })[] = await manager.query(
      `WITH written AS (
         INSERT INTO cart_item (participant_id, product_id, quantity)
         SELECT $1::uuid, $2::uuid, $3::int
          WHERE EXISTS (SELECT 1 FROM cart_item WHERE participant_id = $1::uuid AND product_id = $2::uuid)
             OR (SELECT count(*) FROM cart_item WHERE participant_id = $1::uuid) < $4::int
         ON CONFLICT (participant_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()
         RETURNING product_id, quantity, added_at)
       SELECT product_id, quantity, true AS written, added_at FROM written
       UNION ALL
       SELECT product_id, quantity, false, added_at FROM cart_item WHERE participant_id = $1::uuid AND product_id <> $2::uuid
       ORDER BY added_at, product_id`,
      [participantId, productId, quantity, maxLines],
    );
    if (!rows.some((row) => row.written)) return null;
    return rows.map((row) => ({ product_id: row.product_id, quantity: row.quantity }));
  }

  async remove(manager: EntityManager, participantId: string, productIds: string[]): Promise<void> {
    if (productIds.length === 0) return;
    await writeBehind(manager, `DELETE FROM cart_item WHERE participant_id = $1 AND product_id = ANY($2::uuid[])`, [participantId, productIds]);
  }

  async clear(manager: EntityManager, participantId: string): Promise<void> {
    await manager.query(`DELETE FROM cart_item WHERE participant_id = $1`, [participantId]);
  }

  /** Empties the cart of every participant of the class (a cart has no class_id: its owner has). */
  async clearClass(manager: EntityManager, classId: string): Promise<void> {
    await manager.query(`DELETE FROM cart_item c USING participant_profile p WHERE p.id = c.participant_id AND p.class_id = $1`, [classId]);
  }
}
