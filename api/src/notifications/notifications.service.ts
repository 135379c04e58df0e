import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ShopsService } from '../catalog/shops.service.js';
import { numberedName } from '../classes/participant-name.js';
import { SchedulerService } from '../clock/scheduler.service.js';
import { notificationErrors } from './notifications.errors.js';
import { isEventOf, looselyRead, type PublishedEvent, rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { type OrderNamesRow, OrderReadModel } from '../orders/order-read-model.js';
import { OrdersService, type ShipReminderOrder } from '../orders/orders.service.js';
import type { NotificationListView, NotificationView } from './dto/notification.dto.js';
import { type NotificationKind, plan, type PlannedNotification, shipByReminderAt } from './notification-rules.js';

/**
 * The ship-by reminder's own task, as scheduled before the reminder rode on the ship-deadline task
 * (`OrdersService.registerShipReminder`). No longer scheduled; still run for the tasks of that time still pending.
 */
export const SHIP_BY_REMINDER_TASK = 'notification.ship_by_reminder';

interface NotificationRow {
  id: string;
  class_id: string;
  participant_id: string;
  kind: NotificationKind;
  params: Record<string, string | number | boolean | null>;
  sim_time: Date | null;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id::text AS id, class_id, participant_id, kind, params, sim_time, created_at, read_at`;
const DEFAULT_PAGE = 20;

function view(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    read: row.read_at !== null,
    createdAt: new Date(row.created_at).toISOString(),
    simTime: row.sim_time ? new Date(row.sim_time).toISOString() : null,
  };
}

/**
 * Stored notifications: recorded events become a participant's notifications IN the recording transaction
 * (they commit with what they tell of, or not at all), then go live to that participant's room as
 * `notification.created`. A phone that was offline reads them from the list.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly scheduler: SchedulerService,
    private readonly orders: OrderReadModel,
    private readonly shops: ShopsService,
    private readonly orderService: OrdersService,
  ) {}

  onModuleInit(): void {
    this.uow.onRecorded((tx, event) => this.onRecorded(tx, event));
    this.scheduler.registerHandler(SHIP_BY_REMINDER_TASK, (task, tx, { simNow }) => this.remindToShip(tx, String(task.payload.orderId), simNow));
    // The reminder rides on the order's ship-deadline task (its first step), which holds the order locked and PAID.
    this.orderService.registerShipReminder({
      at: shipByReminderAt,
      remind: (tx, order, simNow) => this.storeShipReminder(tx, order, simNow),
    });
  }

  async list(principal: Principal, before: string | null, limit = DEFAULT_PAGE): Promise<NotificationListView> {
    const participantId = participantOf(principal);
    const manager = this.dataSource.manager;
    const [rows, unread] = await Promise.all([
      manager.query(
        `SELECT ${COLUMNS} FROM notification WHERE participant_id = $1 AND ($2::bigint IS NULL OR id < $2) ORDER BY notification.id DESC LIMIT $3`,
        [participantId, before, limit + 1],
      ) as Promise<NotificationRow[]>,
      this.unread(principal),
    ]);
    const page = rows.slice(0, limit);
    return { items: page.map(view), nextBefore: rows.length > limit ? page[page.length - 1]!.id : null, unread };
  }

  async unread(principal: Principal): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.manager.query(
      `SELECT count(*)::int AS count FROM notification WHERE participant_id = $1 AND read_at IS NULL`,
      [participantOf(principal)],
    );
    return rows[0]?.count ?? 0;
  }

  /** One, or (no id) all of the caller's. */
  async markRead(principal: Principal, notificationId: string | null): Promise<void> {
    const participantId = participantOf(principal);
    await this.uow.run(async (tx) => {
      const changed: { id: string }[] = await tx.manager.query(
        `WITH u AS (UPDATE notification SET read_at = now()
                     WHERE participant_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id = $2) RETURNING id)
         SELECT id::text AS id FROM u`,
        [participantId, notificationId],
      );
      if (notificationId !== null && changed.length === 0) {
        const exists = await tx.manager.query(`SELECT 1 FROM notification WHERE id = $1 AND participant_id = $2`, [notificationId, participantId]);
        if (exists.length === 0) throw notificationErrors.notFound();
      }
      if (changed.length === 0) return;
      await tx.record({
        type: 'notification.read',
        classId: principal.kind === 'participant' ? principal.classId : null,
        actorId: participantId,
        payload: { ids: changed.map((row) => row.id) },
        rooms: [rooms.participant(participantId)],
      });
    });
  }

  private async onRecorded(tx: Transaction, event: PublishedEvent): Promise<void> {
    if (!event.classId) return;
    if (isEventOf(event, 'chat.read')) await this.readChatNotifications(tx, event);
    const planned = plan({ type: event.type, payload: looselyRead(event) });
    for (const notification of planned) await this.store(tx, event.classId, notification, event.simTime ? new Date(event.simTime) : null);
  }

  private async store(tx: Transaction, classId: string, notification: PlannedNotification, simTime: Date | null): Promise<void> {
    // An order's names come with its shop's seller: a seller notification of the order needs no lookup of its own.
    const names = await this.orderNames(tx.manager, notification.params);
    const recipient = notification.recipient;
    const participantId =
      recipient.kind === 'seller' && names?.shop_id === recipient.shopId ? names.seller_id : await this.recipientId(tx.manager, notification);
    if (!participantId) return;
    const params = names ? withOrderNames(notification.params, names) : notification.params;
    const rows: NotificationRow[] = await tx.manager.query(
      `INSERT INTO notification (class_id, participant_id, kind, params, sim_time) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [classId, participantId, notification.kind, params, simTime],
    );
    await tx.record({
      type: 'notification.created',
      classId,
      payload: { participantId, notification: view(rows[0]!) },
      rooms: [rooms.participant(participantId)],
      simTime,
    });
  }

  /** An order's notification names its first product and its buyer (as numbered in the class), not only the invoice. */
  private async orderNames(manager: EntityManager, params: PlannedNotification['params']): Promise<OrderNamesRow | undefined> {
    if (typeof params.orderId !== 'string' || typeof params.invoiceNumber !== 'string') return undefined;
    return this.orders.names(manager, params.orderId);
  }

  private async recipientId(manager: EntityManager, notification: PlannedNotification): Promise<string | null> {
    if (notification.recipient.kind === 'participant') return notification.recipient.participantId;
    return this.shops.ownerOf(manager, notification.recipient.shopId);
  }

  /** Reading a conversation reads its chat notifications too. */
  private async readChatNotifications(tx: Transaction, event: PublishedEvent<'chat.read'>): Promise<void> {
    const { readerId, conversationId } = event.payload;
    await tx.manager.query(
      `UPDATE notification SET read_at = now()
        WHERE participant_id = $1 AND read_at IS NULL AND kind = 'chat_message' AND params->>'conversationId' = $2`,
      [readerId, conversationId],
    );
  }

  /** A legacy reminder task at its sim time: only an order still waiting to be shipped is worth a reminder. */
  private async remindToShip(tx: Transaction, orderId: string, simNow: Date): Promise<void> {
    const order = await this.orders.standing(tx.manager, orderId);
    if (!order || order.state !== 'PAID') return;
    await this.storeShipReminder(
      tx,
      { orderId, classId: order.class_id, shopId: order.shop_id, invoiceNumber: order.invoice_number, shipByAt: order.ship_by_at ? new Date(order.ship_by_at) : null },
      simNow,
    );
  }

  /** The seller's `ship_by_soon`, stored at the reminder's sim time. */
  private async storeShipReminder(
    tx: Transaction,
    order: Omit<ShipReminderOrder, 'shipByAt'> & { shipByAt: Date | null },
    simNow: Date,
  ): Promise<void> {
    await this.store(
      tx,
      order.classId,
      {
        recipient: { kind: 'seller', shopId: order.shopId },
        kind: 'ship_by_soon',
        params: { orderId: order.orderId, invoiceNumber: order.invoiceNumber, shipByAt: order.shipByAt ? order.shipByAt.toISOString() : null },
      },
      simNow,
    );
  }
}

function withOrderNames(params: PlannedNotification['params'], row: OrderNamesRow): PlannedNotification['params'] {
  return { ...params, productTitle: row.title, moreItems: Math.max(0, row.lines - 1), buyerName: numberedName(row.buyer_name, row.buyer_number) };
}

function participantOf(principal: Principal): string {
  if (principal.kind !== 'participant') throw notificationErrors.facilitatorsHaveNone();
  return principal.id;
}
