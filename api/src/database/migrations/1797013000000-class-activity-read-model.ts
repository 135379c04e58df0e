import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's activity log (common/, written only by UnitOfWork inside each use case's transaction) is published
 * read-only as `class_activity` (READ_MODELS in api/src/common/architecture/table-owners.mjs): the facilitator's
 * screens (console, mission checks, reports, the class's reset summary) read a class's events there, and the lint
 * rule forbids writing through it. A plain view: the planner inlines it, so the activity table's indexes serve it.
 */
export class ClassActivityReadModel1797013000000 implements MigrationInterface {
  name = 'ClassActivityReadModel1797013000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "class_activity" AS
      SELECT "id", "class_id", "actor_id", "type", "payload", "occurred_at", "sim_time" FROM "activity"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "class_activity"`);
  }
}
