import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { rooms } from '../common/events/domain-event.js';
import { type Transaction, UnitOfWork } from '../common/events/unit-of-work.js';
import { clockError } from './clock.errors.js';
import { SchedulerService } from './scheduler.service.js';
import { SimClock } from './sim-clock.entity.js';
import * as simTime from './sim-time.js';
import type { ClockChange, ClockState } from './sim-time.js';

export interface ClockView extends ClockState {
  classId: string;
  /** The class's simulated time right now. */
  simNow: Date;
}

/** Payload of `clock.changed`, heard by everyone in the class. */
export interface ClockChangedPayload {
  simNow: string;
  speed: number;
  paused: boolean;
  version: number;
}

const MINUTE_MS = 60 * 1000;

/**
 * Each class's simulation clock: the source of "now" for every deadline in the class.
 * This service is the only place that reads the real time; everything else asks it for sim time.
 */
@Injectable()
export class ClockService implements OnModuleInit {
  private readonly logger = new Logger(ClockService.name);
  /** Clocks read for `readNow`, by class, with when they were read (real ms). */
  private readonly recent = new Map<string, { clock: SimClock; readAt: number }>();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scheduler: SchedulerService,
    @InjectRepository(SimClock) private readonly clocks: Repository<SimClock>,
  ) {}

  onModuleInit(): void {
    this.unitOfWork.useClassClock((manager, classId) => this.nowIfAny(classId, manager));
  }

  /** `now` in this transaction, or null for a class whose clock is not there yet (events recorded as it is created). */
  async nowIfAny(classId: string, manager: EntityManager): Promise<Date | null> {
    const clock = isUuid(classId) ? await manager.getRepository(SimClock).findOneBy({ classId }) : null;
    return clock ? simTime.simNow(clock, new Date()) : null;
  }

  /** Called by the classes capability inside the transaction that creates the class: 1×, sim time = real time. */
  async create(manager: EntityManager, classId: string, realNow: Date): Promise<ClockView> {
    const state = simTime.startClock(realNow);
    await manager.getRepository(SimClock).insert({ classId, ...state, updatedAt: realNow });
    return { classId, ...state, simNow: simTime.simNow(state, realNow) };
  }

  /**
   * Called by the classes capability inside the transaction that resets the class: the clock starts again at `at`
   * (sim time = real time), 1×, running, with a new version.
   */
  async restart(tx: Transaction, classId: string, at: Date): Promise<void> {
    const { anchorReal, anchorSim, speed, paused } = simTime.startClock(at);
    await tx.manager.query(
      `UPDATE sim_clock SET anchor_real = $2, anchor_sim = $3, speed = $4, paused = $5, version = version + 1, updated_at = $2 WHERE class_id = $1`,
      [classId, anchorReal, anchorSim, speed, paused],
    );
    this.forgetOnCommit(tx, classId);
  }

  /** After a change of this class's clock commits, this node's `readNow` reads the clock again. */
  private forgetOnCommit(tx: Transaction, classId: string): void {
    tx.afterCommit(() => void this.recent.delete(classId));
  }

  /** Inside a transaction, pass its manager: a second pool connection there can starve the pool under load. */
  async now(classId: string, manager?: EntityManager): Promise<Date> {
    return (await this.get(classId, manager)).simNow;
  }

  /**
   * The class time for a read that shows things (the storefront: which promotions run now), from a clock read at
   * most READ_CLOCK_MS ago: sim time is computed from it as `now` would, so it is exact unless the clock was changed on
   * another node within that time (a change on this node replaces it at once). Write use cases use `now`.
   */
  async readNow(classId: string): Promise<Date> {
    const realNow = new Date();
    return simTime.simNow(await this.readClock(classId, realNow), realNow);
  }

  /** The clock as `readNow` reads it: read at most READ_CLOCK_MS ago, or now. */
  private async readClock(classId: string, realNow: Date): Promise<SimClock> {
    const recent = this.recent.get(classId);
    if (recent && realNow.getTime() - recent.readAt < READ_CLOCK_MS) return recent.clock;
    const clock = isUuid(classId) ? await this.clocks.findOneBy({ classId }) : null;
    if (!clock) throw clockError('CLASS_NOT_FOUND');
    if (this.recent.size >= READ_CLOCK_MAX) this.recent.clear();
    this.recent.set(classId, { clock, readAt: realNow.getTime() });
    return clock;
  }

  async get(classId: string, manager?: EntityManager): Promise<ClockView> {
    const clocks = manager ? manager.getRepository(SimClock) : this.clocks;
    const clock = isUuid(classId) ? await clocks.findOneBy({ classId }) : null;
    if (!clock) throw clockError('CLASS_NOT_FOUND');
    return view(clock, new Date());
  }

  /**
   * The real moment a sim-time deadline arrives at the clock's current speed (for countdowns shown on a page); null
   * while paused. From the clock as `readNow` reads it: a countdown is a read that shows things.
   */
  async realTimeWhen(classId: string, simDue: Date): Promise<Date | null> {
    const realNow = new Date();
    return simTime.realTimeWhen(await this.readClock(classId, realNow), simDue, realNow);
  }

  setSpeed(classId: string, speed: number, actorId: string | null, expectedVersion?: number): Promise<ClockView> {
    return this.change(classId, actorId, expectedVersion, (clock, realNow) => simTime.setSpeed(clock, speed, realNow));
  }

  pause(classId: string, actorId: string | null, expectedVersion?: number): Promise<ClockView> {
    return this.change(classId, actorId, expectedVersion, (clock, realNow) => simTime.pause(clock, realNow));
  }

  resume(classId: string, actorId: string | null, expectedVersion?: number): Promise<ClockView> {
    return this.change(classId, actorId, expectedVersion, (clock, realNow) => simTime.resume(clock, realNow));
  }

  /** "+1 jam" is 60, "+1 hari" is 1440. */
  jump(classId: string, minutes: number, actorId: string | null, expectedVersion?: number): Promise<ClockView> {
    return this.change(classId, actorId, expectedVersion, (clock, realNow) => simTime.jump(clock, minutes * MINUTE_MS, realNow));
  }

  /**
   * One transaction: lock the clock, apply the rule, save, record `clock.changed`; then re-time the class's tasks.
   * With `expectedVersion` (the version the facilitator saw), a change that would do something to a clock changed
   * since is refused (CLOCK_CHANGED): two facilitators who both tap "+1 hari" on the same reading move it one day.
   * A change whose result already holds (pause a paused clock, the speed it has) answers the clock as it is.
   * The save is also conditional on the version read (`UPDATE … WHERE version = $read`), so a writer that bypassed
   * the row lock can never be overwritten silently.
   */
  private async change(
    classId: string,
    actorId: string | null,
    expectedVersion: number | undefined,
    apply: (clock: ClockState, realNow: Date) => ClockChange,
  ): Promise<ClockView> {
    return this.unitOfWork.run(async (tx) => {
      const clock = await findForUpdate(tx.manager, classId);
      // Read after the lock, so a change that waited re-anchors after the one it waited for.
      const realNow = new Date();
      const result = apply(clock, realNow);
      if (!result.ok) throw clockError(result.code);
      if (result.clock.version === clock.version) return view(clock, realNow); // nothing to change
      if (expectedVersion !== undefined && expectedVersion !== clock.version) throw clockError('CLOCK_CHANGED');

      const { anchorReal, anchorSim, speed, paused, version } = result.clock;
      const saved = await tx.manager
        .getRepository(SimClock)
        .update({ classId, version: clock.version }, { anchorReal, anchorSim, speed, paused, version, updatedAt: realNow });
      if (!saved.affected) throw clockError('CLOCK_CHANGED');
      Object.assign(clock, { anchorReal, anchorSim, speed, paused, version, updatedAt: realNow });
      this.forgetOnCommit(tx, classId);

      const changed = view(clock, realNow);
      await tx.record({
        type: 'clock.changed',
        classId,
        actorId,
        payload: { simNow: changed.simNow.toISOString(), speed, paused, version } satisfies ClockChangedPayload,
        rooms: [rooms.class(classId)],
        simTime: changed.simNow,
      });
      tx.afterCommit(async () => {
        try {
          await this.scheduler.rescheduleClass(classId);
        } catch (error) {
          // The change is committed; stale wake-ups repair themselves when they fire (see SchedulerService).
          this.logger.error({ msg: 'rescheduling after a clock change failed', classId, err: error });
        }
      });
      return changed;
    });
  }
}

/** How old a clock `readNow` may use is, and how many classes' clocks it keeps. */
const READ_CLOCK_MS = 1_000;
const READ_CLOCK_MAX = 10_000;

/** A malformed id names no class: 404, not a database cast error. */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

async function findForUpdate(manager: EntityManager, classId: string): Promise<SimClock> {
  if (!isUuid(classId)) throw clockError('CLASS_NOT_FOUND');
  const clock = await manager
    .getRepository(SimClock)
    .createQueryBuilder('clock')
    .setLock('pessimistic_write')
    .where('clock.classId = :classId', { classId })
    .getOne();
  if (!clock) throw clockError('CLASS_NOT_FOUND');
  return clock;
}

function view(clock: SimClock, realNow: Date): ClockView {
  const { classId, anchorReal, anchorSim, speed, paused, version } = clock;
  return { classId, anchorReal, anchorSim, speed, paused, version, simNow: simTime.simNow(clock, realNow) };
}
