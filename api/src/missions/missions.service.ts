import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { classErrors } from '../classes/classes.errors.js';
import { looselyRead, type PublishedEvent, rooms } from '../common/events/domain-event.js';
import { EventBus } from '../common/events/event-bus.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import type { GridTraineeView, MissionGridView, MissionSettingsView, MyMissionsView, UpdateMissionSettingsRequest } from './dto/missions.dto.js';
import {
  checkMissions,
  DEFAULT_MISSION_SETTINGS,
  type MissionResult,
  type MissionSetting,
  type MissionState,
  newlyDone,
  settingsProblem,
  stateMap,
} from './mission-checks.js';
import { MISSION_EVENT_TYPES, STATE_EVENT_TYPES } from './mission-facts.js';
import { MissionFactsRepository, type TraineeWithFacts } from './mission-facts.repository.js';
import { missionErrors } from './missions.errors.js';

/** Events whose arrival may change someone's missions (scenario rows link the fraud drill's order). */
const RELEVANT = new Set<string>([...MISSION_EVENT_TYPES, ...STATE_EVENT_TYPES, 'scenario.order_linked', 'participant.joined']);
/** Events of one class that arrive together are checked together, once. */
const COALESCE_MS = 150;

/**
 * Missions: each trainee's checklist computed from the activity log (mission-checks.ts), the facilitators'
 * grid, the class's settings, and the live loop: after a commit, the trainees an event concerns are checked
 * again; when a state changed, `mission.progress` goes to the facilitators and that trainee.
 */
