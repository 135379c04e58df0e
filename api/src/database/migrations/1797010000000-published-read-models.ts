import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models that a capability publishes for the others (api/src/common/architecture/table-owners.mjs, READ_MODELS):
 * what another capability may read of its rows, names mostly, so that a list stays one statement without naming the
 * owner's table. Plain views: the planner inlines them, so a join through one is the join on the table (same plan,
 * same indexes). The owner keeps them in step with its tables; a column a view uses cannot change type or go until
 * the view is dropped and made again, in the same migration.
 */
export class PublishedReadModels1797010000000 implements MigrationInterface {
  name = 'PublishedReadModels1797010000000';

  async up(q: QueryRunner): Promise<void> {
    // classes/: who is in a class, as the other screens show them.
    await q.query(`CREATE VIEW "participant_profile" AS
      SELECT "id", "class_id", "role", "is_persona", "display_name", "name_number", "phone", "village", "joined_at" FROM "participant"`);
    await q.query(`CREATE VIEW "class_profile" AS SELECT "id", "name", "date" FROM "training_class"`);
    // catalog/: a shop's name and owner.
    await q.query(`CREATE VIEW "shop_profile" AS SELECT "id", "class_id", "participant_id", "name" FROM "shop"`);
    // auth/: a facilitator's name.
    await q.query(`CREATE VIEW "facilitator_profile" AS SELECT "id", "name" FROM "facilitator"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "facilitator_profile"`);
    await q.query(`DROP VIEW "shop_profile"`);
    await q.query(`DROP VIEW "class_profile"`);
    await q.query(`DROP VIEW "participant_profile"`);
  }
}
