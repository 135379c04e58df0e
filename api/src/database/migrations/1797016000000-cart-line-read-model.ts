import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What catalog/ reads of orders/' cart, as a read model (READ_MODELS in api/src/common/architecture/table-owners.mjs):
 * `cart_line`, a participant's cart lines, so that the cart's products come in the same statement as its lines
 * (`ProductsRepository#findInCart`: one round trip for "+ Keranjang", the cart page, the quote and checkout). A plain
 * view, inlined by the planner: the read keeps the cart's index (participant_id, product_id).
 */
export class CartLineReadModel1797016000000 implements MigrationInterface {
  name = 'CartLineReadModel1797016000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "cart_line" AS SELECT "participant_id", "product_id", "quantity", "added_at" FROM "cart_item"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "cart_line"`);
  }
}
