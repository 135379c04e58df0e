import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { numberedName } from '../classes/participant-name.js';
import { MediaService } from '../media/media.service.js';
import { FEED_EXCLUDED_TYPES, feedText } from './activity-feed.js';
import type { DrillConversationView, FeedItemView, FeedPageView, FeedQuery, TraineeDrillView } from './dto/missions.dto.js';
import { MissionsService } from './missions.service.js';

interface FeedDbRow {
  id: string;
  type: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
  sim_time: Date | null;
  participant_name: string | null;
  participant_number: number | null;
  facilitator_name: string | null;
  shop_id: string | null;
  shop_name: string | null;
}

const DEFAULT_FEED_PAGE = 30;

/** The facilitator's console reads: the live activity feed and one trainee's drill-down. */
@Injectable()
export class ConsoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly missions: MissionsService,
    private readonly media: MediaService,
  ) {}

  /** The class's activity, newest first, with names; one indexed read per page. */
  async feed(classId: string, query: FeedQuery): Promise<FeedPageView> {
    const limit = query.limit ?? DEFAULT_FEED_PAGE;
    let shopId: string | null = null;
    if (query.participantId) {
      const [row] = (await this.dataSource.query(`SELECT s.id FROM shop_profile s JOIN participant_profile p ON p.id = s.participant_id WHERE p.id = $1 AND p.class_id = $2`, [
        query.participantId,
        classId,
      ])) as { id: string }[];
      shopId = row?.id ?? null;
    }
    const rows: FeedDbRow[] = await this.dataSource.query(
      `SELECT a.id, a.type, a.actor_id, a.payload, a.occurred_at, a.sim_time,
              p.display_name AS participant_name, p.name_number AS participant_number, f.name AS facilitator_name,
              s.id AS shop_id, s.name AS shop_name
         FROM class_activity a
         LEFT JOIN participant_profile p ON p.id = a.actor_id
         LEFT JOIN facilitator_profile f ON f.id = a.actor_id
         LEFT JOIN shop_profile s ON s.id = CASE WHEN a.payload ->> 'shopId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                         THEN (a.payload ->> 'shopId')::uuid END
        WHERE a.class_id = $1 AND a.type <> ALL($2::text[])
          AND ($3::bigint IS NULL OR a.id < $3::bigint)
          AND ($4::uuid IS NULL OR a.actor_id = $4::uuid OR a.payload ->> 'shopId' = $5::text)
        ORDER BY a.id DESC
        LIMIT $6`,
      [classId, [...FEED_EXCLUDED_TYPES], query.before ?? null, query.participantId ?? null, shopId, limit + 1],
    );
    const page = rows.slice(0, limit);
    return { items: page.map((row) => this.feedItem(row)), nextBefore: rows.length > limit ? page[page.length - 1]!.id : null };
  }

  /** Click a trainee: their shop, products, orders, conversations, missions and latest activity. */
  async trainee(classId: string, participantId: string): Promise<TraineeDrillView> {
    const { trainee, missions } = await this.missions.forTrainee(classId, participantId);
    const [products, orders, conversations, recent] = await Promise.all([
      this.dataSource.query(
        `SELECT pr.id, pr.title, pr.price, pr.stock, pr.status, pr.photo_count, pr.cover_hash AS cover
           FROM product_summary pr WHERE pr.shop_id = $1 ORDER BY pr.created_at DESC, pr.id DESC`,
        [trainee.shopId],
      ) as Promise<{ id: string; title: string; price: number; stock: number; status: string; photo_count: number; cover: string | null }[]>,
      this.dataSource.query(
        `SELECT o.id, o.invoice_number, o.state, o.total, o.payment_method, o.placed_at,
                b.display_name AS buyer_name, b.name_number AS buyer_number,
                (SELECT ro.role FROM scenario_order_role ro WHERE ro.order_id = o.id LIMIT 1) AS scenario_role
           FROM order_summary o JOIN participant_profile b ON b.id = o.buyer_id
          WHERE o.shop_id = $1 ORDER BY o.placed_at DESC, o.id DESC LIMIT 30`,
        [trainee.shopId],
      ) as Promise<
        { id: string; invoice_number: string; state: string; total: number; payment_method: string; placed_at: Date; buyer_name: string; buyer_number: number; scenario_role: string | null }[]
      >,
      this.conversations(trainee.shopId),
      this.feed(classId, { participantId, limit: 20 }),
    ]);
    return {
      trainee: this.missions.gridRow(trainee, missions, new Date()),
      shopDescription: trainee.shopDescription,
      missions,
      products: products.map((row) => ({
        id: row.id,
        title: row.title,
        price: row.price,
        stock: row.stock,
        status: row.status,
        photoCount: row.photo_count,
        thumbnailUrl: row.cover ? this.media.urlsFor(row.cover).thumb : null,
      })),
      orders: orders.map((row) => ({
        id: row.id,
        invoiceNumber: row.invoice_number,
        state: row.state,
        total: row.total,
        paymentMethod: row.payment_method,
        buyerName: numberedName(row.buyer_name, row.buyer_number),
        placedAt: row.placed_at.toISOString(),
        scenarioRole: row.scenario_role,
      })),
      conversations,
      recent: recent.items,
    };
  }

  /** The shop's conversations, when the chat capability's tables exist. */
  private async conversations(shopId: string): Promise<DrillConversationView[]> {
    const [{ exists }] = (await this.dataSource.query(`SELECT to_regclass('public.conversation_summary') IS NOT NULL AS exists`)) as { exists: boolean }[];
    if (!exists) return [];
    const rows: { id: string; buyer_name: string; buyer_number: number; last_message_at: Date | null; message_count: number }[] = await this.dataSource.query(
      `SELECT c.id, b.display_name AS buyer_name, b.name_number AS buyer_number, c.last_message_at, c.message_count
         FROM conversation_summary c JOIN participant_profile b ON b.id = c.buyer_id
        WHERE c.shop_id = $1 ORDER BY c.last_message_id DESC NULLS LAST LIMIT 30`,
      [shopId],
    );
    return rows.map((row) => ({
      id: row.id,
      buyerName: numberedName(row.buyer_name, row.buyer_number),
      lastMessageAt: row.last_message_at?.toISOString() ?? null,
      messageCount: row.message_count,
    }));
  }

  private feedItem(row: FeedDbRow): FeedItemView {
    const actorName = row.participant_name ? numberedName(row.participant_name, row.participant_number ?? 1) : row.facilitator_name;
    return {
      id: String(row.id),
      type: row.type,
      occurredAt: row.occurred_at.toISOString(),
      simTime: row.sim_time?.toISOString() ?? null,
      actorId: row.actor_id,
      actorName,
      shopId: row.shop_id,
      shopName: row.shop_name,
      orderId: typeof row.payload.orderId === 'string' ? row.payload.orderId : null,
      text: feedText({ type: row.type, payload: row.payload, actorName, shopName: row.shop_name }),
    };
  }
}
