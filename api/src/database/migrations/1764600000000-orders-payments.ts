import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORDER_STATES = `('AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'RETURNED')`;
const CANCEL_REASONS = `('payment_expired', 'buyer_cancelled', 'seller_refused', 'ship_deadline_missed')`;
const PAYMENT_METHODS = `('bca_va', 'bni_va', 'bri_va', 'mandiri_bill', 'qris', 'gopay', 'cstore_alfamart', 'cstore_indomaret', 'cod')`;

/**
 * Checkout, orders and payments (issue 5), and the payment simulator's own tables (an outside party that
 * happens to share the database: nothing of the marketplace references them, nor they the marketplace).
 */
export class OrdersPayments1764600000000 implements MigrationInterface {
  name = 'OrdersPayments1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // Per-class deadlines and admin fee; a class without a row uses the defaults (24 h, 2 days, 3 days, ADMIN_FEE_RUPIAH).
    await q.query(`
      CREATE TABLE "class_order_settings" (
        "class_id" uuid PRIMARY KEY REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "payment_hours" smallint NOT NULL DEFAULT 24 CHECK ("payment_hours" BETWEEN 1 AND 72),
        "ship_by_days" smallint NOT NULL DEFAULT 2 CHECK ("ship_by_days" BETWEEN 1 AND 7),
        "auto_complete_days" smallint NOT NULL DEFAULT 3 CHECK ("auto_complete_days" BETWEEN 1 AND 14),
        "admin_fee_rupiah" integer CHECK ("admin_fee_rupiah" BETWEEN 0 AND 1000000),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE "cart_item" (
        "participant_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "product_id" uuid NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
        "quantity" integer NOT NULL CHECK ("quantity" BETWEEN 1 AND 1000),
        "added_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("participant_id", "product_id")
      )`);
    await q.query(`CREATE INDEX "cart_item_product_idx" ON "cart_item" ("product_id")`);

    // One row per "Buat Pesanan" tap: inserted first in the placing transaction, unique per buyer and key, so a
    // double tap or a retry finds the first checkout's orders instead of making new ones.
    await q.query(`
      CREATE TABLE "checkout" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "buyer_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "idempotency_key" varchar(100) NOT NULL,
        "request_hash" char(64) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "checkout_buyer_key" UNIQUE ("buyer_id", "idempotency_key")
      )`);

    // Invoice numbers INV/<date>/PL/<n>: one sequence for every class, so a number is unique everywhere.
    await q.query(`CREATE SEQUENCE "order_invoice_seq"`);

    // "orders", not "order": ORDER is an SQL keyword. Times named *_at are the class's SIMULATED time,
    // except created_at and updated_at (real time, for operations).
    await q.query(`
      CREATE TABLE "orders" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "checkout_id" uuid NOT NULL REFERENCES "checkout" ("id") ON DELETE CASCADE,
        "invoice_number" varchar(40) NOT NULL UNIQUE,
        "buyer_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "seller_id" uuid NOT NULL REFERENCES "participant" ("id") ON DELETE CASCADE,
        "state" varchar(20) NOT NULL CHECK ("state" IN ${ORDER_STATES}),
        "cancel_reason" varchar(32) CHECK ("cancel_reason" IN ${CANCEL_REASONS}),
        "cancel_note" varchar(300),
        "payment_method" varchar(20) NOT NULL CHECK ("payment_method" IN ${PAYMENT_METHODS}),
        "courier_code" varchar(40) NOT NULL,
        "courier" jsonb NOT NULL,
        "address" jsonb NOT NULL,
        "note" varchar(200),
        "subtotal" integer NOT NULL CHECK ("subtotal" >= 0),
        "shipping_cost" integer NOT NULL CHECK ("shipping_cost" >= 0),
        "admin_fee" integer NOT NULL CHECK ("admin_fee" >= 0),
        "total" integer NOT NULL,
        "weight_kg" integer NOT NULL CHECK ("weight_kg" >= 1),
        "placed_at" timestamptz NOT NULL,
        "state_changed_at" timestamptz NOT NULL,
        "payment_due_at" timestamptz,
        "paid_at" timestamptz,
        "ship_by_at" timestamptz,
        "auto_complete_at" timestamptz,
        "cancelled_at" timestamptz,
        "payment_expire_task_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("total" = "subtotal" + "shipping_cost" + "admin_fee"),
        CHECK ("buyer_id" <> "seller_id"),
        CHECK (("state" = 'CANCELLED') = ("cancel_reason" IS NOT NULL))
      )`);
    // The seller's tabs (one state, newest first) and the badge counts; the buyer's "Pesanan Saya"; the
    // facilitator's class list. Each list reads one index in order and stops at LIMIT (see orders.repository.ts).
    await q.query(`CREATE INDEX "orders_shop_state_idx" ON "orders" ("shop_id", "state", "placed_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "orders_shop_idx" ON "orders" ("shop_id", "placed_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "orders_buyer_idx" ON "orders" ("buyer_id", "placed_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "orders_class_idx" ON "orders" ("class_id", "placed_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "orders_checkout_idx" ON "orders" ("checkout_id")`);

