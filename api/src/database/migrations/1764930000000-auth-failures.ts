import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, defect 5: failed sign-ins counted per target, per source and per both (auth/failure-backoff.ts), instead
 * of fixed windows that counted successes too and let three addresses lock a whole class out.
 */
export class AuthFailures1764930000000 implements MigrationInterface {
  name = 'AuthFailures1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "auth_failure" (
        "key" varchar(220) PRIMARY KEY,
        "failures" integer NOT NULL CHECK ("failures" >= 0),
        "last_failure_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "auth_failure_last_failure_at" ON "auth_failure" ("last_failure_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "auth_failure"`);
  }
}
