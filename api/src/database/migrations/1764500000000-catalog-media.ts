import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos and products: content-addressed media (one row per stored image, plus who uploaded it where),
 * products with their ordered photos, and the indexes the class storefront reads through
 * (word search on a generated tsvector; newest and price order per class; a shop's own list).
 */
export class CatalogMedia1764500000000 implements MigrationInterface {
  name = 'CatalogMedia1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per stored image, keyed by the sha256 of its full-size WebP: the same picture is stored once.
    await q.query(`
      CREATE TABLE "media" (
        "hash" char(64) PRIMARY KEY,
        "class_id" uuid REFERENCES "training_class" ("id") ON DELETE SET NULL,
        "participant_id" uuid REFERENCES "participant" ("id") ON DELETE SET NULL,
        "facilitator_id" uuid REFERENCES "facilitator" ("id") ON DELETE SET NULL,
        "width" integer NOT NULL CHECK ("width" > 0),
        "height" integer NOT NULL CHECK ("height" > 0),
        "bytes" integer NOT NULL CHECK ("bytes" > 0),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Who may attach an image to a product: everyone who uploaded it, not only the first
    // (two trainees who send the same picture both own it).
    await q.query(`
      CREATE TABLE "media_upload" (
        "id" bigserial PRIMARY KEY,
        "media_hash" char(64) NOT NULL REFERENCES "media" ("hash") ON DELETE CASCADE,
        "class_id" uuid REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "participant_id" uuid REFERENCES "participant" ("id") ON DELETE CASCADE,
        "facilitator_id" uuid REFERENCES "facilitator" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("participant_id" IS NULL) <> ("facilitator_id" IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX "media_upload_participant_key" ON "media_upload" ("participant_id", "media_hash") WHERE "participant_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "media_upload_facilitator_key" ON "media_upload" ("facilitator_id", "media_hash") WHERE "facilitator_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "media_upload_hash_idx" ON "media_upload" ("media_hash")`);

    await q.query(`
      CREATE TABLE "product" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "class_id" uuid NOT NULL REFERENCES "training_class" ("id") ON DELETE CASCADE,
        "shop_id" uuid NOT NULL REFERENCES "shop" ("id") ON DELETE CASCADE,
        "title" varchar(70) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "price" integer NOT NULL CHECK ("price" BETWEEN 100 AND 100000000),
        "stock" integer NOT NULL CHECK ("stock" BETWEEN 0 AND 100000),
        "weight_grams" integer NOT NULL CHECK ("weight_grams" BETWEEN 1 AND 50000),
        "length_cm" smallint CHECK ("length_cm" BETWEEN 1 AND 200),
        "width_cm" smallint CHECK ("width_cm" BETWEEN 1 AND 200),
        "height_cm" smallint CHECK ("height_cm" BETWEEN 1 AND 200),
        "category" varchar(32) NOT NULL CHECK ("category" IN
          ('gula-aren', 'kerajinan-bambu', 'telur-bebek', 'ikan-air-tawar', 'olahan-singkong', 'makanan-lain', 'kerajinan-lain', 'lainnya')),
        "condition" varchar(8) NOT NULL DEFAULT 'new' CHECK ("condition" IN ('new', 'used')),
        "min_order" integer NOT NULL DEFAULT 1 CHECK ("min_order" BETWEEN 1 AND 1000),
        "shelf_life_days" smallint CHECK ("shelf_life_days" BETWEEN 1 AND 365),
        "status" varchar(10) NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'inactive')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        -- 'simple': no stemming, so Indonesian words match as typed ("gula", "aren", "anyaman").
        "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "title" || ' ' || "description")) STORED,
        CHECK (("length_cm" IS NULL) = ("width_cm" IS NULL) AND ("width_cm" IS NULL) = ("height_cm" IS NULL))
      )`);
    await q.query(`CREATE INDEX "product_search_idx" ON "product" USING gin ("search")`);
    // The storefront: a class's active products, newest first or by price; id breaks ties so pages never overlap.
    await q.query(`CREATE INDEX "product_storefront_newest_idx" ON "product" ("class_id", "status", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "product_storefront_price_idx" ON "product" ("class_id", "status", "price", "id")`);
    // A shop page and "Produk Saya".
    await q.query(`CREATE INDEX "product_shop_idx" ON "product" ("shop_id", "created_at" DESC, "id" DESC)`);

    // Ordered photos; width and height are copied from the (immutable) media row so pages lay out without it.
    await q.query(`
      CREATE TABLE "product_photo" (
        "product_id" uuid NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
        "position" smallint NOT NULL CHECK ("position" BETWEEN 0 AND 4),
        "media_hash" char(64) NOT NULL REFERENCES "media" ("hash"),
        "width" integer NOT NULL,
        "height" integer NOT NULL,
        PRIMARY KEY ("product_id", "position")
      )`);
    await q.query(`CREATE INDEX "product_photo_media_idx" ON "product_photo" ("media_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['product_photo', 'product', 'media_upload', 'media']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
