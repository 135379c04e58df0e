import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DropPoint } from './drop-points.js';
import type { TrackingStepCode } from './tracking-plan.js';

/** A parcel as stored. Times named *_at are the class's simulated time (created_at is real time). */
export interface ShipmentRow {
  order_id: string;
  class_id: string;
  courier_code: string;
  resi: string;
  drop_point_id: string;
  drop_point: DropPoint;
  origin_city: string;
  destination_city: string;
  arranged_at: Date;
  shipped_at: Date | null;
}

export interface TrackingEventRow {
  order_id: string;
  step: TrackingStepCode;
  city: string | null;
  at: Date;
}

export type NewShipment = Omit<ShipmentRow, 'shipped_at'>;

/** Shipment and tracking rows; every method takes the caller's transaction's manager (or the default one). */
@Injectable()
export class ShipmentsRepository {
  /** False when the resi is taken (the caller draws another): the unique index decides, not a read before. */
  async insert(manager: EntityManager, shipment: NewShipment): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO shipment (order_id, class_id, courier_code, resi, drop_point_id, drop_point, origin_city, destination_city, arranged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT shipment_resi_key DO NOTHING RETURNING order_id`,
      [
        shipment.order_id,
        shipment.class_id,
        shipment.courier_code,
        shipment.resi,
        shipment.drop_point_id,
        shipment.drop_point,
        shipment.origin_city,
        shipment.destination_city,
        shipment.arranged_at,
      ],
    );
    return rows.length === 1;
  }

  async changeDropPoint(manager: EntityManager, orderId: string, dropPoint: DropPoint): Promise<void> {
    await manager.query(`UPDATE shipment SET drop_point_id = $2, drop_point = $3 WHERE order_id = $1`, [orderId, dropPoint.id, dropPoint]);
  }

  async markShipped(manager: EntityManager, orderId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE shipment SET shipped_at = $2 WHERE order_id = $1`, [orderId, at]);
  }

  async find(manager: EntityManager, orderId: string): Promise<ShipmentRow | null> {
    const rows: ShipmentRow[] = await manager.query(`SELECT * FROM shipment WHERE order_id = $1`, [orderId]);
    return rows[0] ?? null;
  }

  async findMany(manager: EntityManager, orderIds: string[]): Promise<Map<string, ShipmentRow>> {
    if (orderIds.length === 0) return new Map();
    const rows: ShipmentRow[] = await manager.query(`SELECT * FROM shipment WHERE order_id = ANY($1::uuid[])`, [orderIds]);
    return new Map(rows.map((row) => [row.order_id, row]));
  }

  async findByResi(manager: EntityManager, resi: string): Promise<ShipmentRow | null> {
    const rows: ShipmentRow[] = await manager.query(`SELECT * FROM shipment WHERE resi = $1`, [resi]);
    return rows[0] ?? null;
  }

  /** True when the step is new (a step happens once per parcel). */
  async insertEvent(manager: EntityManager, event: TrackingEventRow): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO tracking_event (order_id, step, city, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT tracking_event_step_once DO NOTHING RETURNING id`,
      [event.order_id, event.step, event.city, event.at],
    );
    return rows.length === 1;
  }

  /** The steps that happened, per order, in time order. */
  async events(manager: EntityManager, orderIds: string[]): Promise<Map<string, TrackingEventRow[]>> {
    const byOrder = new Map<string, TrackingEventRow[]>(orderIds.map((id) => [id, []]));
    if (orderIds.length === 0) return byOrder;
    const rows: TrackingEventRow[] = await manager.query(
      `SELECT order_id, step, city, at FROM tracking_event WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, at, id`,
      [orderIds],
    );
    for (const row of rows) byOrder.get(row.order_id)?.push(row);
    return byOrder;
  }
}
