import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mission checks keep each trainee's events folded (missions/mission-facts.ts) in `mission_fold`, so that a check
 * reads only the events that came after the fold instead of every event of the class from the start.
 *
 * Which events are in a fold is told by the writing transaction, not by the event's id: ids are drawn before their
 * transaction commits, so a smaller id can still become visible after a larger one. Each activity row now carries the
 * id of the transaction that wrote it (`xact`, the writer's `pg_current_xact_id()`), and a fold holds exactly the
 * events whose transaction is below `folded_below`: the oldest transaction still running when the fold was read
 * (`pg_snapshot_xmin`), so every such event was visible then and none can appear later. Rows written before this
 * migration have no `xact`; they are all committed, and count as below any fold.
 *
 * Transaction ids belong to one PostgreSQL cluster: a fold restored into another (a backup's restore, a dump loaded
 * elsewhere) would name a horizon of the old cluster's count, so each fold records its cluster (`server_id`, the
 * cluster's `system_identifier`) and a fold of another one is ignored and replaced. The restored events keep their old
 * transaction ids; a fold of the new cluster takes each of them once the new count has passed it.
 *
 * The fold is `json`, not `jsonb`: it is only ever written whole and read whole, and text goes in and out as it is.
 *
 * The column is added without a default first, then given one: PostgreSQL fills no existing row, so the migration
 * does not rewrite the activity log.
 */
export class MissionFold1797017000000 implements MigrationInterface {
  name = 'MissionFold1797017000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activity" ADD COLUMN "xact" xid8`);
    await q.query(`ALTER TABLE "activity" ALTER COLUMN "xact" SET DEFAULT pg_current_xact_id()`);
    // A check's read of what is new: the class's events of transactions from the fold's on.
    await q.query(`CREATE INDEX "activity_class_xact_idx" ON "activity" ("class_id", "xact")`);
    await q.query(`CREATE OR REPLACE VIEW "class_activity" AS
      SELECT "id", "class_id", "actor_id", "type", "payload", "occurred_at", "sim_time", "xact" FROM "activity"`);
    await q.query(`
      CREATE TABLE "mission_fold" (
        "participant_id" uuid PRIMARY KEY REFERENCES "participant" ("id") ON DELETE CASCADE,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "server_id" bigint NOT NULL,
        "folded_below" xid8 NOT NULL,
        "fold" json NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "mission_fold_class_idx" ON "mission_fold" ("class_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mission_fold"`);
    await q.query(`DROP VIEW "class_activity"`);
    await q.query(`CREATE VIEW "class_activity" AS
      SELECT "id", "class_id", "actor_id", "type", "payload", "occurred_at", "sim_time" FROM "activity"`);
    await q.query(`DROP INDEX "activity_class_xact_idx"`);
    await q.query(`ALTER TABLE "activity" DROP COLUMN "xact"`);
  }
}
