import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PaymentMethodCode } from '../payments/payment-methods.js';
import type { Etd, ServiceType } from '../shipping/courier-services.js';
import type { ShippingZone } from '../regions/zone.js';
import type { HeldOrder } from './order-read-model.js';
import type { CancelReason, OrderActor, OrderState } from './order-state.js';
import { writeBehind } from '../database/deferred-begin.js';

export interface CourierSnapshot {
  code: string;
  name: string;
  type: ServiceType;
  etd: Etd;
  etdLabel: string;
  price: number;
  cod: boolean;
  zone: ShippingZone;
  weightKg: number;
}

export interface AddressSnapshot {
  recipient: string;
  phone: string;
  street: string;
  district: string | null;
  regencyCode: string;
  regencyLabel: string;
  provinceCode: string;
  provinceName: string;
}

/** An order as stored, with its shop's name and its buyer's name. Times other than created/updated are sim time. */
export interface OrderRow {
  id: string;
  class_id: string;
  checkout_id: string;
  invoice_number: string;
  buyer_id: string;
  shop_id: string;
  seller_id: string;
  state: OrderState;
  cancel_reason: CancelReason | null;
  cancel_note: string | null;
  payment_method: PaymentMethodCode;
  courier_code: string;
  courier: CourierSnapshot;
  address: AddressSnapshot;
  note: string | null;
  subtotal: number;
  shipping_cost: number;
  admin_fee: number;
  total: number;
  weight_kg: number;
  placed_at: Date;
  state_changed_at: Date;
  payment_due_at: Date | null;
  paid_at: Date | null;
  ship_by_at: Date | null;
  auto_complete_at: Date | null;
  cancelled_at: Date | null;
  payment_expire_task_id: string | null;
  /** Set by the failed-delivery scenario: the parcel's tracking then ends in a return. */
  delivery_outcome: 'delivered' | 'failed';
  delivered_at: Date | null;
  completed_at: Date | null;
  shop_name: string;
  buyer_name: string;
  buyer_number: number;
  /** Read with the lock (findForUpdate): the first line's title and how many lines, what its notifications name. */
  first_title?: string | null;
  line_count?: number;
}

/** What the read model may keep of an order row for the rest of its transaction (OrderReadModel.hold). */
export function heldOrderOf(row: OrderRow, title: string | null, lines: number): HeldOrder {
  return {
    id: row.id,
    class_id: row.class_id,
    shop_id: row.shop_id,
    buyer_id: row.buyer_id,
    seller_id: row.seller_id,
    invoice_number: row.invoice_number,
    subtotal: row.subtotal,
    shipping_cost: row.shipping_cost,
    admin_fee: row.admin_fee,
    total: row.total,
    payment_method: row.payment_method,
    buyer_name: row.buyer_name,
    buyer_number: row.buyer_number,
    title,
    lines,
  };
}

/** A list row: everything but the address, courier and note. */
export type OrderListRow = Omit<
  OrderRow,
  'address' | 'courier' | 'note' | 'checkout_id' | 'payment_expire_task_id' | 'cancel_note' | 'delivery_outcome' | 'delivered_at' | 'completed_at'
> & { courier_name: string; resi: string | null };

export interface OrderLineRow {
  order_id: string;
  position: number;
  product_id: string | null;
  title: string;
  unit_price: number;
  quantity: number;
  line_total: number;
  weight_grams: number;
  photo_hash: string | null;
}

export interface OrderHistoryRow {
  from_state: OrderState | null;
  to_state: OrderState;
  actor: OrderActor;
  reason: string | null;
  note: string | null;
  sim_time: Date;
}

export interface NewOrder {
  id: string;
  classId: string;
  checkoutId: string;
  invoiceNumber: string;
  buyerId: string;
  shopId: string;
  sellerId: string;
  paymentMethod: PaymentMethodCode;
  courier: CourierSnapshot;
  address: AddressSnapshot;
  note: string | null;
  subtotal: number;
  shippingCost: number;
  adminFee: number;
  total: number;
  placedAt: Date;
  paymentDueAt: Date | null;
  paymentExpireTaskId: string | null;
}