    // Snapshots: what was bought, at which price and weight, whatever the product becomes later.
    await q.query(`
      CREATE TABLE "order_line" (
        "order_id" uuid NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
        "position" smallint NOT NULL,
        "product_id" uuid REFERENCES "product" ("id") ON DELETE SET NULL,
        "title" varchar(70) NOT NULL,
        "unit_price" integer NOT NULL CHECK ("unit_price" >= 0),
        "quantity" integer NOT NULL CHECK ("quantity" >= 1),
        "line_total" integer NOT NULL,
        "weight_grams" integer NOT NULL,
        "length_cm" smallint,
        "width_cm" smallint,
        "height_cm" smallint,
        "shelf_life_days" smallint,
        "photo_hash" char(64),
        PRIMARY KEY ("order_id", "position"),
        CHECK ("line_total" = "unit_price" * "quantity")
      )`);
    await q.query(`CREATE INDEX "order_line_product_idx" ON "order_line" ("product_id")`);

    // Every transition, timestamped on the class clock. No state is ever entered twice (the machine has no
    // cycles), so the unique index is a last line of defence against a double settlement.
    await q.query(`
      CREATE TABLE "order_history" (
        "id" bigserial PRIMARY KEY,
        "order_id" uuid NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
        "from_state" varchar(20) CHECK ("from_state" IN ${ORDER_STATES}),
        "to_state" varchar(20) NOT NULL CHECK ("to_state" IN ${ORDER_STATES}),
        "actor" varchar(16) NOT NULL CHECK ("actor" IN ('buyer', 'seller', 'payment', 'courier', 'system')),
        "actor_id" uuid,
        "reason" varchar(32),
        "note" varchar(300),
        "sim_time" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "order_history_state_once_key" ON "order_history" ("order_id", "to_state")`);

    // The marketplace's side of one order's payment. gateway_* is what the gateway answered; *_sim_at is sim time.
    await q.query(`
      CREATE TABLE "payment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "order_id" uuid NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE CASCADE,
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "method" varchar(20) NOT NULL CHECK ("method" IN ${PAYMENT_METHODS}),
        "amount" integer NOT NULL CHECK ("amount" >= 0),
        "state" varchar(12) NOT NULL CHECK ("state" IN ('pending', 'settled', 'expired', 'cancelled')),
        "gateway_order_id" varchar(50) NOT NULL UNIQUE,
        "charge_status" varchar(12) NOT NULL CHECK ("charge_status" IN ('pending', 'charging', 'charged', 'failed', 'not_needed')),
        "charge_attempts" integer NOT NULL DEFAULT 0,
        "charge_error" varchar(500),
        "charge_started_at" timestamptz,
        "charge_request" jsonb,
        "gateway_transaction_id" varchar(64),
        "va_number" varchar(40),
        "bank" varchar(16),
        "bill_key" varchar(40),
        "biller_code" varchar(16),
        "payment_code" varchar(40),
        "store" varchar(16),
        "qr_string" text,
        "payer_url" text,
        "gateway_expires_at" timestamptz,
        "due_sim_at" timestamptz,
        "settled_at" timestamptz,
        "settled_sim_at" timestamptz,
        "closed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "payment_class_idx" ON "payment" ("class_id")`);

    // Every notification the webhook receives, forged ones included, with what was made of it.
    await q.query(`
      CREATE TABLE "payment_notification" (
        "id" bigserial PRIMARY KEY,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "gateway_order_id" varchar(100),
        "transaction_status" varchar(40),
        "status_code" varchar(8),
        "gross_amount" varchar(40),
        "signature_valid" boolean NOT NULL,
        "verdict" varchar(40) NOT NULL,
        "remote_address" varchar(64),
        "payload" jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX "payment_notification_order_idx" ON "payment_notification" ("gateway_order_id", "id")`);

    // --- The payment simulator's own tables ---------------------------------------------------------------
    // One number sequence for every channel: distinct sequence values give distinct numbers within a channel.
    await q.query(`CREATE SEQUENCE "sim_payment_number_seq"`);
    await q.query(`
      CREATE TABLE "sim_transaction" (
        "transaction_id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "order_id" varchar(50) NOT NULL UNIQUE,
        "payment_type" varchar(20) NOT NULL,
        "bank" varchar(16),
        "store" varchar(16),
        "channel" varchar(20) NOT NULL,
        "pay_number" varchar(64) NOT NULL,
        "gross_amount" bigint NOT NULL CHECK ("gross_amount" > 0),
        "currency" char(3) NOT NULL DEFAULT 'IDR',
        "status" varchar(12) NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'settlement', 'expire', 'cancel')),
        "recipient" varchar(120) NOT NULL,
        "request" jsonb NOT NULL,
        "notification_url" text,
        "transaction_time" timestamptz NOT NULL DEFAULT now(),
        "expiry_time" timestamptz NOT NULL,
        "settlement_time" timestamptz,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "sim_transaction_number_key" UNIQUE ("channel", "pay_number")
      )`);
    // The simulator's outbox: a notification is written with the status change and delivered at least once.
    await q.query(`
      CREATE TABLE "sim_notification" (
        "id" bigserial PRIMARY KEY,
        "transaction_id" uuid NOT NULL REFERENCES "sim_transaction" ("transaction_id") ON DELETE CASCADE,
        "url" text NOT NULL,
        "payload" jsonb NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_status" integer,
        "last_error" varchar(500),
        "delivered_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "sim_notification_transaction_idx" ON "sim_notification" ("transaction_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'sim_notification',
      'sim_transaction',
      'payment_notification',
      'payment',
      'order_history',
      'order_line',
      'orders',
      'checkout',
      'cart_item',
      'class_order_settings',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP SEQUENCE "sim_payment_number_seq"`);
    await q.query(`DROP SEQUENCE "order_invoice_seq"`);
  }
}
