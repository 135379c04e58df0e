import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, "Latihan Mandiri" (practice at home): a class's practice settings (days open after the session, the
 * rhythm of the persona buyers, the share of unpaid and fraud visits) and one row per persona-buyer visit to a
 * trainee's shop, keyed by slot so a task run twice visits once.
 */
export class Practice1797001001000 implements MigrationInterface {
  name = 'Practice1797001001000';

  async up(q: QueryRunner): Promise<void> {
    // `generation` goes up at every change: a visit task scheduled under older settings does nothing.
    await q.query(`
      CREATE TABLE "practice_setting" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "enabled" boolean NOT NULL DEFAULT false,
        "days_open" smallint NOT NULL CHECK ("days_open" BETWEEN 1 AND 30),
        "orders_per_day" smallint NOT NULL CHECK ("orders_per_day" BETWEEN 1 AND 6),
        "unpaid_percent" smallint NOT NULL CHECK ("unpaid_percent" BETWEEN 0 AND 100),
        "fraud_percent" smallint NOT NULL CHECK ("fraud_percent" BETWEEN 0 AND 100),
        "seed" integer NOT NULL,
        "generation" integer NOT NULL DEFAULT 0,
        "starts_sim" timestamptz,
        "ends_sim" timestamptz,
        "updated_by" uuid,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // One visit per generation, slot and trainee. `status`: pending → done | failed (error_code says why).
    await q.query(`
      CREATE TABLE "practice_visit" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "generation" integer NOT NULL,
        "slot" integer NOT NULL CHECK ("slot" >= 0),
        "day" integer NOT NULL CHECK ("day" >= 0),
        "participant_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL,
        "trainee_index" integer NOT NULL,
        "due_sim" timestamptz NOT NULL,
        "status" varchar(8) NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
        "order_id" uuid REFERENCES "orders" ("id") ON DELETE SET NULL,
        "persona_id" uuid,
        "question" varchar(40),
        "paid" boolean NOT NULL DEFAULT false,
        "fraud" boolean NOT NULL DEFAULT false,
        "error_code" varchar(60),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "done_at" timestamptz,
        UNIQUE ("class_id", "generation", "slot", "participant_id")
      )`);
    await q.query(`CREATE INDEX "practice_visit_participant" ON "practice_visit" ("participant_id", "due_sim")`);
    await q.query(`CREATE INDEX "practice_visit_pending" ON "practice_visit" ("class_id") WHERE "status" = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "practice_visit"`);
    await q.query(`DROP TABLE IF EXISTS "practice_setting"`);
  }
}