export interface NewOrderLine {
  productId: string;
  title: string;
  unitPrice: number;
  quantity: number;
  weightGrams: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  shelfLifeDays: number | null;
  photoHash: string | null;
}

/** An order as the request that placed it wrote it: enough for its page without reading it back. */
export interface WrittenOrder {
  row: OrderRow;
  lines: OrderLineRow[];
  history: OrderHistoryRow[];
}

export interface HistoryEntry {
  orderId: string;
  from: OrderState | null;
  to: OrderState;
  actor: OrderActor;
  actorId: string | null;
  reason: string | null;
  note: string | null;
  simTime: Date;
}

/** Who may see an order: the buyer, the seller, the class's facilitators. */
export interface OrderParties {
  class_id: string;
  buyer_id: string;
  seller_id: string;
}

export interface ListFilter {
  /** Exactly one of these scopes the list. */
  by: { shopId: string } | { buyerId: string } | { classId: string };
  states: readonly OrderState[] | null;
  limit: number;
  /** Keyset: rows strictly older than this (placed_at, id). */
  before: { placedAt: Date; id: string } | null;
}

const ORDER_SELECT = `SELECT o.*, s.name AS shop_name, b.display_name AS buyer_name, b.name_number AS buyer_number
  FROM orders o JOIN shop_profile s ON s.id = o.shop_id JOIN participant_profile b ON b.id = o.buyer_id`;

const LIST_SELECT = `SELECT o.id, o.class_id, o.invoice_number, o.buyer_id, o.shop_id, o.seller_id, o.state, o.cancel_reason,
       o.payment_method, o.courier_code, o.courier->>'name' AS courier_name, o.subtotal, o.shipping_cost, o.admin_fee, o.total,
       o.weight_kg, o.placed_at, o.state_changed_at, o.payment_due_at, o.paid_at, o.ship_by_at, o.auto_complete_at, o.cancelled_at,
       s.name AS shop_name, b.display_name AS buyer_name, b.name_number AS buyer_number, sh.resi
  FROM orders o JOIN shop_profile s ON s.id = o.shop_id JOIN participant_profile b ON b.id = o.buyer_id
  LEFT JOIN shipment_resi sh ON sh.order_id = o.id`;

/**
 * One page of a list as ONE statement, built from fixed SQL and numbered parameters; the caller then reads every
 * line of the page's orders in one more query (no query per order). Exported so a test can EXPLAIN what runs.
 *
 * The seller's tab (`shop_id = $1 AND state = ANY($2)`, newest first): with one state it is an Index Scan on
 * orders_shop_state_idx (shop_id, state, placed_at DESC, id DESC) that stops after LIMIT rows, with no Sort; the
 * keyset cursor becomes an index condition on (placed_at, id). A two-state tab (Dikirim, Dibatalkan) reads the same
 * index for both states and sorts only the matches; "all" reads orders_shop_idx. Each row joins shop and participant
 * by primary key (nested loop). The buyer's and the class's lists read orders_buyer_idx and orders_class_idx alike.
 */
