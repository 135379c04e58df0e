import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { rooms } from '../common/events/domain-event.js';
import { readAlong } from '../database/deferred-begin.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { MediaService } from '../media/media.service.js';
import { lockIdempotencyKey, optionalIdempotencyKey } from '../common/idempotency/idempotency.js';
import { catalogErrors } from './catalog.errors.js';
import type { ChangeStockRequest, CreateProductRequest, ProductDetail, ProductSaved, UpdateProductRequest } from './dto/product.dto.js';
import type { Product } from './product.entity.js';
import { PRODUCT_LIMITS, type ProductCategory, type ProductStatus } from './product-limits.js';
import { checkProduct, checkStockChange, type ProductDraft } from './product-rules.js';
import { ProductViews } from './product-views.js';
import { type ProductRow, ProductsRepository, type StockReservation } from './products.repository.js';

/** A cart line with its product, when the product is still one of the class's. */
export interface CartLineProduct {
  productId: string;
  quantity: number;
  product: CheckoutProduct | undefined;
}

/** What the cart and the checkout know of a product (read inside the caller's transaction). */
export interface CheckoutProduct {
  id: string;
  classId: string;
  shopId: string;
  shopName: string;
  shopRegencyCode: string;
  /** The shop owner: a trainee may not buy from their own shop. */
  sellerId: string;
  title: string;
  category: ProductCategory;
  price: number;
  stock: number;
  weightGrams: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  minOrder: number;
  shelfLifeDays: number | null;
  status: ProductStatus;
  /** Media id of the cover photo. */
  coverHash: string | null;
}

/** A product a buyer could order right now (active, in stock at its minimum order), for a demo buyer to pick. */
export interface OrderableProduct {
  id: string;
  title: string;
  minOrder: number;
  /** Has a shelf life. */
  perishable: boolean;
}

/** Any orderable product, or only perishable ones (with a shelf life). */
export type OrderableKind = 'any' | 'perishable';

interface Seller {
  participantId: string;
  classId: string;
  shopId: string;
}

