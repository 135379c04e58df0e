import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sideBySide } from '../common/concurrency/side-by-side.js';
import type { OwnedMedia } from '../media/media.service.js';
import { Product } from './product.entity.js';
import { PRODUCT_LIMITS } from './product-limits.js';
import type { StorefrontSort } from './storefront-search.js';

export type StockReservation = { ok: true; remaining: number } | { ok: false; available: number };

/** A product with what every view of it needs: its shop and its cover photo. */
export interface ProductRow {
  id: string;
  class_id: string;
  shop_id: string;
  title: string;
  description: string;
  price: number;
  stock: number;
  weight_grams: number;
  length_cm: number | null;
  width_cm: number | null;
  height_cm: number | null;
  category: Product['category'];
  condition: Product['condition'];
  min_order: number;
  shelf_life_days: number | null;
  status: Product['status'];
  created_at: Date;
  updated_at: Date;
  shop_name: string;
  shop_regency_code: string;
  shop_participant_id: string;
  cover_hash: string | null;
  /** Set by the storefront: a paid promotion ("Iklan") of this product is running on the class clock. */
  promoted?: boolean;
}

/** A cart line with its product's columns (all null when the product is gone or of another class). */
export type CartProductRow = { line_product_id: string; line_quantity: number } & ({ id: string } & ProductRow | { id: null });

/** A product a buyer could order right now, at its minimum order. */
export interface OrderableRow {
  id: string;
  title: string;
  min_order: number;
  shelf_life_days: number | null;
}

/** Active, in stock at its minimum order, and (when $2 is true) perishable: has a shelf life. */
const ORDERABLE = `status = 'active' AND stock >= min_order AND ($2::boolean = false OR shelf_life_days IS NOT NULL)`;

export interface PhotoRow {
  product_id: string;
  position: number;
  media_hash: string;
  width: number;
  height: number;
}

export interface StorefrontFilter {
  classId: string;
  shopId?: string;
  category?: string;
  /** From prefixTsQuery: letters, digits, `:*` and `&` only. */
  tsquery?: string | null;
  sort: StorefrontSort;
  limit: number;
  offset: number;
  /** Products already listed (the promoted ones, shown first): left out of the regular order. */
  excludeIds?: string[];
  /** Only products with a paid promotion running at this sim moment. */
  promotedAt?: Date;
}

// One row per product: the shop by primary key, the cover by product_photo's primary key (position 0).
const PRODUCT_SELECT = `SELECT p.id, p.class_id, p.shop_id, p.title, p.description, p.price, p.stock, p.weight_grams,
       p.length_cm, p.width_cm, p.height_cm, p.category, p.condition, p.min_order, p.shelf_life_days, p.status,
       p.created_at, p.updated_at,
       s.name AS shop_name, s.regency_code AS shop_regency_code, s.participant_id AS shop_participant_id,
       ph.media_hash AS cover_hash
  FROM product p
  JOIN shop s ON s.id = p.shop_id
  LEFT JOIN product_photo ph ON ph.product_id = p.id AND ph.position = 0`;

// Each order matches an index: product_storefront_newest_idx (class_id, status, created_at DESC, id DESC)
// and product_storefront_price_idx (class_id, status, price, id), read forwards or backwards.
const ORDER_BY: Record<StorefrontSort, string> = {
  newest: 'p.created_at DESC, p.id DESC',
  price_asc: 'p.price ASC, p.id ASC',
  price_desc: 'p.price DESC, p.id DESC',
};

/**
 * The storefront's two statements (one page, and the count over all pages), built from fixed SQL and
 * numbered parameters only. Exported so a test can EXPLAIN exactly what runs.
 *
 * EXPLAIN on 3,000 products of one class (asserted in storefront.int-spec.ts): a page in any order is an
 * Index Scan on product_storefront_newest_idx (or _price_idx, backwards for price_desc) that stops after
 * LIMIT rows, with no Sort, each row joined by nested loop to shop_pkey and product_photo_pkey (the cover:
 * no query per item). A common search word walks the same order index with a filter; a rare word is read
 * from product_search_idx (GIN) once a sequential read is no longer the cheaper plan (at 3,000 rows it is).
 */
