import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: two facilitators' consoles, each with its own Idempotency-Key (two views of the runs), could start two
 * drills on one trainee at once. A trainee has at most one active scenario run (waiting or running) in her class.
 * Runs that already broke the rule (before this migration) keep the newest one active; the older ones are ended as
 * "terhenti" (SCENARIO_INTERRUPTED), and a scheduled continuation of theirs finds them ended and does nothing.
 */
export class OneActiveScenarioPerTrainee1764941300000 implements MigrationInterface {
  name = 'OneActiveScenarioPerTrainee1764941300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE "scenario_run" r SET "status" = 'failed', "error_code" = 'SCENARIO_INTERRUPTED', "finished_at" = now(), "updated_at" = now()
       WHERE r."status" IN ('waiting', 'running')
         AND EXISTS (SELECT 1 FROM "scenario_run" n
                      WHERE n."class_id" = r."class_id" AND n."target_participant_id" = r."target_participant_id"
                        AND n."status" IN ('waiting', 'running') AND (n."started_at", n."id") > (r."started_at", r."id"))`);
    await q.query(`
      CREATE UNIQUE INDEX "scenario_run_one_active_per_trainee" ON "scenario_run" ("class_id", "target_participant_id")
       WHERE "status" IN ('waiting', 'running')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scenario_run_one_active_per_trainee"`);
  }
}