/** A trainee's own products: post, edit (deactivate included) and restock. Each is one transaction. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly products: ProductsRepository,
    private readonly media: MediaService,
    private readonly views: ProductViews,
  ) {}

  /**
   * Posts a product. With an Idempotency-Key (a post queued offline and sent again on reconnect), the same key
   * again answers with the first product and posts nothing: the shop's key is locked first, so two sends at once
   * wait for each other.
   */
  async create(principal: Principal, input: CreateProductRequest, idempotencyHeader?: string): Promise<ProductSaved> {
    const seller = sellerOf(principal);
    const idempotencyKey = optionalIdempotencyKey(idempotencyHeader);
    return this.uow.run(async (tx) => {
      if (idempotencyKey !== undefined) {
        await lockIdempotencyKey(tx.manager, `product:${seller.shopId}`, idempotencyKey);
        const first: { id: string }[] = await tx.manager.query(`SELECT id FROM product WHERE shop_id = $1 AND idempotency_key = $2`, [
          seller.shopId,
          idempotencyKey,
        ]);
        if (first[0]) {
          const row = (await this.products.findInClass(tx.manager, first[0].id, seller.classId))!;
          const photos = (await this.products.photosOf(tx.manager, [first[0].id])).get(first[0].id) ?? [];
          return { ...this.views.detail(row, photos), hints: [] };
        }
      }
      const draft: ProductDraft = {
        title: input.title ?? '',
        description: input.description ?? '',
        price: input.price ?? Number.NaN,
        stock: input.stock ?? Number.NaN,
        weightGrams: input.weightGrams ?? Number.NaN,
        lengthCm: input.lengthCm ?? null,
        widthCm: input.widthCm ?? null,
        heightCm: input.heightCm ?? null,
        category: input.category,
        condition: input.condition ?? 'new',
        minOrder: input.minOrder ?? 1,
        shelfLifeDays: input.shelfLifeDays ?? null,
        status: input.status ?? 'active',
        photoIds: input.photoIds ?? [],
      };
      const { product, hints, photos } = await this.check(tx, seller, draft);
      const { photoIds: _photoIds, ...fields } = product;
      const productId = await this.products.insert(tx.manager, {
        ...fields,
        classId: seller.classId,
        shopId: seller.shopId,
        idempotencyKey: idempotencyKey ?? null,
      });
      await this.products.replacePhotos(tx.manager, productId, photos);
      return { ...(await this.publish(tx, 'product.created', productId, seller)), hints };
    });
  }

  async update(principal: Principal, productId: string, changes: UpdateProductRequest): Promise<ProductSaved> {
    const seller = sellerOf(principal);
    return this.uow.run(async (tx) => {
      const current = await this.products.findOwnedForUpdate(tx.manager, productId, seller.shopId);
      if (!current) throw catalogErrors.productNotFound();
      const currentPhotos = (await this.products.photosOf(tx.manager, [productId])).get(productId) ?? [];
      const draft: ProductDraft = {
        ...merged(current, changes),
        photoIds: changes.photoIds ?? currentPhotos.map((photo) => photo.media_hash),
      };
      const { product, hints, photos } = await this.check(tx, seller, draft);
      const { photoIds: _photoIds, ...fields } = product;
      await this.products.update(tx.manager, productId, fields);
      if (changes.photoIds) await this.products.replacePhotos(tx.manager, productId, photos);
      return { ...(await this.publish(tx, 'product.updated', productId, seller)), hints };
    });
  }

  /** Restock: one atomic UPDATE, so twenty taps of "+1" at once add twenty. */
  async changeStock(principal: Principal, productId: string, input: ChangeStockRequest): Promise<ProductDetail> {
    const seller = sellerOf(principal);
    const checked = checkStockChange(input);
    if (!checked.ok) throw catalogErrors.rule(checked.code, checked.message);
    const { kind, amount } = checked.change;
    return this.uow.run(async (tx) => {
      const stock =
        kind === 'add'
          ? await this.products.addStock(tx.manager, productId, seller.shopId, amount)
          : await this.products.setStock(tx.manager, productId, seller.shopId, amount);
      if (stock === null) {
        if (!(await this.products.isOwned(tx.manager, productId, seller.shopId))) throw catalogErrors.productNotFound();
        throw catalogErrors.rule('INVALID_STOCK', `The stock would be over ${PRODUCT_LIMITS.stockMax}`);
      }
      return this.publish(tx, 'product.updated', productId, seller);
    });
  }

  /** "Produk Saya": every product of the trainee's shop, inactive ones too, newest first. */
  async listMine(principal: Principal): Promise<ProductDetail[]> {
    const seller = sellerOf(principal);
    const manager = this.dataSource.manager;
    const rows = await this.products.listByShop(manager, seller.shopId);
    const photos = await this.products.photosOf(manager, rows.map((row) => row.id));
    return rows.map((row) => this.views.detail(row, photos.get(row.id) ?? []));
  }

  /** The class's products with these ids (others, and other classes', are simply absent). */
  async findForCheckout(manager: EntityManager, classId: string, productIds: string[]): Promise<CheckoutProduct[]> {
    const rows = await this.products.findManyInClass(manager, [...new Set(productIds)], classId);
    return rows.map(checkoutProduct);
  }

  /**
   * The participant's cart lines (oldest first), each with its product of this class (undefined: gone, or another
   * class's), in ONE query; with `alsoProductId` not in the cart, that product too, last, as a line of quantity 0.
   */
  async findInCart(manager: EntityManager, classId: string, participantId: string, alsoProductId: string | null = null): Promise<CartLineProduct[]> {
    const rows = await this.products.findInCart(manager, participantId, classId, alsoProductId);
    return rows.map((row) => ({ productId: row.line_product_id, quantity: row.line_quantity, product: row.id === null ? undefined : checkoutProduct(row) }));
  }

  /**
   * Takes units atomically for an order; when it cannot (inactive or short), how many are available (OUT_OF_STOCK).
   * The taking statement is read along (`readAlong`): it travels with the caller's next statement in its transaction,
   * so a checkout's products are taken in the round trip of its next write; a shortfall is then looked up on its own.
   */
  async reserveStock(manager: EntityManager, productId: string, quantity: number): Promise<StockReservation> {
    const remaining = await readAlong(manager, (along) => this.products.takeStock(along, productId, quantity));
    if (remaining !== null) return { ok: true, remaining };
    return { ok: false, available: await this.products.availableStock(manager, productId) };
  }

  /** The shop's product, locked until the caller's transaction ends; null when the shop has no such product. */
  async lockOwned(manager: EntityManager, productId: string, shopId: string): Promise<{ id: string; title: string; status: Product['status'] } | null> {
    const product = await this.products.findOwnedForUpdate(manager, productId, shopId);
    return product ? { id: product.id, title: product.title, status: product.status } : null;
  }

  /** Product titles by id, for another capability's list (a promotion's product). */
  titles(manager: EntityManager, productIds: string[]): Promise<Map<string, string>> {
    return this.products.titles(manager, [...new Set(productIds)]);
  }

  /** The shop's first orderable product (the oldest posted; perishable ones only, when asked), or null. */
  async firstOrderable(manager: EntityManager, shopId: string, kind: OrderableKind): Promise<OrderableProduct | null> {
    const row = await this.products.firstOrderable(manager, shopId, kind === 'perishable');
    return row ? { id: row.id, title: row.title, minOrder: row.min_order, perishable: row.shelf_life_days !== null } : null;
  }

  /** Which of these shops have an orderable product (a perishable one, when asked): the others are left out. */
  shopsWithOrderable(manager: EntityManager, shopIds: string[], kind: OrderableKind): Promise<Set<string>> {
    return this.products.shopsWithOrderable(manager, [...new Set(shopIds)], kind === 'perishable');
  }

  /** Gives an order's units back (cancelled, expired or returned). */
  releaseStock(manager: EntityManager, lines: { productId: string; quantity: number }[]): Promise<void> {
    return this.products.releaseStock(manager, lines);
  }

  /**
   * A class reset: the class's products get back the units its orders still held (capped at the stock limit), in the
   * caller's transaction; lines of another class's products change nothing.
   */
  giveBackHeld(manager: EntityManager, classId: string, held: { productId: string; quantity: number }[]): Promise<void> {
    return this.products.giveBackHeld(
      manager,
      classId,
      held.map((line) => line.productId),
      held.map((line) => line.quantity),
    );
  }

  countInClass(manager: EntityManager, classId: string): Promise<number> {
    return this.products.countInClass(manager, classId);
  }

  /**
   * A class copied as a template: the shops of these participants (the personas), with their products and photos,
   * go to the participants' copies in the new class (`from[i]` → `to[i]`), in the caller's transaction. Answers how
   * many products were copied.
   */
  copyShops(manager: EntityManager, toClassId: string, participants: { from: string[]; to: string[] }): Promise<number> {
    return this.products.copyShops(manager, toClassId, participants.from, participants.to);
  }

  private async check(tx: Transaction, seller: Seller, draft: ProductDraft) {
    const owned = await this.media.findOwned(tx.manager, seller, draft.photoIds);
    const checked = checkProduct(draft, new Set(owned.keys()));
    if (!checked.ok) throw catalogErrors.rule(checked.code, checked.message);
    return { ...checked, photos: checked.product.photoIds.map((hash) => owned.get(hash)!) };
  }

  /** Reads the product back inside the transaction and records its event; the class hears it after commit. */
  private async publish(tx: Transaction, type: 'product.created' | 'product.updated', productId: string, seller: Seller): Promise<ProductDetail> {
    const row = (await this.products.findInClass(tx.manager, productId, seller.classId))!;
    const photos = (await this.products.photosOf(tx.manager, [productId])).get(productId) ?? [];
    const detail = this.views.detail(row, photos);
    await tx.record({
      type,
      classId: seller.classId,
      actorId: seller.participantId,
      payload: { ...this.views.item(row) },
      rooms: [rooms.class(seller.classId)],
    });
    return detail;
  }
}

