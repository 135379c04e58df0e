import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedName } from '../classes/participant-name.js';
import { sideBySide } from '../common/concurrency/side-by-side.js';
import { type MissionSetting, type MissionState, effectiveSettings, type TraineeFacts } from './mission-checks.js';
import { type FactEvent, foldFacts, MISSION_EVENT_TYPES } from './mission-facts.js';

export interface TraineeRow {
  participantId: string;
  name: string;
  joinedAt: Date;
  lastSeenAt: Date | null;
  shopId: string;
  shopName: string;
  shopDescription: string | null;
  shopRegencyCode: string;
}

export interface TraineeWithFacts extends TraineeRow {
  facts: TraineeFacts;
  lastActivityAt: Date | null;
}

/** Role of the fake-proof order in `scenario_order_role` (the fraud drill mission looks for it). */
export const FRAUD_DRILL_ROLE = 'fraud_drill';
/** Activity recorded in a trainee's name that she did not do: it never ends her idle time. */
const NOT_THE_TRAINEES_DOING = ['mission.progress'] as const;

/**
 * Reads what the mission checks need for a whole class (or a few trainees) in five queries, whatever the number
 * of trainees: the trainees with their shops, their products' photo counts, the mission events of the class, the
 * fraud-drill orders and the last activity per trainee. Events are matched to a trainee by shop, else by actor.
 */
