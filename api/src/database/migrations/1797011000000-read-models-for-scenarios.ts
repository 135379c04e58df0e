import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More columns in the published read models (1797010000000-published-read-models.ts): for the facilitator's demo
 * buyer (scenarios/), where a persona lives (`participant.persona_destination`) and where a shop ships from
 * (`shop.regency_code`); for the console's mission checks (missions/), when a participant's phone was last seen
 * (`participant.last_seen_at`) and the shop's description (`shop.description`). PostgreSQL lets CREATE OR REPLACE VIEW add columns at the end only, so they go last; `down`
 * drops and makes again the views as they were, since a replaced view cannot lose a column.
 */
export class ReadModelsForScenarios1797011000000 implements MigrationInterface {
  name = 'ReadModelsForScenarios1797011000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW "participant_profile" AS
      SELECT "id", "class_id", "role", "is_persona", "display_name", "name_number", "phone", "village", "joined_at", "persona_destination",
             "last_seen_at"
        FROM "participant"`);
    await q.query(`CREATE OR REPLACE VIEW "shop_profile" AS SELECT "id", "class_id", "participant_id", "name", "regency_code", "description" FROM "shop"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "shop_profile"`);
    await q.query(`CREATE VIEW "shop_profile" AS SELECT "id", "class_id", "participant_id", "name" FROM "shop"`);
    await q.query(`DROP VIEW "participant_profile"`);
    await q.query(`CREATE VIEW "participant_profile" AS
      SELECT "id", "class_id", "role", "is_persona", "display_name", "name_number", "phone", "village", "joined_at" FROM "participant"`);
  }
}
