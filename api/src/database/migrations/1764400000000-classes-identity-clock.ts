import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training classes and who is in them: facilitators (email + argon2 password), classes with join codes,
 * participants (trainees and demo buyers, token-only), their shops, hashed access tokens, a shared
 * rate-limit counter, and each class's simulation clock with its durable scheduled tasks.
 */
export class ClassesIdentityClock1764400000000 implements MigrationInterface {
  name = 'ClassesIdentityClock1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "facilitator" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "name" varchar(100) NOT NULL,
        "password_hash" text NOT NULL,
        "role" varchar(16) NOT NULL CHECK ("role" IN ('admin', 'facilitator')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "disabled_at" timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX "facilitator_email_key" ON "facilitator" (lower("email"))`);

    await q.query(`
      CREATE TABLE "training_class" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(120) NOT NULL,
        "place" varchar(160) NOT NULL,
        "date" date NOT NULL,
        "regency_code" varchar(8) NOT NULL,
        "join_code" char(6) NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'closed', 'archived')),
        "created_by" uuid NOT NULL REFERENCES "facilitator" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "status_changed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // A join code is unique among open classes; a closed class's code may be reused later.
    await q.query(`CREATE UNIQUE INDEX "training_class_open_join_code_key" ON "training_class" ("join_code") WHERE "status" = 'open'`);

    await q.query(`
      CREATE TABLE "class_facilitator" (
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "facilitator_id" uuid NOT NULL REFERENCES "facilitator" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("class_id", "facilitator_id")
      )`);
    await q.query(`CREATE INDEX "class_facilitator_facilitator_idx" ON "class_facilitator" ("facilitator_id")`);

    await q.query(`
      CREATE TABLE "participant" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL CHECK ("role" IN ('trainee', 'buyer')),
        "display_name" varchar(60) NOT NULL,
        "name_key" varchar(60) NOT NULL,
        "name_number" integer NOT NULL DEFAULT 1,
        "phone" varchar(20),
        "village" varchar(120),
        "is_persona" boolean NOT NULL DEFAULT false,
        "created_by" uuid REFERENCES "facilitator" ("id") ON DELETE SET NULL,
        "pin_hash" text,
        "pin_expires_at" timestamptz,
        "joined_at" timestamptz NOT NULL DEFAULT now(),
        "last_seen_at" timestamptz
      )`);
    // Two trainees called "Siti" become "Siti" and "Siti (2)".
    await q.query(`CREATE UNIQUE INDEX "participant_name_key" ON "participant" ("class_id", "name_key", "name_number")`);
    await q.query(`CREATE INDEX "participant_class_joined_idx" ON "participant" ("class_id", "joined_at")`);

    await q.query(`
      CREATE TABLE "shop" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "participant_id" uuid NOT NULL UNIQUE REFERENCES "participant" ("id") ON DELETE CASCADE,
        "name" varchar(60) NOT NULL,
        "description" varchar(500),
        "regency_code" varchar(8) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "shop_class_idx" ON "shop" ("class_id")`);

    await q.query(`
      CREATE TABLE "access_token" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "token_hash" char(64) NOT NULL UNIQUE,
        "facilitator_id" uuid REFERENCES "facilitator" ("id") ON DELETE CASCADE,
        "participant_id" uuid REFERENCES "participant" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        CHECK (("facilitator_id" IS NULL) <> ("participant_id" IS NULL))
      )`);
    await q.query(`CREATE INDEX "access_token_participant_idx" ON "access_token" ("participant_id") WHERE "participant_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "access_token_facilitator_idx" ON "access_token" ("facilitator_id") WHERE "facilitator_id" IS NOT NULL`);

    await q.query(`
      CREATE TABLE "rate_limit_hit" (
        "bucket" varchar(200) NOT NULL,
        "window_start" timestamptz NOT NULL,
        "hits" integer NOT NULL,
        PRIMARY KEY ("bucket", "window_start")
      )`);

    await q.query(`
      CREATE TABLE "sim_clock" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "anchor_real" timestamptz NOT NULL,
        "anchor_sim" timestamptz NOT NULL,
        "speed" integer NOT NULL DEFAULT 1 CHECK ("speed" > 0),
        "paused" boolean NOT NULL DEFAULT false,
        "version" integer NOT NULL DEFAULT 1,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE "scheduled_task" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "kind" varchar(64) NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "due_sim" timestamptz NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'cancelled', 'failed')),
        "dedupe_key" varchar(200),
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "done_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "scheduled_task_pending_idx" ON "scheduled_task" ("class_id", "due_sim") WHERE "status" = 'pending'`);
    await q.query(`CREATE UNIQUE INDEX "scheduled_task_dedupe_key" ON "scheduled_task" ("dedupe_key") WHERE "dedupe_key" IS NOT NULL`);

    await q.query(`ALTER TABLE "activity" ADD CONSTRAINT "activity_class_fk" FOREIGN KEY ("class_id") REFERENCES "training_class" ("id") ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activity" DROP CONSTRAINT "activity_class_fk"`);
    for (const table of ['scheduled_task', 'sim_clock', 'rate_limit_hit', 'access_token', 'shop', 'participant', 'class_facilitator', 'training_class', 'facilitator']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