@Injectable()
export class MissionFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The mission states last stored (and announced) for these trainees, unlocked; a trainee with none is absent. */
  async storedStates(participantIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Record<string, MissionState>>> {
    if (participantIds.length === 0) return new Map();
    const rows: { participant_id: string; states: Record<string, MissionState> }[] = await manager.query(
      `SELECT participant_id, states FROM mission_status WHERE participant_id = ANY($1::uuid[])`,
      [participantIds],
    );
    return new Map(rows.map((row) => [row.participant_id, row.states]));
  }

  async settings(classId: string, manager: EntityManager = this.dataSource.manager): Promise<MissionSetting[]> {
    const rows: { mission_id: string; position: number; enabled: boolean }[] = await manager.query(
      `SELECT mission_id, position, enabled FROM class_mission WHERE class_id = $1`,
      [classId],
    );
    return effectiveSettings(rows.map((row) => ({ id: row.mission_id, position: row.position, enabled: row.enabled })));
  }

  /** Trainees (not personas) with a shop, in joining order; only `participantIds` when given. */
  async trainees(classId: string, participantIds?: string[], manager: EntityManager = this.dataSource.manager): Promise<TraineeRow[]> {
    const rows: {
      id: string;
      display_name: string;
      name_number: number;
      joined_at: Date;
      last_seen_at: Date | null;
      shop_id: string;
      shop_name: string;
      description: string | null;
      regency_code: string;
    }[] = await manager.query(
      `SELECT p.id, p.display_name, p.name_number, p.joined_at, p.last_seen_at,
              s.id AS shop_id, s.name AS shop_name, s.description, s.regency_code
         FROM participant_profile p JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1 AND p.role = 'trainee' AND NOT p.is_persona
          AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
        ORDER BY p.joined_at, p.id`,
      [classId, participantIds ?? null],
    );
    return rows.map((row) => ({
      participantId: row.id,
      name: numberedName(row.display_name, row.name_number),
      joinedAt: row.joined_at,
      lastSeenAt: row.last_seen_at,
      shopId: row.shop_id,
      shopName: row.shop_name,
      shopDescription: row.description,
      shopRegencyCode: row.regency_code,
    }));
  }

  /** The trainees whom these events concern: by actor, by the shop in the payload, or named as participant. */
  async traineesConcerned(classId: string, actorIds: string[], shopIds: string[]): Promise<string[]> {
    if (actorIds.length === 0 && shopIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM participant_profile p LEFT JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1 AND p.role = 'trainee' AND NOT p.is_persona
          AND (p.id = ANY($2::uuid[]) OR s.id = ANY($3::uuid[]))`,
      [classId, actorIds, shopIds],
    );
    return rows.map((row) => row.id);
  }

  async withFacts(classId: string, participantIds?: string[], manager: EntityManager = this.dataSource.manager): Promise<TraineeWithFacts[]> {
    const trainees = await this.trainees(classId, participantIds, manager);
    if (trainees.length === 0) return [];
    const shopIds = trainees.map((t) => t.shopId);
    const ids = trainees.map((t) => t.participantId);
    const [products, events, drills, last] = await sideBySide(manager, [
      () => manager.query(
        `SELECT pr.shop_id,
                count(*) FILTER (WHERE pr.has_photo)::int AS with_photo,
                count(*) FILTER (WHERE NOT pr.has_photo)::int AS without_photo
           FROM product_summary pr
          WHERE pr.class_id = $1 AND pr.status = 'active' AND pr.shop_id = ANY($2::uuid[])
          GROUP BY pr.shop_id`,
        [classId, shopIds],
      ) as Promise<{ shop_id: string; with_photo: number; without_photo: number }[]>,
      () => manager.query(
        `SELECT a.type, a.actor_id, a.payload
           FROM class_activity a
          WHERE a.class_id = $1 AND a.type = ANY($2::text[])
            AND (a.payload ->> 'shopId' = ANY($3::text[]) OR a.actor_id = ANY($4::uuid[]))
          ORDER BY a.id`,
        [classId, [...MISSION_EVENT_TYPES], shopIds, ids],
      ) as Promise<{ type: string; actor_id: string | null; payload: Record<string, unknown> }[]>,
      () => manager.query(
        `SELECT ro.shop_id, o.id, o.invoice_number, o.state
           FROM scenario_order_role ro JOIN order_summary o ON o.id = ro.order_id
          WHERE ro.class_id = $1 AND ro.role = $2 AND ro.shop_id = ANY($3::uuid[])
          ORDER BY o.placed_at, o.id`,
        [classId, FRAUD_DRILL_ROLE, shopIds],
      ) as Promise<{ shop_id: string; id: string; invoice_number: string; state: string }[]>,
      () => manager.query(
        // Idle means the trainee did nothing: the checklist's own announcements (recorded in her name, whenever the
        // check runs) are not her doing.
        `SELECT a.actor_id, max(a.occurred_at) AS at FROM class_activity a
          WHERE a.class_id = $1 AND a.actor_id = ANY($2::uuid[]) AND a.type <> ALL($3::text[]) GROUP BY a.actor_id`,
        [classId, ids, [...NOT_THE_TRAINEES_DOING]],
      ) as Promise<{ actor_id: string; at: Date }[]>,
    ]);

    const productsByShop = new Map(products.map((row) => [row.shop_id, row]));
    const shopOwner = new Map(trainees.map((t) => [t.shopId, t.participantId]));
    const eventsByTrainee = new Map<string, FactEvent[]>();
    for (const row of events) {
      const shopId = typeof row.payload.shopId === 'string' ? row.payload.shopId : null;
      const owner = (shopId && shopOwner.get(shopId)) || (row.actor_id && ids.includes(row.actor_id) ? row.actor_id : null);
      if (!owner) continue;
      const list = eventsByTrainee.get(owner) ?? [];
      list.push({ type: row.type, actorId: row.actor_id, payload: row.payload });
      eventsByTrainee.set(owner, list);
    }
    const drillsByShop = new Map<string, { orderId: string; invoiceNumber: string; state: string }[]>();
    for (const row of drills) {
      const list = drillsByShop.get(row.shop_id) ?? [];
      list.push({ orderId: row.id, invoiceNumber: row.invoice_number, state: row.state });
      drillsByShop.set(row.shop_id, list);
    }
    const lastByActor = new Map(last.map((row) => [row.actor_id, row.at]));

    return trainees.map((trainee) => ({
      ...trainee,
      lastActivityAt: lastByActor.get(trainee.participantId) ?? null,
      facts: foldFacts(
        {
          participantId: trainee.participantId,
          // Shops have no photo of their own yet: a description is what sets one up.
          shop: { name: trainee.shopName, description: trainee.shopDescription, hasPhoto: false },
          productsWithPhoto: productsByShop.get(trainee.shopId)?.with_photo ?? 0,
          productsWithoutPhoto: productsByShop.get(trainee.shopId)?.without_photo ?? 0,
          fraudDrillOrders: drillsByShop.get(trainee.shopId) ?? [],
        },
        eventsByTrainee.get(trainee.participantId) ?? [],
      ),
    }));
  }
}
