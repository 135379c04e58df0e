import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the facilitator's console and the mission checks (`missions/`) read of other capabilities, as read models
 * (READ_MODELS in api/src/common/architecture/table-owners.mjs), so that no file of `missions/` names their tables:
 * - `product_summary` (catalog/): a product with its photo count, whether it has one, and its cover;
 * - `order_summary` (orders/): an order's head, without its lines;
 * - `scenario_order_role` (scenarios/): which scenario role placed an order (the fraud drill's fake-proof order);
 * - `conversation_summary` (chat/): a conversation with its message count.
 * Plain views: the planner inlines them, and a column the query does not name (a subquery's count) is not computed,
 * so each console read keeps its one statement and its plan.
 */
export class ConsoleReadModels1797015000000 implements MigrationInterface {
  name = 'ConsoleReadModels1797015000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW "product_summary" AS
      SELECT pr."id", pr."class_id", pr."shop_id", pr."title", pr."price", pr."stock", pr."status", pr."created_at",
             (SELECT count(*)::int FROM "product_photo" ph WHERE ph."product_id" = pr."id") AS "photo_count",
             EXISTS (SELECT 1 FROM "product_photo" ph WHERE ph."product_id" = pr."id") AS "has_photo",
             (SELECT ph."media_hash" FROM "product_photo" ph WHERE ph."product_id" = pr."id" ORDER BY ph."position" LIMIT 1) AS "cover_hash"
        FROM "product" pr`);
    await q.query(`
      CREATE VIEW "order_summary" AS
      SELECT "id", "class_id", "shop_id", "buyer_id", "invoice_number", "state", "total", "payment_method", "placed_at" FROM "orders"`);
    await q.query(`CREATE VIEW "scenario_order_role" AS SELECT "order_id", "class_id", "shop_id", "role" FROM "scenario_run_order"`);
    await q.query(`
      CREATE VIEW "conversation_summary" AS
      SELECT c."id", c."class_id", c."shop_id", c."buyer_id", c."last_message_id", c."last_message_at",
             (SELECT count(*)::int FROM "chat_message" m WHERE m."conversation_id" = c."id") AS "message_count"
        FROM "conversation" c`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "conversation_summary"`);
    await q.query(`DROP VIEW "scenario_order_role"`);
    await q.query(`DROP VIEW "order_summary"`);
    await q.query(`DROP VIEW "product_summary"`);
  }
}
