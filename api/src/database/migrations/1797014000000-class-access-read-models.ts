import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What auth/ needs of classes/ to resolve a token and decide who may open a class, as read models (READ_MODELS in
 * api/src/common/architecture/table-owners.mjs): `class_profile` gains the class's `status` (a trainee's token stops
 * working once her class is archived), and `class_team` says which facilitators run which class (`class_facilitator`).
 * Plain views, inlined by the planner: the token lookup keeps its one statement and its plan.
 */
export class ClassAccessReadModels1797014000000 implements MigrationInterface {
  name = 'ClassAccessReadModels1797014000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW "class_profile" AS SELECT "id", "name", "date", "status" FROM "training_class"`);
    await q.query(`CREATE VIEW "class_team" AS SELECT "class_id", "facilitator_id" FROM "class_facilitator"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "class_team"`);
    await q.query(`DROP VIEW "class_profile"`);
    await q.query(`CREATE VIEW "class_profile" AS SELECT "id", "name", "date" FROM "training_class"`);
  }
}
