import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: the activity log that every capability records its domain events in,
 * in the same transaction as the change (see DESIGN.md, "Domain events").
 */
export class Init1764316800000 implements MigrationInterface {
  name = 'Init1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "activity" (
        "id" bigserial PRIMARY KEY,
        "class_id" uuid,
        "actor_id" uuid,
        "type" varchar(64) NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "sim_time" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "activity_class_id_idx" ON "activity" ("class_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "activity"`);
  }
}