function checkoutProduct(row: ProductRow): CheckoutProduct {
  return {
    id: row.id,
    classId: row.class_id,
    shopId: row.shop_id,
    shopName: row.shop_name,
    shopRegencyCode: row.shop_regency_code,
    sellerId: row.shop_participant_id,
    title: row.title,
    category: row.category,
    price: row.price,
    stock: row.stock,
    weightGrams: row.weight_grams,
    lengthCm: row.length_cm,
    widthCm: row.width_cm,
    heightCm: row.height_cm,
    minOrder: row.min_order,
    shelfLifeDays: row.shelf_life_days,
    status: row.status,
    coverHash: row.cover_hash,
  };
}

function sellerOf(principal: Principal): Seller {
  if (principal.kind !== 'participant' || !principal.shopId) throw catalogErrors.noShop();
  return { participantId: principal.id, classId: principal.classId, shopId: principal.shopId };
}

/** The stored product with the changes on top; `null` clears dimensions and shelf life, and is ignored elsewhere. */
function merged(current: Product, changes: UpdateProductRequest): Omit<ProductDraft, 'photoIds'> {
  const nullable = <K extends 'lengthCm' | 'widthCm' | 'heightCm' | 'shelfLifeDays'>(key: K) =>
    changes[key] !== undefined ? (changes[key] ?? null) : current[key];
  return {
    title: changes.title ?? current.title,
    description: changes.description ?? current.description,
    price: changes.price ?? current.price,
    stock: changes.stock ?? current.stock,
    weightGrams: changes.weightGrams ?? current.weightGrams,
    lengthCm: nullable('lengthCm'),
    widthCm: nullable('widthCm'),
    heightCm: nullable('heightCm'),
    category: changes.category ?? current.category,
    condition: changes.condition ?? current.condition,
    minOrder: changes.minOrder ?? current.minOrder,
    shelfLifeDays: nullable('shelfLifeDays'),
    status: changes.status ?? current.status,
  };
}
