import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fulfilment (issue 6, first half): the shipment of a paid order (resi, drop point, label), its tracking steps on the
 * class clock, the failed-delivery scenario flag, and the buyers' reviews. Times named *_at are SIMULATED time.
 */
export class Fulfilment1764700000000 implements MigrationInterface {
  name = 'Fulfilment1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // Set by the failed-delivery scenario (before or after shipping): the tracking script then ends in a return.
    await q.query(`ALTER TABLE "orders" ADD COLUMN "delivery_outcome" varchar(10) NOT NULL DEFAULT 'delivered'
                   CHECK ("delivery_outcome" IN ('delivered', 'failed'))`);
    await q.query(`ALTER TABLE "orders" ADD COLUMN "delivered_at" timestamptz`);
    await q.query(`ALTER TABLE "orders" ADD COLUMN "completed_at" timestamptz`);

    // One per order: made by "Atur Pengiriman" (resi and drop point, the label can print), shipped when the seller
    // confirms the hand-over. The resi is unique everywhere: Cek Resi finds a parcel by it alone.
    await q.query(`
      CREATE TABLE "shipment" (
        "order_id" uuid PRIMARY KEY REFERENCES "orders" ("id") ON DELETE CASCADE,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "courier_code" varchar(40) NOT NULL,
        "resi" varchar(40) NOT NULL,
        "drop_point_id" varchar(80) NOT NULL,
        "drop_point" jsonb NOT NULL,
        "origin_city" varchar(80) NOT NULL,
        "destination_city" varchar(80) NOT NULL,
        "arranged_at" timestamptz NOT NULL,
        "shipped_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "shipment_resi_key" UNIQUE ("resi")
      )`);

    // The steps that have happened, in the order they were planned; a step happens once per parcel.
    await q.query(`
      CREATE TABLE "tracking_event" (
        "id" bigserial PRIMARY KEY,
        "order_id" uuid NOT NULL REFERENCES "shipment" ("order_id") ON DELETE CASCADE,
        "step" varchar(24) NOT NULL,
        "city" varchar(80),
        "at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "tracking_event_step_once" UNIQUE ("order_id", "step")
      )`);

    // Ulasan: one per product of a completed order, by its buyer.
    await q.query(`
      CREATE TABLE "review" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "order_id" uuid NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
        "product_id" uuid NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
        "buyer_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "rating" smallint NOT NULL CHECK ("rating" BETWEEN 1 AND 5),
        "text" varchar(500) NOT NULL,
        "sim_time" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "review_order_product_key" UNIQUE ("order_id", "product_id")
      )`);
    // The product page: newest first.
    await q.query(`CREATE INDEX "review_product_idx" ON "review" ("product_id", "created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "review"`);
    await q.query(`DROP TABLE "tracking_event"`);
    await q.query(`DROP TABLE "shipment"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "completed_at"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "delivered_at"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "delivery_outcome"`);
  }
}