export function storefrontQueries(filter: StorefrontFilter): { page: [string, unknown[]]; count: [string, unknown[]] } {
  const conditions = [`p.class_id = $1`, `p.status = 'active'`];
  const params: unknown[] = [filter.classId];
  if (filter.shopId) {
    params.push(filter.shopId);
    conditions.push(`p.shop_id = $${params.length}`);
  }
  if (filter.category) {
    params.push(filter.category);
    conditions.push(`p.category = $${params.length}`);
  }
  if (filter.tsquery) {
    params.push(filter.tsquery);
    conditions.push(`p.search @@ to_tsquery('simple', $${params.length})`);
  }
  if (filter.excludeIds && filter.excludeIds.length > 0) {
    params.push(filter.excludeIds);
    conditions.push(`p.id <> ALL($${params.length}::uuid[])`);
  }
  if (filter.promotedAt) {
    params.push(filter.promotedAt);
    conditions.push(`p.id IN (SELECT pr.product_id FROM promotion pr WHERE pr.class_id = $1 AND pr.ends_at > $${params.length} AND pr.starts_at <= $${params.length})`);
  }
  const where = conditions.join(' AND ');
  const pageParams = [...params, filter.limit, filter.offset];
  return {
    page: [
      `${PRODUCT_SELECT} WHERE ${where} ORDER BY ${ORDER_BY[filter.sort]} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      pageParams,
    ],
    count: [`SELECT count(*)::int AS total FROM product p WHERE ${where}`, params],
  };
}

/** Product queries; every method takes the EntityManager of the caller's transaction (or the default one). */
@Injectable()
export class ProductsRepository {
  async insert(manager: EntityManager, values: Omit<Product, 'id' | 'createdAt' | 'updatedAt'>): Promise<string> {
    const result = await manager.getRepository(Product).insert(values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The shop's product, locked until the transaction ends (another shop's product is not found). */
  findOwnedForUpdate(manager: EntityManager, productId: string, shopId: string): Promise<Product | null> {
    return manager.getRepository(Product).findOne({ where: { id: productId, shopId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Titles by product id (a product that no longer exists is absent). */
  async titles(manager: EntityManager, productIds: string[]): Promise<Map<string, string>> {
    if (productIds.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await manager.query(`SELECT id, title FROM product WHERE id = ANY($1::uuid[])`, [productIds]);
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  async update(manager: EntityManager, productId: string, values: Partial<Omit<Product, 'id' | 'classId' | 'shopId'>>): Promise<void> {
    await manager.getRepository(Product).update({ id: productId }, { ...values, updatedAt: () => 'now()' });
  }

  async replacePhotos(manager: EntityManager, productId: string, photos: OwnedMedia[]): Promise<void> {
    await manager.query(`DELETE FROM product_photo WHERE product_id = $1`, [productId]);
    if (photos.length === 0) return;
    const values = photos.map((_, i) => `($1, ${i}, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ');
    await manager.query(
      `INSERT INTO product_photo (product_id, position, media_hash, width, height) VALUES ${values}`,
      [productId, ...photos.flatMap((photo) => [photo.hash, photo.width, photo.height])],
    );
  }

  /** Adds in one statement (never read-then-write); null when not the shop's or over the stock limit. */
  async addStock(manager: EntityManager, productId: string, shopId: string, amount: number): Promise<number | null> {
    const [rows] = (await manager.query(
      `UPDATE product SET stock = stock + $3, updated_at = now()
        WHERE id = $1 AND shop_id = $2 AND stock + $3 <= $4
        RETURNING stock`,
      [productId, shopId, amount, PRODUCT_LIMITS.stockMax],
    )) as [{ stock: number }[], number];
    return rows[0]?.stock ?? null;
  }

  async setStock(manager: EntityManager, productId: string, shopId: string, stock: number): Promise<number | null> {
    const [rows] = (await manager.query(
      `UPDATE product SET stock = $3, updated_at = now() WHERE id = $1 AND shop_id = $2 RETURNING stock`,
      [productId, shopId, stock],
    )) as [{ stock: number }[], number];
    return rows[0]?.stock ?? null;
  }

  async isOwned(manager: EntityManager, productId: string, shopId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM product WHERE id = $1 AND shop_id = $2`, [productId, shopId]);
    return rows.length > 0;
  }

  async findInClass(manager: EntityManager, productId: string, classId: string): Promise<ProductRow | null> {
    const rows: ProductRow[] = await manager.query(`${PRODUCT_SELECT} WHERE p.id = $1 AND p.class_id = $2`, [productId, classId]);
    return rows[0] ?? null;
  }

  listByShop(manager: EntityManager, shopId: string): Promise<ProductRow[]> {
    return manager.query(`${PRODUCT_SELECT} WHERE p.shop_id = $1 ORDER BY p.created_at DESC, p.id DESC`, [shopId]);
  }

  /** Every photo of these products in one query, in gallery order. */
  async photosOf(manager: EntityManager, productIds: string[]): Promise<Map<string, PhotoRow[]>> {
    const byProduct = new Map<string, PhotoRow[]>(productIds.map((id) => [id, []]));
    if (productIds.length === 0) return byProduct;
    const rows: PhotoRow[] = await manager.query(
      `SELECT product_id, position, media_hash, width, height FROM product_photo
        WHERE product_id = ANY($1::uuid[]) ORDER BY product_id, position`,
      [productIds],
    );
    for (const row of rows) byProduct.get(row.product_id)?.push(row);
    return byProduct;
  }

  /**
   * One storefront page. With `simNow`, products with a paid promotion running at that sim moment come first (in the
   * page's own order, marked `promoted`), then the rest: the promoted ones are few (one query on
   * promotion_class_ends_idx), and the regular statement is the one above with their ids left out, so its plan stays.
   */
  async storefrontPage(manager: EntityManager, filter: StorefrontFilter, simNow?: Date): Promise<{ rows: ProductRow[]; total: number }> {
    const promoted = simNow ? await this.promotedRows(manager, filter, simNow) : [];
    const shown = promoted.slice(filter.offset, filter.offset + filter.limit).map((row) => ({ ...row, promoted: true }));
    const { page, count } = storefrontQueries({
      ...filter,
      limit: filter.limit - shown.length,
      offset: Math.max(0, filter.offset - promoted.length),
      excludeIds: promoted.map((row) => row.id),
    });
    const [rows, totals] = await sideBySide(manager, [
      () => (shown.length < filter.limit ? (manager.query(...page) as Promise<ProductRow[]>) : Promise.resolve([] as ProductRow[])),
      () => manager.query(...count) as Promise<{ total: number }[]>,
    ]);
    return { rows: [...shown, ...rows], total: (totals[0]?.total ?? 0) + promoted.length };
  }

  /** The filter's products with a promotion running at `simNow`, in the filter's order (at most 100). */
  private promotedRows(manager: EntityManager, filter: StorefrontFilter, simNow: Date): Promise<ProductRow[]> {
    const { page } = storefrontQueries({ ...filter, promotedAt: simNow, limit: 100, offset: 0 });
    return manager.query(...page) as Promise<ProductRow[]>;
  }

  /** Products of one class by id, with their shop and cover, in one query (a cart or a checkout). */
  findManyInClass(manager: EntityManager, productIds: string[], classId: string): Promise<ProductRow[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    return manager.query(`${PRODUCT_SELECT} WHERE p.id = ANY($1::uuid[]) AND p.class_id = $2`, [productIds, classId]);
  }

  /**
   * A participant's cart lines (oldest first) with their products in ONE query, for the cart and the checkout: a
   * line whose product is gone or of another class has its product columns null. With `alsoProductId` not in the
   * cart, that product comes too, last, as a line of quantity 0 (the product "+ Keranjang" is about to add). The
   * lines come through `cart_line`, the read model orders/ publishes of its cart.
   */
  findInCart(manager: EntityManager, participantId: string, classId: string, alsoProductId: string | null): Promise<CartProductRow[]> {
    return manager.query(
      `SELECT c.product_id AS line_product_id, c.quantity AS line_quantity, x.*
         FROM (SELECT product_id, quantity, added_at FROM cart_line WHERE participant_id = $1
               UNION ALL
               SELECT $3::uuid, 0, 'infinity'::timestamptz
                WHERE $3::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cart_line WHERE participant_id = $1 AND product_id = $3::uuid)) c
         LEFT JOIN LATERAL (${PRODUCT_SELECT} WHERE p.id = c.product_id AND p.class_id = $2) x ON true
        ORDER BY c.added_at, c.product_id`,
      [participantId, classId, alsoProductId],
    );
  }

  /**
   * Takes `quantity` units in ONE conditional statement: the row lock it takes makes racing buyers queue on the
   * product, and each re-checks `stock >= quantity` on the committed value, so stock never goes below zero. Answers
   * the units left, or null when it took none (inactive, or too few units left: see `availableStock`).
   */
  async takeStock(manager: EntityManager, productId: string, quantity: number): Promise<number | null> {
    const [rows] = (await manager.query(
      `UPDATE product SET stock = stock - $2, updated_at = now()
        WHERE id = $1 AND status = 'active' AND stock >= $2
        RETURNING stock`,
      [productId, quantity],
    )) as [{ stock: number }[], number];
    return rows[0]?.stock ?? null;
  }

  /** How many units a buyer could have now: the stock of an active product, else 0. */
  async availableStock(manager: EntityManager, productId: string): Promise<number> {
    const current: { stock: number; status: string }[] = await manager.query(`SELECT stock, status FROM product WHERE id = $1`, [productId]);
    return current[0]?.status === 'active' ? current[0].stock : 0;
  }

  /** Puts units back, all lines in one statement (capped at the stock limit a seller may have restocked to). */
  async releaseStock(manager: EntityManager, lines: { productId: string; quantity: number }[]): Promise<void> {
    if (lines.length === 0) return;
    // Rows locked in id order first, the order a checkout reserves them in, so the two never deadlock.
    await manager.query(`SELECT id FROM product WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [lines.map((line) => line.productId)]);
    await manager.query(
      `UPDATE product p SET stock = LEAST(p.stock + r.quantity, $3), updated_at = now()
         FROM (SELECT product_id, sum(quantity)::int AS quantity
                 FROM unnest($1::uuid[], $2::int[]) AS l(product_id, quantity) GROUP BY product_id) r
        WHERE p.id = r.product_id`,
      [lines.map((line) => line.productId), lines.map((line) => line.quantity), PRODUCT_LIMITS.stockMax],
    );
  }

  /**
   * A class reset: the class's products get back the units its orders held (capped at the stock limit), in one
   * statement. `productIds` and `quantities` go side by side, one product at most once.
   */
  async giveBackHeld(manager: EntityManager, classId: string, productIds: string[], quantities: number[]): Promise<void> {
    if (productIds.length === 0) return;
    await manager.query(
      `UPDATE product pr SET stock = LEAST(pr.stock + held.quantity, $4), updated_at = now()
         FROM unnest($2::uuid[], $3::int[]) AS held(product_id, quantity)
        WHERE pr.id = held.product_id AND pr.class_id = $1`,
      [classId, productIds, quantities, PRODUCT_LIMITS.stockMax],
    );
  }

  async countInClass(manager: EntityManager, classId: string): Promise<number> {
    const rows: { n: string }[] = await manager.query(`SELECT count(*) AS n FROM product WHERE class_id = $1`, [classId]);
    return Number(rows[0]!.n);
  }

  /**
   * Copies the shops of these participants, with their products and the products' photos, into another class, each
   * shop to the participant's copy (`fromParticipants[i]` → `toParticipants[i]`). One statement: the new ids are
   * drawn once (MATERIALIZED), and the foreign keys are checked at its end, when shops and products are all in.
   * Answers how many products were copied.
   */
  async copyShops(manager: EntityManager, toClassId: string, fromParticipants: string[], toParticipants: string[]): Promise<number> {
    if (fromParticipants.length === 0) return 0;
    const [{ products }] = (await manager.query(
      `WITH owner AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) AS o(old_id, new_id)),
            shop_copy AS MATERIALIZED (
              SELECT s.id AS old_id, gen_random_uuid() AS new_id, o.new_id AS participant_id FROM shop s JOIN owner o ON o.old_id = s.participant_id),
            product_copy AS MATERIALIZED (
              SELECT pr.id AS old_id, gen_random_uuid() AS new_id, sc.new_id AS shop_id FROM product pr JOIN shop_copy sc ON sc.old_id = pr.shop_id),
            shops AS (
              INSERT INTO shop (id, class_id, participant_id, name, description, regency_code)
              SELECT sc.new_id, $1::uuid, sc.participant_id, s.name, s.description, s.regency_code FROM shop s JOIN shop_copy sc ON sc.old_id = s.id),
            products AS (
              INSERT INTO product (id, class_id, shop_id, title, description, price, stock, weight_grams, length_cm, width_cm, height_cm,
                                   category, condition, min_order, shelf_life_days, status)
              SELECT pc.new_id, $1::uuid, pc.shop_id, pr.title, pr.description, pr.price, pr.stock, pr.weight_grams, pr.length_cm, pr.width_cm, pr.height_cm,
                     pr.category, pr.condition, pr.min_order, pr.shelf_life_days, pr.status
                FROM product pr JOIN product_copy pc ON pc.old_id = pr.id),
            photos AS (
              INSERT INTO product_photo (product_id, position, media_hash, width, height)
              SELECT pc.new_id, ph.position, ph.media_hash, ph.width, ph.height FROM product_photo ph JOIN product_copy pc ON pc.old_id = ph.product_id)
       SELECT count(*)::int AS products FROM product_copy`,
      [toClassId, fromParticipants, toParticipants],
    )) as [{ products: number }];
    return products;
  }

  /** The shop's first orderable product (the oldest posted), or null. */
  async firstOrderable(manager: EntityManager, shopId: string, perishableOnly: boolean): Promise<OrderableRow | null> {
    const rows: OrderableRow[] = await manager.query(
      `SELECT id, title, min_order, shelf_life_days FROM product WHERE shop_id = $1 AND ${ORDERABLE} ORDER BY created_at, id LIMIT 1`,
      [shopId, perishableOnly],
    );
    return rows[0] ?? null;
  }

  /** Which of these shops have at least one orderable product, in one statement. */
  async shopsWithOrderable(manager: EntityManager, shopIds: string[], perishableOnly: boolean): Promise<Set<string>> {
    if (shopIds.length === 0) return new Set();
    const rows: { shop_id: string }[] = await manager.query(
      `SELECT DISTINCT shop_id FROM product WHERE shop_id = ANY($1::uuid[]) AND ${ORDERABLE}`,
      [shopIds, perishableOnly],
    );
    return new Set(rows.map((row) => row.shop_id));
  }

  async shopInClass(manager: EntityManager, shopId: string, classId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM shop WHERE id = $1 AND class_id = $2`, [shopId, classId]);
    return rows.length > 0;
  }
}