export function listQuery(filter: ListFilter): [string, unknown[]] {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const by = filter.by;
  if ('shopId' in by) {
    params.push(by.shopId);
    conditions.push(`o.shop_id = $${params.length}`);
  } else if ('buyerId' in by) {
    params.push(by.buyerId);
    conditions.push(`o.buyer_id = $${params.length}`);
  } else {
    params.push(by.classId);
    conditions.push(`o.class_id = $${params.length}`);
  }
  if (filter.states) {
    if (filter.states.length === 1) {
      params.push(filter.states[0]);
      conditions.push(`o.state = $${params.length}`);
    } else {
      params.push(filter.states);
      conditions.push(`o.state = ANY($${params.length}::varchar[])`);
    }
  }
  if (filter.before) {
    params.push(filter.before.placedAt, filter.before.id);
    conditions.push(`(o.placed_at, o.id) < ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(filter.limit);
  return [`${LIST_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY o.placed_at DESC, o.id DESC LIMIT $${params.length}`, params];
}

/** Order queries; every method takes the EntityManager of the caller's transaction (or the default one). */
@Injectable()
export class OrdersRepository {
  /**
   * The idempotency gate, the first write of a placement. A concurrent placement with the same key blocks here on
   * the unique index until the first commits (then this inserts nothing: null) or rolls back (then this one goes on).
   */
  async insertCheckout(manager: EntityManager, values: { classId: string; buyerId: string; key: string; requestHash: string }): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO checkout (class_id, buyer_id, idempotency_key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT checkout_buyer_key DO NOTHING RETURNING id`,
      [values.classId, values.buyerId, values.key, values.requestHash],
    );
    return rows[0]?.id ?? null;
  }

  async findCheckout(manager: EntityManager, buyerId: string, key: string): Promise<{ id: string; request_hash: string } | null> {
    const rows: { id: string; request_hash: string }[] = await manager.query(
      `SELECT id, request_hash FROM checkout WHERE buyer_id = $1 AND idempotency_key = $2`,
      [buyerId, key],
    );
    return rows[0] ?? null;
  }

  async orderIdsOfCheckout(manager: EntityManager, checkoutId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM orders WHERE checkout_id = $1 ORDER BY invoice_number`, [checkoutId]);
    return rows.map((row) => row.id);
  }

  /**
   * `count` invoice sequence numbers, in order. Drawn with the checkout's other reads, ahead of its checkout row (a
   * replay draws them too): a checkout that does not use them leaves them unused, as a sequence does after a rollback
   * (numbers are unique, not gapless).
   */
  async nextInvoiceSequences(manager: EntityManager, count: number): Promise<number[]> {
    const rows = (await manager.query(`SELECT nextval('order_invoice_seq')::bigint AS n FROM generate_series(1, $1::int) ORDER BY 1`, [count])) as {
      n: string;
    }[];
    return rows.map((row) => Number(row.n));
  }

  /** Inserts the order and answers its row as ORDER_SELECT reads it (with shop and buyer names), in one statement. */
  async insertOrder(manager: EntityManager, order: NewOrder): Promise<OrderRow> {
    const rows: OrderRow[] = await manager.query(
      `WITH o AS (
         INSERT INTO orders (id, class_id, checkout_id, invoice_number, buyer_id, shop_id, seller_id, state, payment_method, courier_code,
                             courier, address, note, subtotal, shipping_cost, admin_fee, total, weight_kg, placed_at, state_changed_at,
                             payment_due_at, payment_expire_task_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'AWAITING_PAYMENT', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20)
         RETURNING *)
       SELECT o.*, s.name AS shop_name, b.display_name AS buyer_name, b.name_number AS buyer_number
         FROM o JOIN shop_profile s ON s.id = o.shop_id JOIN participant_profile b ON b.id = o.buyer_id`,
      [
        order.id,
        order.classId,
        order.checkoutId,
        order.invoiceNumber,
        order.buyerId,
        order.shopId,
        order.sellerId,
        order.paymentMethod,
        order.courier.code,
        order.courier,
        order.address,
        order.note,
        order.subtotal,
        order.shippingCost,
        order.adminFee,
        order.total,
        order.courier.weightKg,
        order.placedAt,
        order.paymentDueAt,
        order.paymentExpireTaskId,
      ],
    );
    return rows[0]!;
  }

  /**
   * Inserts every line of an order in one statement, sent with the transaction's next (`writeBehind`), and answers
   * them as `lines` would read them back.
   */
  async insertLines(manager: EntityManager, orderId: string, lines: NewOrderLine[]): Promise<OrderLineRow[]> {
    const columns = 13;
    const values = lines.map((_, i) => `(${Array.from({ length: columns }, (__, c) => `$${i * columns + c + 1}`).join(', ')})`).join(', ');
    await writeBehind(
      manager,
      `INSERT INTO order_line (order_id, position, product_id, title, unit_price, quantity, line_total, weight_grams, length_cm, width_cm,
                               height_cm, shelf_life_days, photo_hash)
       VALUES ${values}`,
      lines.flatMap((line, i) => [
        orderId,
        i,
        line.productId,
        line.title,
        line.unitPrice,
        line.quantity,
        line.unitPrice * line.quantity,
        line.weightGrams,
        line.lengthCm,
        line.widthCm,
        line.heightCm,
        line.shelfLifeDays,
        line.photoHash,
      ]),
    );
    return lines.map((line, i) => ({
      order_id: orderId,
      position: i,
      product_id: line.productId,
      title: line.title,
      unit_price: line.unitPrice,
      quantity: line.quantity,
      line_total: line.unitPrice * line.quantity,
      weight_grams: line.weightGrams,
      photo_hash: line.photoHash,
    }));
  }

  /** Inserts a history entry, sent with the transaction's next statement (`writeBehind`), and answers it as `history` would read it back. */
  async insertHistory(manager: EntityManager, entry: HistoryEntry): Promise<OrderHistoryRow> {
    await writeBehind(
      manager,
      `INSERT INTO order_history (order_id, from_state, to_state, actor, actor_id, reason, note, sim_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [entry.orderId, entry.from, entry.to, entry.actor, entry.actorId, entry.reason, entry.note, entry.simTime],
    );
    return { from_state: entry.from, to_state: entry.to, actor: entry.actor, reason: entry.reason, note: entry.note, sim_time: entry.simTime };
  }

  /** The order, locked until the transaction ends: every state change goes through here first. */
  async findForUpdate(manager: EntityManager, orderId: string): Promise<OrderRow | null> {
    const rows: OrderRow[] = await manager.query(
      `SELECT x.*, (SELECT l.title FROM order_line l WHERE l.order_id = x.id ORDER BY l.position LIMIT 1) AS first_title,
              (SELECT count(*)::int FROM order_line l WHERE l.order_id = x.id) AS line_count
         FROM (${ORDER_SELECT} WHERE o.id = $1 FOR UPDATE OF o) x`,
      [orderId],
    );
    return rows[0] ?? null;
  }

  async find(manager: EntityManager, orderIds: string[]): Promise<OrderRow[]> {
    if (orderIds.length === 0) return [];
    return manager.query(`${ORDER_SELECT} WHERE o.id = ANY($1::uuid[])`, [orderIds]);
  }

  async parties(manager: EntityManager, orderId: string): Promise<OrderParties | null> {
    const rows: OrderParties[] = await manager.query(`SELECT class_id, buyer_id, seller_id FROM orders WHERE id = $1`, [orderId]);
    return rows[0] ?? null;
  }

  /**
   * A state change and its history entry in ONE statement (the order already locked by the caller): the row's new
   * state, its timestamps, and the transition on the class clock. The history's unique (order, state) index fails the
   * whole statement, the update with it, when a state would be entered twice.
   */
  async moveState(
    manager: EntityManager,
    orderId: string,
    change: {
      state: OrderState;
      at: Date;
      paidAt?: Date;
      shipByAt?: Date;
      cancelReason?: CancelReason;
      cancelNote?: string | null;
      autoCompleteAt?: Date;
    },
    history: Pick<HistoryEntry, 'from' | 'actor' | 'actorId' | 'reason' | 'note'>,
  ): Promise<void> {
    // In a transaction it goes with the next statement (writeBehind): nobody reads its answer.
    await writeBehind(
      manager,
      `WITH moved AS (
         UPDATE orders SET state = $2::varchar, state_changed_at = $3::timestamptz, updated_at = now(),
                paid_at = COALESCE($4::timestamptz, paid_at), ship_by_at = COALESCE($5::timestamptz, ship_by_at),
                cancel_reason = COALESCE($6::varchar, cancel_reason), cancel_note = COALESCE($7::varchar, cancel_note),
                cancelled_at = CASE WHEN $2::varchar = 'CANCELLED' THEN $3::timestamptz ELSE cancelled_at END,
                delivered_at = CASE WHEN $2::varchar = 'DELIVERED' THEN $3::timestamptz ELSE delivered_at END,
                completed_at = CASE WHEN $2::varchar = 'COMPLETED' THEN $3::timestamptz ELSE completed_at END,
                auto_complete_at = COALESCE($8::timestamptz, auto_complete_at)
          WHERE id = $1
          RETURNING id
       )
       INSERT INTO order_history (order_id, from_state, to_state, actor, actor_id, reason, note, sim_time)
       SELECT id, $9::varchar, $2::varchar, $10::varchar, $11::uuid, $12::varchar, $13::varchar, $3::timestamptz FROM moved`,
      [
        orderId,
        change.state,
        change.at,
        change.paidAt ?? null,
        change.shipByAt ?? null,
        change.cancelReason ?? null,
        change.cancelNote ?? null,
        change.autoCompleteAt ?? null,
        history.from,
        history.actor,
        history.actorId,
        history.reason,
        history.note,
      ],
    );
  }

  /** The failed-delivery scenario's mark (the state does not change). */
  async setDeliveryOutcome(manager: EntityManager, orderId: string, outcome: 'delivered' | 'failed'): Promise<void> {
    await manager.query(`UPDATE orders SET delivery_outcome = $2, updated_at = now() WHERE id = $1`, [orderId, outcome]);
  }

  async list(manager: EntityManager, filter: ListFilter): Promise<OrderListRow[]> {
    return manager.query(...listQuery(filter));
  }

  /** Every line of these orders in one query, in order. */
  async lines(manager: EntityManager, orderIds: string[]): Promise<Map<string, OrderLineRow[]>> {
    const byOrder = new Map<string, OrderLineRow[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const rows: OrderLineRow[] = await manager.query(
      `SELECT order_id, position, product_id, title, unit_price, quantity, line_total, weight_grams, photo_hash
         FROM order_line WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position`,
      [orderIds],
    );
    for (const row of rows) byOrder.get(row.order_id)?.push(row);
    return byOrder;
  }

  async history(manager: EntityManager, orderIds: string[]): Promise<Map<string, OrderHistoryRow[]>> {
    const byOrder = new Map<string, OrderHistoryRow[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const rows: (OrderHistoryRow & { order_id: string })[] = await manager.query(
      `SELECT order_id, from_state, to_state, actor, reason, note, sim_time FROM order_history WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, id`,
      [orderIds],
    );
    for (const row of rows) byOrder.get(row.order_id)?.push(row);
    return byOrder;
  }

  /** Units per product that the class's orders in these states still hold (lines whose product is gone are left out). */
  heldUnitsInClass(manager: EntityManager, classId: string, states: readonly OrderState[]): Promise<{ product_id: string; quantity: number }[]> {
    return manager.query(
      `SELECT l.product_id, sum(l.quantity)::int AS quantity
         FROM order_line l JOIN orders o ON o.id = l.order_id
        WHERE o.class_id = $1 AND o.state = ANY($2::text[]) AND l.product_id IS NOT NULL
        GROUP BY l.product_id`,
      [classId, states],
    );
  }

  async countInClass(manager: EntityManager, classId: string): Promise<number> {
    const rows: { n: string }[] = await manager.query(`SELECT count(*) AS n FROM orders WHERE class_id = $1`, [classId]);
    return Number(rows[0]!.n);
  }

  /** Deletes every order of the class; their lines and history go with them (ON DELETE CASCADE). */
  async deleteInClass(manager: EntityManager, classId: string): Promise<void> {
    await manager.query(`DELETE FROM orders WHERE class_id = $1`, [classId]);
  }

  /** The badge counts: an index-only scan of orders_shop_state_idx. */
  async countsByState(manager: EntityManager, shopId: string): Promise<{ state: OrderState; count: number }[]> {
    return manager.query(`SELECT state, count(*)::int AS count FROM orders WHERE shop_id = $1 GROUP BY state`, [shopId]);
  }
}
