import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderState } from './order-state.js';

/** An order's money columns, as the wallet posts them. */
export interface OrderMoneyRow {
  id: string;
  class_id: string;
  shop_id: string;
  buyer_id: string;
  invoice_number: string;
  subtotal: number;
  shipping_cost: number;
  admin_fee: number;
  total: number;
  payment_method: string;
}

/** What the ledger check needs of each order of a class: the entries its state calls for (ledger-postings.ts). */
export interface OrderBooksRow {
  id: string;
  invoice_number: string;
  state: OrderState;
  cod: boolean;
  /** Marked paid on the order (a settled payment that arrived after the order closed is the payment's, not here). */
  paid_at: Date | null;
  subtotal: number;
}

/** Where an order stands, with its deadlines (sim time). */
export interface OrderStandingRow {
  id: string;
  class_id: string;
  shop_id: string;
  invoice_number: string;
  state: OrderState;
  ship_by_at: Date | null;
  auto_complete_at: Date | null;
}

/** An order shown as a card in a chat message: the first line's title and photo, and the item count. */
export interface OrderCardRow {
  id: string;
  buyer_id: string;
  shop_id: string;
  invoice_number: string;
  state: OrderState;
  paid_at: Date | null;
  total: number;
  item_count: number;
  first_title: string | null;
  first_photo: string | null;
}

/** What an order's notification names: its first product, how many lines, and the buyer as numbered in the class. */
export interface OrderNamesRow {
  title: string | null;
  lines: number;
  buyer_name: string;
  buyer_number: number;
  /** The order's shop and its seller (the participant a seller notification of this order goes to). */
  shop_id: string;
  seller_id: string;
}

/** An order's invoice number and where it stands. */
export interface OrderInvoiceStateRow {
  id: string;
  invoice_number: string;
  state: OrderState;
}

/** An order as a checkout placed it: what a buyer replaying the checkout's Idempotency-Key is answered with. */
export interface CheckoutOrderRow {
  id: string;
  invoice_number: string;
  state: OrderState;
  total: number;
  payment_method: string;
  courier_code: string;
}

/** Who an order is between. */
export interface OrderPartiesRow {
  id: string;
  class_id: string;
  buyer_id: string;
  shop_id: string;
  seller_id: string;
}

/** An order as a transaction holds it (locked, or just placed): what never changes of it once it is placed. */
export type HeldOrder = OrderMoneyRow & Omit<OrderNamesRow, 'shop_id'>;

/**
 * The read model orders publishes for the capabilities after an order (wallet, chat, notifications) and for the
 * facilitator's demo buyer (scenarios): typed rows of the orders, order_line and checkout tables, so that none of
 * them reads those tables itself. Every method takes the caller's
 * manager: a listener inside a recording transaction passes its transaction's.
 */
@Injectable()
export class OrderReadModel {
  /** Per transaction (its EntityManager), the orders it holds: see `hold`. */
  private readonly held = new WeakMap<EntityManager, Map<string, HeldOrder>>();

  /**
   * The orders code tells the read model of an order this transaction has locked or just placed: for the rest of the
   * transaction its money and names (which never change once an order is placed) are answered from it instead of
   * read again: the wallet's posting and the notifications that follow an order's move in the same transaction.
   */
  hold(manager: EntityManager, order: HeldOrder): void {
    let orders = this.held.get(manager);
    if (!orders) this.held.set(manager, (orders = new Map()));
    orders.set(order.id, order);
  }

  async money(manager: EntityManager, orderId: string): Promise<OrderMoneyRow | undefined> {
    const held = this.held.get(manager)?.get(orderId);
    if (held) {
      const { id, class_id, shop_id, buyer_id, invoice_number, subtotal, shipping_cost, admin_fee, total, payment_method } = held;
      return { id, class_id, shop_id, buyer_id, invoice_number, subtotal, shipping_cost, admin_fee, total, payment_method };
    }
    const rows: OrderMoneyRow[] = await manager.query(
      `SELECT id, class_id, shop_id, buyer_id, invoice_number, subtotal, shipping_cost, admin_fee, total, payment_method FROM orders WHERE id = $1`,
      [orderId],
    );
    return rows[0];
  }

  async booksOfClass(manager: EntityManager, classId: string): Promise<OrderBooksRow[]> {
    return manager.query(
      `SELECT id, invoice_number, state, payment_method = 'cod' AS cod, paid_at, subtotal FROM orders WHERE class_id = $1`,
      [classId],
    );
  }

  async standing(manager: EntityManager, orderId: string): Promise<OrderStandingRow | undefined> {
    const rows: OrderStandingRow[] = await manager.query(
      `SELECT id, class_id, shop_id, invoice_number, state, ship_by_at, auto_complete_at FROM orders WHERE id = $1`,
      [orderId],
    );
    return rows[0];
  }

