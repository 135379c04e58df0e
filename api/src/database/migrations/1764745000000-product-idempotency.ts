import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product posted offline is queued on the phone and sent again on reconnect: the same Idempotency-Key
 * (per shop) answers with the first product instead of posting it twice.
 */
export class ProductIdempotency1764745000000 implements MigrationInterface {
  name = 'ProductIdempotency1764745000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "product" ADD COLUMN "idempotency_key" varchar(100)`);
    await q.query(`CREATE UNIQUE INDEX "product_shop_idempotency_key" ON "product" ("shop_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "product_shop_idempotency_key"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "idempotency_key"`);
  }
}
