import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACCOUNT_KINDS = `('payment_clearing', 'platform_fee', 'courier_payable', 'payout_pending', 'payout', 'escrow', 'available')`;

/**
 * The wallet (issue 6): a double-entry ledger (accounts, journal entries, signed lines that sum to zero per entry,
 * enforced at commit by a deferred constraint trigger), per-class wallet settings, the shop's bank account,
 * withdrawals and paid promotions. Times named *_at are the class's SIMULATED time except created_at/updated_at.
 */
export class Wallet1764710000000 implements MigrationInterface {
  name = 'Wallet1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "wallet_settings" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "seller_fee_percent" smallint NOT NULL DEFAULT 5 CHECK ("seller_fee_percent" BETWEEN 0 AND 50),
        "withdrawal_fee" integer NOT NULL DEFAULT 2500 CHECK ("withdrawal_fee" BETWEEN 0 AND 100000),
        "min_withdrawal" integer NOT NULL DEFAULT 10000 CHECK ("min_withdrawal" BETWEEN 1 AND 10000000),
        "promotion_price_per_day" integer NOT NULL DEFAULT 5000 CHECK ("promotion_price_per_day" BETWEEN 0 AND 1000000),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("min_withdrawal" > "withdrawal_fee")
      )`);

    // Class accounts have no shop; a shop has exactly one escrow (dana ditahan) and one available (saldo) account.
    await q.query(`
      CREATE TABLE "ledger_account" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ${ACCOUNT_KINDS}),
        "shop_id" uuid REFERENCES "shop" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("kind" IN ('escrow', 'available')) = ("shop_id" IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX "ledger_account_class_kind_key" ON "ledger_account" ("class_id", "kind") WHERE "shop_id" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "ledger_account_shop_kind_key" ON "ledger_account" ("shop_id", "kind") WHERE "shop_id" IS NOT NULL`);

    // One entry per money movement; (kind, source_id) makes each posting idempotent (a replayed event posts nothing).
    await q.query(`
      CREATE TABLE "journal_entry" (
        "id" bigserial PRIMARY KEY,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "kind" varchar(32) NOT NULL,
        "source_id" varchar(100) NOT NULL,
        "shop_id" uuid REFERENCES "shop" ("id") ON DELETE CASCADE,
        "order_id" uuid REFERENCES "orders" ("id") ON DELETE CASCADE,
        "memo" jsonb NOT NULL DEFAULT '{}',
        "sim_time" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "journal_entry_source_key" UNIQUE ("kind", "source_id")
      )`);
    await q.query(`CREATE INDEX "journal_entry_class_idx" ON "journal_entry" ("class_id", "id")`);
    await q.query(`CREATE INDEX "journal_entry_order_idx" ON "journal_entry" ("order_id") WHERE "order_id" IS NOT NULL`);

    await q.query(`
      CREATE TABLE "journal_line" (
        "id" bigserial PRIMARY KEY,
        "entry_id" bigint NOT NULL REFERENCES "journal_entry" ("id") ON DELETE CASCADE,
        "account_id" uuid NOT NULL REFERENCES "ledger_account" ("id") ON DELETE CASCADE,
        "amount" bigint NOT NULL CHECK ("amount" <> 0)
      )`);
    await q.query(`CREATE INDEX "journal_line_entry_idx" ON "journal_line" ("entry_id")`);
    await q.query(`CREATE INDEX "journal_line_account_idx" ON "journal_line" ("account_id", "entry_id")`);

    // Every entry balances: checked when the transaction commits (lines are inserted one by one before that).
    await q.query(`
      CREATE FUNCTION "journal_entry_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE total bigint;
      BEGIN
        SELECT COALESCE(SUM("amount"), 0) INTO total FROM "journal_line" WHERE "entry_id" = NEW."entry_id";
        IF total <> 0 THEN
          RAISE EXCEPTION 'journal entry % does not balance (sum %)', NEW."entry_id", total USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER "journal_line_balanced" AFTER INSERT OR UPDATE ON "journal_line"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "journal_entry_balanced"()`);

    // One registered account per shop (replacing it updates the row). closed_at is the BANK's side (a scenario);
    // rejected_at is when the marketplace learnt it from a failed payout.
    await q.query(`
      CREATE TABLE "bank_account" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL UNIQUE REFERENCES "shop" ("id") ON DELETE CASCADE,
        "bank_code" varchar(20) NOT NULL,
        "account_number" varchar(20) NOT NULL,
        "holder_name" varchar(60) NOT NULL,
        "registered_at" timestamptz NOT NULL,
        "closed_at" timestamptz,
        "rejected_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE "withdrawal" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "bank_account_id" uuid NOT NULL REFERENCES "bank_account" ("id") ON DELETE CASCADE,
        "bank_code" varchar(20) NOT NULL,
        "account_number" varchar(20) NOT NULL,
        "holder_name" varchar(60) NOT NULL,
        "amount" integer NOT NULL CHECK ("amount" > 0),
        "fee" integer NOT NULL CHECK ("fee" >= 0 AND "fee" < "amount"),
        "status" varchar(12) NOT NULL CHECK ("status" IN ('processing', 'success', 'failed')),
        "failure_code" varchar(40),
        "idempotency_key" varchar(100) NOT NULL,
        "requested_at" timestamptz NOT NULL,
        "due_at" timestamptz NOT NULL,
        "finished_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "withdrawal_shop_key" UNIQUE ("shop_id", "idempotency_key")
      )`);
    await q.query(`CREATE INDEX "withdrawal_shop_idx" ON "withdrawal" ("shop_id", "requested_at" DESC)`);

    await q.query(`
      CREATE TABLE "promotion" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "product_id" uuid NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
        "days" smallint NOT NULL CHECK ("days" BETWEEN 1 AND 7),
        "price_per_day" integer NOT NULL CHECK ("price_per_day" >= 0),
        "fee" integer NOT NULL CHECK ("fee" = "days" * "price_per_day"),
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "views" integer NOT NULL DEFAULT 0,
        "orders" integer NOT NULL DEFAULT 0,
        "idempotency_key" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "promotion_shop_key" UNIQUE ("shop_id", "idempotency_key")
      )`);
    // The storefront asks "which products of this class are promoted now": few rows per class.
    await q.query(`CREATE INDEX "promotion_class_ends_idx" ON "promotion" ("class_id", "ends_at")`);
    await q.query(`CREATE INDEX "promotion_product_idx" ON "promotion" ("product_id", "ends_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['promotion', 'withdrawal', 'bank_account', 'journal_line', 'journal_entry', 'ledger_account', 'wallet_settings']) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP FUNCTION "journal_entry_balanced"()`);
  }
}
