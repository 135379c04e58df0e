import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: "close joining" and "end the class" become two statuses (`closed`: no new phones, the class goes on;
 * `ended`: the workshop is over), a demo buyer persona lives near the shops, in a city, or far away, and a scenario
 * run records when it last moved (so one a crash interrupted is resumed or ended, never "running" forever).
 */
export class ClassEndedPersonaCity1764740013000 implements MigrationInterface {
  name = 'ClassEndedPersonaCity1764740013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "training_class" DROP CONSTRAINT IF EXISTS "training_class_status_check"`);
    await q.query(`ALTER TABLE "training_class" ADD CONSTRAINT "training_class_status_check" CHECK ("status" IN ('open', 'closed', 'ended', 'archived'))`);
    await q.query(`ALTER TABLE "participant" ADD COLUMN "persona_destination" varchar(8) CHECK ("persona_destination" IN ('near', 'city', 'far'))`);
    // When a running scenario run last made progress: a run a crash left "running" is found by its age.
    await q.query(`ALTER TABLE "scenario_run" ADD COLUMN "updated_at" timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX "scenario_run_running_idx" ON "scenario_run" ("updated_at") WHERE "status" = 'running'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scenario_run_running_idx"`);
    await q.query(`ALTER TABLE "scenario_run" DROP COLUMN "updated_at"`);
    await q.query(`ALTER TABLE "participant" DROP COLUMN "persona_destination"`);
    await q.query(`UPDATE "training_class" SET "status" = 'closed' WHERE "status" = 'ended'`);
    await q.query(`ALTER TABLE "training_class" DROP CONSTRAINT IF EXISTS "training_class_status_check"`);
    await q.query(`ALTER TABLE "training_class" ADD CONSTRAINT "training_class_status_check" CHECK ("status" IN ('open', 'closed', 'archived'))`);
  }
}