  /** The shop's orders in these states, oldest placed first. */
  async shopOrdersIn(manager: EntityManager, shopId: string, states: readonly OrderState[]): Promise<OrderStandingRow[]> {
    return manager.query(
      `SELECT id, class_id, shop_id, invoice_number, state, ship_by_at, auto_complete_at FROM orders
        WHERE shop_id = $1 AND state = ANY($2::varchar[]) ORDER BY placed_at, id`,
      [shopId, states],
    );
  }

  /** Invoice number and state of these orders, in the order they were placed (an order gone is absent). */
  async invoiceStates(manager: EntityManager, orderIds: string[]): Promise<OrderInvoiceStateRow[]> {
    if (orderIds.length === 0) return [];
    return manager.query(`SELECT id, invoice_number, state FROM orders WHERE id = ANY($1::uuid[]) ORDER BY placed_at, id`, [orderIds]);
  }

  /** The order that the buyer's checkout under this Idempotency-Key placed (its first, by invoice number), or undefined. */
  async placedByCheckout(manager: EntityManager, buyerId: string, idempotencyKey: string): Promise<CheckoutOrderRow | undefined> {
    const rows: CheckoutOrderRow[] = await manager.query(
      `SELECT o.id, o.invoice_number, o.state, o.total, o.payment_method, o.courier_code
         FROM checkout c JOIN orders o ON o.checkout_id = c.id
        WHERE c.buyer_id = $1 AND c.idempotency_key = $2 ORDER BY o.invoice_number LIMIT 1`,
      [buyerId, idempotencyKey],
    );
    return rows[0];
  }

  async names(manager: EntityManager, orderId: string): Promise<OrderNamesRow | undefined> {
    const held = this.held.get(manager)?.get(orderId);
    if (held) return { title: held.title, lines: held.lines, buyer_name: held.buyer_name, buyer_number: held.buyer_number, shop_id: held.shop_id, seller_id: held.seller_id };
    const rows: OrderNamesRow[] = await manager.query(
      `SELECT (SELECT l.title FROM order_line l WHERE l.order_id = o.id ORDER BY l.position LIMIT 1) AS title,
              (SELECT count(*)::int FROM order_line l WHERE l.order_id = o.id) AS lines,
              b.display_name AS buyer_name, b.name_number AS buyer_number, o.shop_id, o.seller_id
         FROM orders o JOIN participant_profile b ON b.id = o.buyer_id WHERE o.id = $1`,
      [orderId],
    );
    return rows[0];
  }

  async cards(manager: EntityManager, orderIds: string[]): Promise<Map<string, OrderCardRow>> {
    if (orderIds.length === 0) return new Map();
    const rows: OrderCardRow[] = await manager.query(
      `SELECT o.id, o.buyer_id, o.shop_id, o.invoice_number, o.state, o.paid_at, o.total,
              (SELECT sum(l.quantity)::int FROM order_line l WHERE l.order_id = o.id) AS item_count,
              f.title AS first_title, f.photo_hash AS first_photo
         FROM orders o
         LEFT JOIN LATERAL (SELECT title, photo_hash FROM order_line l WHERE l.order_id = o.id ORDER BY position LIMIT 1) f ON true
        WHERE o.id = ANY($1::uuid[])`,
      [orderIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The buyer's latest orders with one shop, newest first. */
  async recentIds(manager: EntityManager, buyerId: string, shopId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM orders WHERE buyer_id = $1 AND shop_id = $2 ORDER BY placed_at DESC, id DESC LIMIT $3`,
      [buyerId, shopId, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The order held still until the caller's transaction ends (FOR SHARE: it cannot change state meanwhile, yet
   * others may read it), or undefined.
   */
  async holdStill(manager: EntityManager, orderId: string): Promise<OrderStandingRow & { buyer_id: string } | undefined> {
    const rows: (OrderStandingRow & { buyer_id: string })[] = await manager.query(
      `SELECT id, class_id, shop_id, buyer_id, invoice_number, state, ship_by_at, auto_complete_at FROM orders WHERE id = $1 FOR SHARE`,
      [orderId],
    );
    return rows[0];
  }

  /** Whether one of the order's lines is for this product. */
  async hasProduct(manager: EntityManager, orderId: string, productId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM order_line WHERE order_id = $1 AND product_id = $2`, [orderId, productId]);
    return rows.length > 0;
  }

  async parties(manager: EntityManager, orderId: string): Promise<OrderPartiesRow | null> {
    const rows: OrderPartiesRow[] = await manager.query(`SELECT id, class_id, buyer_id, shop_id, seller_id FROM orders WHERE id = $1`, [orderId]);
    return rows[0] ?? null;
  }
}