@Injectable()
export class MissionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MissionsService.name);
  private readonly pending = new Map<string, { participants: Set<string>; shops: Set<string>; timer: NodeJS.Timeout }>();
  private readonly running = new Set<Promise<void>>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly bus: EventBus,
    private readonly facts: MissionFactsRepository,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((events) => this.heard(events));
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe?.();
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
    await Promise.allSettled([...this.running]);
  }

  /** "Misi hari ini": the caller's own checklist. */
  async mine(principal: Principal): Promise<MyMissionsView> {
    if (principal.kind !== 'participant' || principal.role !== 'trainee') throw missionErrors.traineesOnly();
    const [settings, [trainee]] = await Promise.all([this.facts.settings(principal.classId), this.facts.withFacts(principal.classId, [principal.id])]);
    if (!trainee) throw missionErrors.traineesOnly();
    const missions = checkMissions(trainee.facts, settings);
    return { missions, doneCount: missions.filter((m) => m.state === 'done').length, total: missions.length };
  }

  /** One trainee's checklist, for the facilitator's drill-down. */
  async forTrainee(classId: string, participantId: string): Promise<{ trainee: TraineeWithFacts; missions: MissionResult[] }> {
    const [settings, [trainee]] = await Promise.all([this.facts.settings(classId), this.facts.withFacts(classId, [participantId])]);
    if (!trainee) throw classErrors.participantNotFound();
    return { trainee, missions: checkMissions(trainee.facts, settings) };
  }

  /** The projector's grid: trainees × enabled missions, counters and who has been idle longest. */
  async grid(classId: string): Promise<MissionGridView> {
    const [settings, trainees] = await Promise.all([this.facts.settings(classId), this.facts.withFacts(classId)]);
    const now = new Date();
    const rows = trainees.map((trainee) => this.gridRow(trainee, checkMissions(trainee.facts, settings), now));
    const enabled = settings.filter((s) => s.enabled);
    return {
      generatedAt: now.toISOString(),
      missions: enabled.map((setting) => ({
        id: setting.id,
        doneCount: rows.filter((row) => row.missions.some((cell) => cell.id === setting.id && cell.state === 'done')).length,
        failedCount: rows.filter((row) => row.missions.some((cell) => cell.id === setting.id && cell.state === 'failed')).length,
        total: rows.length,
      })),
      trainees: rows,
      idleLongest: [...rows].sort((a, b) => idleSince(a) - idleSince(b)).slice(0, 5).map((row) => row.participantId),
    };
  }

  gridRow(trainee: TraineeWithFacts, results: MissionResult[], now: Date): GridTraineeView {
    const since = trainee.lastActivityAt ?? trainee.joinedAt;
    return {
      participantId: trainee.participantId,
      name: trainee.name,
      shopId: trainee.shopId,
      shopName: trainee.shopName,
      missions: results.map((result) => ({ id: result.id, state: result.state })),
      doneCount: results.filter((result) => result.state === 'done').length,
      lastActivityAt: trainee.lastActivityAt?.toISOString() ?? null,
      lastSeenAt: trainee.lastSeenAt?.toISOString() ?? null,
      joinedAt: trainee.joinedAt.toISOString(),
      idleSeconds: Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000)),
    };
  }

  async settings(classId: string): Promise<MissionSettingsView> {
    const settings = await this.facts.settings(classId);
    return { missions: settings.map((setting, position) => ({ ...setting, position })) };
  }

  /** The facilitator reorders missions or switches some off; every trainee's checklist follows live. */
  async updateSettings(classId: string, actor: Principal, input: UpdateMissionSettingsRequest): Promise<MissionSettingsView> {
    const problem = settingsProblem(input.missions);
    if (problem) throw missionErrors.invalidSettings(problem);
    await this.uow.run(async (tx) => {
      await tx.manager.query(`DELETE FROM class_mission WHERE class_id = $1`, [classId]);
      await tx.manager.query(
        `INSERT INTO class_mission (class_id, mission_id, position, enabled)
         SELECT $1, m.id, m.position, m.enabled FROM unnest($2::text[], $3::int[], $4::boolean[]) AS m(id, position, enabled)`,
        [classId, input.missions.map((m) => m.id), input.missions.map((_m, i) => i), input.missions.map((m) => m.enabled)],
      );
      await tx.record({
        type: 'missions.settings_changed',
        classId,
        actorId: actor.id,
        payload: { missions: input.missions.map((m) => ({ id: m.id, enabled: m.enabled })) },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
      });
    });
    return this.settings(classId);
  }

  /**
   * Checks these trainees again and announces each change once: the stored states are compared and replaced under
   * a row lock in one transaction that also records `mission.progress`, so two nodes (or two quick events) never
   * announce the same change twice. Returns how many trainees changed.
   */
  async refresh(classId: string, participantIds?: string[]): Promise<number> {
    // Most events change no trainee's missions: one unlocked read (the facts, the settings and the stored states, in
    // one round trip) finds those, and only a trainee whose states differ takes the locked compare-and-replace below
    // (which checks again, so nothing is announced twice).
    const { trainees, settings, stored } = await this.facts.forCheck(classId, participantIds);
    // Folds with enough new settled events are kept, so that the next check reads fewer. A fold is only a saving: when
    // keeping it fails (her class was reset meanwhile, say), the check goes on and the next one folds again.
    await this.facts.keep(classId, trainees.flatMap((trainee) => (trainee.toKeep ? [trainee.toKeep] : []))).catch((error: unknown) => {
      this.logger.warn({ msg: 'mission fold not kept', classId, err: error });
    });
    let changed = 0;
    for (const trainee of trainees) {
      // Stored over all nine missions, so that switching one off and on again announces nothing.
      const seen = stored.get(trainee.participantId);
      if (seen && sameStates(seen, stateMap(checkMissions(trainee.facts, DEFAULT_MISSION_SETTINGS as MissionSetting[])))) continue;
      const announced = await this.uow.run(async (tx) => {
        await tx.manager.query(
          `INSERT INTO mission_status (participant_id, class_id, states, done_count) VALUES ($1, $2, '{}'::jsonb, 0) ON CONFLICT (participant_id) DO NOTHING`,
          [trainee.participantId, classId],
        );
        const [row] = (await tx.manager.query(`SELECT states FROM mission_status WHERE participant_id = $1 FOR UPDATE`, [trainee.participantId])) as {
          states: Record<string, MissionState>;
        }[];
        const before = row?.states ?? {};
        // Read the facts again under the lock: a check that read them before a newer check committed must not put
        // its older states back (and announce a step backwards) after it.
        const [fresh] = await this.facts.withFacts(classId, [trainee.participantId], tx.manager);
        if (!fresh) return false;
        const after = stateMap(checkMissions(fresh.facts, DEFAULT_MISSION_SETTINGS as MissionSetting[]));
        if (sameStates(before, after)) return false;
        const doneCount = Object.values(after).filter((state) => state === 'done').length;
        await tx.manager.query(`UPDATE mission_status SET states = $2, done_count = $3, updated_at = now() WHERE participant_id = $1`, [
          trainee.participantId,
          JSON.stringify(after),
          doneCount,
        ]);
        const visible = checkMissions(fresh.facts, settings);
        await tx.record({
          type: 'mission.progress',
          classId,
          actorId: trainee.participantId,
          payload: {
            participantId: trainee.participantId,
            shopId: fresh.shopId,
            name: fresh.name,
            missions: visible.map((result) => ({ id: result.id, state: result.state })),
            completed: newlyDone(before, after).filter((id) => visible.some((result) => result.id === id)),
            failed: Object.keys(after).filter((id) => after[id] === 'failed' && before[id] !== 'failed'),
            doneCount: visible.filter((result) => result.state === 'done').length,
            total: visible.length,
          },
          rooms: [rooms.facilitators(classId), rooms.participant(trainee.participantId)],
        });
        return true;
      });
      if (announced) changed++;
    }
    return changed;
  }

  /** Waits for the checks already started (tests, and a clean shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.running.size > 0) {
      for (const [classId, entry] of this.pending) {
        clearTimeout(entry.timer);
        this.flush(classId);
      }
      await Promise.allSettled([...this.running]);
    }
  }

  private heard(events: PublishedEvent[]): void {
    for (const event of events) {
      if (!event.classId || !RELEVANT.has(event.type)) continue;
      let entry = this.pending.get(event.classId);
      if (!entry) {
        const classId = event.classId;
        entry = { participants: new Set(), shops: new Set(), timer: setTimeout(() => this.flush(classId), COALESCE_MS) };
        this.pending.set(classId, entry);
      }
      if (event.actorId) entry.participants.add(event.actorId);
      const payload = looselyRead(event);
      for (const key of ['participantId', 'buyerId', 'senderId'] as const) {
        const value = payload[key];
        if (typeof value === 'string') entry.participants.add(value);
      }
      if (typeof payload.shopId === 'string') entry.shops.add(payload.shopId);
    }
  }

  private flush(classId: string): void {
    const entry = this.pending.get(classId);
    if (!entry) return;
    this.pending.delete(classId);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const work = (async () => {
      const ids = await this.facts.traineesConcerned(
        classId,
        [...entry.participants].filter((id) => uuid.test(id)),
        [...entry.shops].filter((id) => uuid.test(id)),
      );
      if (ids.length > 0) await this.refresh(classId, ids);
    })()
      .catch((error: unknown) => this.logger.error({ msg: 'mission check failed', classId, err: error }))
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }
}

/** When the trainee last did something (or joined): the smaller, the longer idle. */
function idleSince(row: GridTraineeView): number {
  return new Date(row.lastActivityAt ?? row.joinedAt).getTime();
}

function sameStates(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
