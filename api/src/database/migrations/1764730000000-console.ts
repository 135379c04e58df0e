import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facilitator's live console (issue 8): per-class mission settings, each trainee's last computed mission
 * states (so a change is announced once), demo-order batches (idempotent per key), scenario runs with the orders
 * they made (the fraud drill's order is found through them), and indexes for reading one trainee's activity.
 */
export class Console1764730000000 implements MigrationInterface {
  name = 'Console1764730000000';

  async up(q: QueryRunner): Promise<void> {
    // A class without rows uses every mission in the default order.
    await q.query(`
      CREATE TABLE "class_mission" (
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "mission_id" varchar(32) NOT NULL,
        "position" smallint NOT NULL CHECK ("position" >= 0),
        "enabled" boolean NOT NULL DEFAULT true,
        PRIMARY KEY ("class_id", "mission_id")
      )`);

    // The last mission states computed for a trainee: { "<missionId>": "done" | "todo" | "failed" }.
    await q.query(`
      CREATE TABLE "mission_status" (
        "participant_id" uuid PRIMARY KEY REFERENCES "participant" ("id") ON DELETE CASCADE,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "states" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "done_count" smallint NOT NULL DEFAULT 0,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "mission_status_class_idx" ON "mission_status" ("class_id")`);

    // One row per "Kirim pesanan demo" request: the same key again returns the same orders.
    await q.query(`
      CREATE TABLE "demo_order_batch" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "idempotency_key" varchar(100) NOT NULL,
        "request_hash" char(64) NOT NULL,
        "facilitator_id" uuid REFERENCES "facilitator" ("id") ON DELETE SET NULL,
        "persona_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "targets" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "demo_order_batch_key" UNIQUE ("class_id", "idempotency_key")
      )`);

    // A scenario run: one scenario against one trainee; runs started together share a batch key.
    await q.query(`
      CREATE TABLE "scenario_run" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "scenario_id" varchar(40) NOT NULL,
        "batch_key" varchar(100) NOT NULL,
        "target_participant_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "target_shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "persona_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "started_by" uuid REFERENCES "facilitator" ("id") ON DELETE SET NULL,
        "status" varchar(16) NOT NULL DEFAULT 'running' CHECK ("status" IN ('running', 'waiting', 'finished', 'failed')),
        "next_step" smallint NOT NULL DEFAULT 0,
        "context" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "outcome" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "error_code" varchar(64),
        "started_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        CONSTRAINT "scenario_run_batch_target_key" UNIQUE ("class_id", "batch_key", "target_participant_id")
      )`);
    await q.query(`CREATE INDEX "scenario_run_class_idx" ON "scenario_run" ("class_id", "started_at" DESC)`);

    // Which orders a run made, and as what (the fraud drill's order has role 'fraud_drill').
    await q.query(`
      CREATE TABLE "scenario_run_order" (
        "run_id" uuid NOT NULL REFERENCES "scenario_run" ("id") ON DELETE CASCADE,
        "order_id" uuid NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "role" varchar(32) NOT NULL,
        PRIMARY KEY ("run_id", "order_id")
      )`);
    await q.query(`CREATE INDEX "scenario_run_order_class_idx" ON "scenario_run_order" ("class_id", "role", "shop_id")`);

    // One trainee's activity, and a shop's (order events name the shop, not the seller, as actor).
    await q.query(`CREATE INDEX "activity_class_actor_idx" ON "activity" ("class_id", "actor_id", "id")`);
    await q.query(`CREATE INDEX "activity_class_shop_idx" ON "activity" ("class_id", ("payload" ->> 'shopId'), "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "activity_class_shop_idx"`);
    await q.query(`DROP INDEX "activity_class_actor_idx"`);
    for (const table of ['scenario_run_order', 'scenario_run', 'demo_order_batch', 'mission_status', 'class_mission']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
