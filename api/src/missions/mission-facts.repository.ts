import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedName } from '../classes/participant-name.js';
import { readTogether } from '../database/deferred-begin.js';
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
/** A class's trainees (not personas) with their shops ($1 the class), only $2's unless it is null. */
const TRAINEES = `FROM participant_profile p JOIN shop_profile s ON s.participant_id = p.id
        WHERE p.class_id = $1 AND p.role = 'trainee' AND NOT p.is_persona
          AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))`;
/** The same trainees' shops, for the fact reads that find them themselves. */
const TRAINEE_SHOPS = `SELECT s.id AS shop_id, p.id AS participant_id ${TRAINEES}`;
/** Activity recorded in a trainee's name that she did not do: it never ends her idle time. */
const NOT_THE_TRAINEES_DOING = ['mission.progress'] as const;

/**
 * Reads what the mission checks need for a whole class (or a few trainees) in five queries and one round trip,
 * whatever the number of trainees: the trainees with their shops, their products' photo counts, the mission events of
 * the class, the fraud-drill orders and the last activity per trainee. Events are matched to a trainee by shop, else
 * by actor.
 */
@Injectable()
export class MissionFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What a check of these trainees (all the class's, when none are given) reads first, in one round trip. */
  async forCheck(classId: string, participantIds?: string[]): Promise<{ trainees: TraineeWithFacts[]; settings: MissionSetting[]; stored: Map<string, Record<string, MissionState>> }> {
    const [trainees, settings, stored] = await readTogether(this.dataSource.manager, [
      (on) => this.withFacts(classId, participantIds, on),
      (on) => this.settings(classId, on),
      (on) => this.storedStates(classId, participantIds, on),
    ]);
    return { trainees, settings, stored };
  }

  /** The mission states last stored (and announced) for a class's trainees (only these, when given), unlocked; a trainee with none is absent. */
  async storedStates(classId: string, participantIds?: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Record<string, MissionState>>> {
    const rows: { participant_id: string; states: Record<string, MissionState> }[] = await manager.query(
      `SELECT participant_id, states FROM mission_status WHERE class_id = $1 AND ($2::uuid[] IS NULL OR participant_id = ANY($2::uuid[]))`,
      [classId, participantIds ?? null],
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
         ${TRAINEES}
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
    // Each fact read finds the trainees' shops itself (TRAINEE_SHOPS), so all five go in one round trip.
    const only = participantIds ?? null;
    const [trainees, products, events, drills, last] = await readTogether(manager, [
      (on) => this.trainees(classId, participantIds, on),
      (on) => on.query(
        `WITH t AS (${TRAINEE_SHOPS})
         SELECT pr.shop_id,
                count(*) FILTER (WHERE pr.has_photo)::int AS with_photo,
                count(*) FILTER (WHERE NOT pr.has_photo)::int AS without_photo
           FROM product_summary pr
          WHERE pr.class_id = $1 AND pr.status = 'active' AND pr.shop_id IN (SELECT shop_id FROM t)
          GROUP BY pr.shop_id`,
        [classId, only],
      ) as Promise<{ shop_id: string; with_photo: number; without_photo: number }[]>,
      (on) => on.query(
        `WITH t AS (${TRAINEE_SHOPS})
         SELECT a.type, a.actor_id, a.payload
           FROM class_activity a
          WHERE a.class_id = $1 AND a.type = ANY($3::text[])
            AND (a.payload ->> 'shopId' IN (SELECT shop_id::text FROM t) OR a.actor_id IN (SELECT participant_id FROM t))
          ORDER BY a.id`,
        [classId, only, [...MISSION_EVENT_TYPES]],
      ) as Promise<{ type: string; actor_id: string | null; payload: Record<string, unknown> }[]>,
      (on) => on.query(
        `WITH t AS (${TRAINEE_SHOPS})
         SELECT ro.shop_id, o.id, o.invoice_number, o.state
           FROM scenario_order_role ro JOIN order_summary o ON o.id = ro.order_id
          WHERE ro.class_id = $1 AND ro.role = $3 AND ro.shop_id IN (SELECT shop_id FROM t)
          ORDER BY o.placed_at, o.id`,
        [classId, only, FRAUD_DRILL_ROLE],
      ) as Promise<{ shop_id: string; id: string; invoice_number: string; state: string }[]>,
      (on) => on.query(
        // Idle means the trainee did nothing: the checklist's own announcements (recorded in her name, whenever the
        // check runs) are not her doing.
        `WITH t AS (${TRAINEE_SHOPS})
         SELECT a.actor_id, max(a.occurred_at) AS at FROM class_activity a
          WHERE a.class_id = $1 AND a.actor_id IN (SELECT participant_id FROM t) AND a.type <> ALL($3::text[]) GROUP BY a.actor_id`,
        [classId, only, [...NOT_THE_TRAINEES_DOING]],
      ) as Promise<{ actor_id: string; at: Date }[]>,
    ]);
    if (trainees.length === 0) return [];
    const ids = trainees.map((t) => t.participantId);

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
