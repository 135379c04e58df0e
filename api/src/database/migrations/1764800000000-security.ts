import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15: secrets the app generates on its first start and keeps (the payment server key, when PAYMENT_SERVER_KEY
 * is unset), and the login/PIN failure counters.
 */
export class Security1764800000000 implements MigrationInterface {
  name = 'Security1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "app_secret" (
        "name" varchar(40) PRIMARY KEY,
        "value" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "app_secret"`);
  }
}
