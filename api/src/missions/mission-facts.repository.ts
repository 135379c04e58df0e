import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedName } from '../classes/participant-name.js';
import { readTogether } from '../database/deferred-begin.js';
import { type MissionSetting, type MissionState, effectiveSettings, type TraineeFacts } from './mission-checks.js';
import { emptyFold, type FactEvent, factsOf, type Fold, foldInto, MISSION_EVENT_TYPES } from './mission-facts.js';

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
  /** Her fold to keep (KEEP_AFTER_EVENTS says when), or null; only the mission checks' refresh keeps it. */
  toKeep: FoldToKeep | null;
}

/**
 * A trainee's fold to keep: of every event of a transaction below `foldedBelow` (a transaction id, as text), as JSON;
 * or null when none of her events was settled since the kept fold, which then only moves on to `foldedBelow`.
 */
export interface FoldToKeep {
  participantId: string;
  foldedBelow: string;
  fold: string | null;
}

/**
 * A fold is kept again once this many of her settled events are read on top of it: fewer are cheaper to read again
 * than a shop's whole fold is to write. A trainee's first read keeps one (even empty), and a read that found none of
 * her events settled moves the kept one on, so that the next read starts from there.
 */
export const KEEP_AFTER_EVENTS = 32;

/** The PostgreSQL cluster's identity: a fold's transaction ids mean something only in the cluster that counted them. */
const THIS_SERVER = `(SELECT system_identifier FROM pg_control_system())`;

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
    const [trainees, products, { events, horizon }, drills, last] = await readTogether(manager, [
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
      (on) => this.foldsAndNewEvents(classId, only, on),
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
        // check runs) are not her doing. Her latest event by id, walking her index backwards (not the maximum over all
        // her events, which grew with them): the two differ only by how long that event's transaction ran.
        `WITH t AS (${TRAINEE_SHOPS})
         SELECT t.participant_id AS actor_id, l.at FROM t
          CROSS JOIN LATERAL (SELECT a.occurred_at AS at FROM class_activity a
                               WHERE a.class_id = $1 AND a.actor_id = t.participant_id AND a.type <> ALL($3::text[])
                               ORDER BY a.id DESC LIMIT 1) l`,
        [classId, only, [...NOT_THE_TRAINEES_DOING]],
      ) as Promise<{ actor_id: string; at: Date }[]>,
    ]);
    if (trainees.length === 0) return [];

    const productsByShop = new Map(products.map((row) => [row.shop_id, row]));
    const drillsByShop = new Map<string, { orderId: string; invoiceNumber: string; state: string }[]>();
    for (const row of drills) {
      const list = drillsByShop.get(row.shop_id) ?? [];
      list.push({ orderId: row.id, invoiceNumber: row.invoice_number, state: row.state });
      drillsByShop.set(row.shop_id, list);
    }
    const lastByActor = new Map(last.map((row) => [row.actor_id, row.at]));

    return trainees.map((trainee) => {
      const { kept, events: read } = events.get(trainee.participantId) ?? { kept: null, events: [] };
      // Her events that the kept fold holds are skipped (they were read for another trainee's sake, or are older rows
      // without a transaction id, which every fold holds); the rest are settled (below the horizon) or pending.
      const settled: ReadEvent[] = [];
      const pending: ReadEvent[] = [];
      for (const e of read) {
        if (kept && (e.xact === null || e.xact < kept.below)) continue;
        (e.xact === null || e.xact < horizon ? settled : pending).push(e);
      }
      // The kept fold was parsed for this read alone: it is folded into in place.
      const fold = kept?.fold ?? emptyFold();
      foldInto(fold, trainee.participantId, settled);
      let toKeep: FoldToKeep | null = null;
      if (horizon > (kept?.below ?? -1n)) {
        const foldedBelow = horizon.toString();
        if (!kept || settled.length >= KEEP_AFTER_EVENTS) toKeep = { participantId: trainee.participantId, foldedBelow, fold: JSON.stringify(fold) };
        else if (settled.length === 0) toKeep = { participantId: trainee.participantId, foldedBelow, fold: null };
      }
      foldInto(fold, trainee.participantId, pending);
      return {
        ...trainee,
        lastActivityAt: lastByActor.get(trainee.participantId) ?? null,
        toKeep,
        facts: factsOf(
          {
            participantId: trainee.participantId,
            // Shops have no photo of their own yet: a description is what sets one up.
            shop: { name: trainee.shopName, description: trainee.shopDescription, hasPhoto: false },
            productsWithPhoto: productsByShop.get(trainee.shopId)?.with_photo ?? 0,
            productsWithoutPhoto: productsByShop.get(trainee.shopId)?.without_photo ?? 0,
            fraudDrillOrders: drillsByShop.get(trainee.shopId) ?? [],
          },
          fold,
        ),
      };
    });
  }

  /**
   * Keeps these folds, each unless a fold further on was kept meanwhile (two checks of one trainee may both keep one;
   * either is right, and the one further on is kept), and moves on the folds that only move on. One statement, its own
   * transaction.
   */
  async keep(classId: string, folds: readonly FoldToKeep[]): Promise<void> {
    if (folds.length === 0) return;
    const whole = folds.filter((f) => f.fold !== null);
    const moved = folds.filter((f) => f.fold === null);
    await this.dataSource.query(
      `WITH moved AS (
         UPDATE mission_fold f SET folded_below = m.folded_below::xid8, updated_at = now()
           FROM unnest($5::uuid[], $6::text[]) AS m(participant_id, folded_below)
          WHERE f.participant_id = m.participant_id AND f.folded_below < m.folded_below::xid8 AND f.server_id = ${THIS_SERVER}
       )
       INSERT INTO mission_fold (participant_id, class_id, server_id, folded_below, fold)
       SELECT k.participant_id, $1, ${THIS_SERVER}, k.folded_below::xid8, k.fold
         FROM unnest($2::uuid[], $3::text[], $4::json[]) AS k(participant_id, folded_below, fold)
       ON CONFLICT (participant_id) DO UPDATE
          SET server_id = EXCLUDED.server_id, folded_below = EXCLUDED.folded_below, fold = EXCLUDED.fold, updated_at = now()
        WHERE mission_fold.folded_below < EXCLUDED.folded_below OR mission_fold.server_id <> EXCLUDED.server_id`,
      [
        classId,
        whole.map((f) => f.participantId),
        whole.map((f) => f.foldedBelow),
        whole.map((f) => f.fold),
        moved.map((f) => f.participantId),
        moved.map((f) => f.foldedBelow),
      ],
    );
  }

  /**
   * The trainees' kept folds and the mission events not in them, in ONE statement, so that both come from one
   * snapshot, with that snapshot's horizon: the oldest transaction still running (`pg_snapshot_xmin`). An event of a
   * transaction below the horizon is settled: it is visible now, and no other such event can appear later, so a fold
   * of the settled events can be kept (the migration 1797017000000-mission-fold.ts tells why ids cannot say this).
   *
   * A fold kept by another PostgreSQL cluster (the database was restored there) is not read: its horizon is another
   * cluster's count.
   *
   * A trainee with a fold gets the class's events from the oldest fold's transaction on (index on class and xact); a
   * trainee without one gets all her events (by shop, by actor). Each event goes to the trainee whose shop it names,
   * else to the trainee who did it: the same whichever trainees are asked for.
   */
  private async foldsAndNewEvents(
    classId: string,
    only: string[] | null,
    on: EntityManager,
  ): Promise<{ events: Map<string, TraineeRead>; horizon: bigint }> {
    const rows: { kind: 'event' | 'fold' | 'horizon'; participant_id: string | null; id: string | null; type: string | null; actor_id: string | null; payload: Record<string, unknown> | null; fold: Fold | null; xact: string | null }[] =
      await on.query(
        `WITH t AS (${TRAINEE_SHOPS}),
              owners AS (SELECT s.id::text AS shop_id, p.id AS participant_id FROM participant_profile p JOIN shop_profile s ON s.participant_id = p.id
                          WHERE p.class_id = $1 AND p.role = 'trainee' AND NOT p.is_persona),
              f AS (SELECT participant_id, folded_below, fold FROM mission_fold
                     WHERE participant_id IN (SELECT participant_id FROM t) AND server_id = ${THIS_SERVER}),
              u AS (SELECT shop_id, participant_id FROM t WHERE participant_id NOT IN (SELECT participant_id FROM f)),
              e AS (SELECT a.id, a.type, a.actor_id, a.payload, a.xact FROM class_activity a
                     WHERE a.class_id = $1 AND a.xact >= (SELECT min(folded_below) FROM f) AND a.type = ANY($3::text[])
                    UNION ALL
                    SELECT a.id, a.type, a.actor_id, a.payload, a.xact FROM class_activity a
                     WHERE a.class_id = $1 AND a.type = ANY($3::text[])
                       AND (a.payload ->> 'shopId' = ANY(ARRAY(SELECT shop_id::text FROM u)) OR a.actor_id = ANY(ARRAY(SELECT participant_id FROM u))))
         SELECT 'event' AS kind, COALESCE(so.participant_id, ao.participant_id) AS participant_id, e.id, e.type, e.actor_id, e.payload, NULL::json AS fold, e.xact::text AS xact
           FROM e LEFT JOIN owners so ON so.shop_id = e.payload ->> 'shopId' LEFT JOIN owners ao ON ao.participant_id = e.actor_id
          WHERE COALESCE(so.participant_id, ao.participant_id) IN (SELECT participant_id FROM t)
         UNION ALL
         SELECT 'fold', participant_id, NULL, NULL, NULL, NULL, fold, folded_below::text FROM f
         UNION ALL
         SELECT 'horizon', NULL, NULL, NULL, NULL, NULL, NULL, pg_snapshot_xmin(pg_current_snapshot())::text`,
        [classId, only, [...MISSION_EVENT_TYPES]],
      );
    const events = new Map<string, TraineeRead>();
    const of = (participantId: string) => {
      let entry = events.get(participantId);
      if (!entry) events.set(participantId, (entry = { kept: null, events: [] }));
      return entry;
    };
    let horizon = 0n;
    const seen = new Set<string>();
    for (const row of rows) {
      if (row.kind === 'horizon') horizon = BigInt(row.xact!);
      else if (row.kind === 'fold') of(row.participant_id!).kept = { below: BigInt(row.xact!), fold: row.fold! };
      else if (!seen.has(row.id!)) {
        // The two reads of the statement may both bring an event.
        seen.add(row.id!);
        of(row.participant_id!).events.push({
          id: Number(row.id),
          type: row.type!,
          actorId: row.actor_id,
          payload: row.payload!,
          xact: row.xact === null ? null : BigInt(row.xact),
        });
      }
    }
    return { events, horizon };
  }
}

/** An event as read, with its writing transaction's id (null for rows written before transactions were recorded). */
interface ReadEvent extends FactEvent {
  xact: bigint | null;
}

/** What one read brought for a trainee: her kept fold (null: none of this cluster's) and events from it on. */
interface TraineeRead {
  kept: { below: bigint; fold: Fold } | null;
  events: ReadEvent[];
}
