import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * shipping/ publishes an order's resi (READ_MODELS in api/src/common/architecture/table-owners.mjs), so that the order
 * lists of orders/ show it in their one page statement without naming the shipment table. A plain view: the planner
 * inlines it, so the join is the join on shipment's primary key (order_id).
 */
export class ShipmentResiReadModel1797012000000 implements MigrationInterface {
  name = 'ShipmentResiReadModel1797012000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "shipment_resi" AS SELECT "order_id", "resi" FROM "shipment"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "shipment_resi"`);
  }
}
