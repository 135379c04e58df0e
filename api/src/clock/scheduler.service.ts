import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import { type EntityManager, In, Repository } from 'typeorm';
import { databaseOutage } from '../common/errors/database-outage.js';
import { outageErrors } from '../common/errors/retry-later.js';
import { UnitOfWork, type Transaction } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { poolOptions } from '../database/pool-options.js';
import { clockError } from './clock.errors.js';
import { ScheduledTask } from './scheduled-task.entity.js';
import { SimClock } from './sim-clock.entity.js';
import { realTimeWhen, simNow } from './sim-time.js';
import { writeBehind } from '../database/deferred-begin.js';

/**
 * pg-boss 10's worker completes or fails a fetched batch without awaiting it (src/manager.js, `work`: `this.complete(…)`,
 * `this.fail(…)`; upstream issue timgit/pg-boss#577). When the database dies at that moment the rejection is unhandled
 * and Node ends the whole app: seen in "money under faults" when the postmaster was killed under load. Every call of
 * these two methods gets a handler that swallows nothing for its caller: an awaiting caller still sees the rejection;
 * the worker's own unawaited call just leaves the job active, which pg-boss expires and the outage sweep re-queues.
 */
function handleUnawaitedCompletions(): void {
  const manager = createRequire(import.meta.url)('pg-boss/src/manager.js') as {
    prototype: Record<'complete' | 'fail', (...args: unknown[]) => Promise<unknown>> & { __completionsHandled?: true };
  };
  const prototype = manager.prototype;
  if (prototype.__completionsHandled) return;
  for (const method of ['complete', 'fail'] as const) {
    const original = prototype[method];
    // Named as the original (a method of an object literal): PgBoss exposes its manager's functions by their name.
    prototype[method] = {
      [method](this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        result.catch(() => undefined);
        return result;
      },
    }[method];
  }
  prototype.__completionsHandled = true;
}
handleUnawaitedCompletions();

/** The one pg-boss queue; the task's `kind` picks the handler, so new kinds need no new queue. */
export const SIM_TASK_QUEUE = 'sim-task';
/** After this many failed runs a task is marked `failed` with its last error, and left alone. */
export const MAX_TASK_ATTEMPTS = 5;
const BATCH_SIZE = 20;
/** Waits between tries of the sweep after a database outage (the database may still be starting). */
const OUTAGE_SWEEP_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export interface ScheduleRequest {
  classId: string;
  kind: string;
  payload?: Record<string, unknown>;
  /** When it comes due, in the class's simulated time. */
  dueSim: Date;
  /** At most one task ever exists per key (e.g. `payment.expire:<orderId>`); scheduling it again returns the first. */
  dedupeKey?: string;
}

export interface TaskContext {
  /** The class's sim time when the task was claimed: the `simTime` of the events the handler records. */
  simNow: Date;
  /**
   * Makes the claimed task pending again, due at `dueSim` with `payload`, in the handler's transaction (a task with
   * a second step, e.g. the ship-by reminder and then the ship deadline: one task row and one wake-up per step,
   * instead of a second task). Its dedupe key stays, so cancelling it by key cancels the step still to come.
   */
  again(dueSim: Date, payload: Record<string, unknown>): Promise<void>;
}

/**
 * Runs inside the transaction that claimed the task: everything it writes commits together with the claim,
 * or rolls back with it (and the task is retried).
 */
export type TaskHandler = (task: ScheduledTask, tx: Transaction, context: TaskContext) => Promise<void>;

interface JobData {
  taskId: string;
  /** The clock version the job's start time was computed from. */
  version: number;
}

interface PendingTask {
  id: string;
  dueSim: Date;
}

class MissingHandlerError extends Error {
  constructor(kind: string) {
    super(`No handler is registered for scheduled task kind "${kind}"`);
    this.name = 'MissingHandlerError';
  }
}

const jobKey = (taskId: string, version: number) => `${taskId}:${version}`;

/** Raw SQL with rows and affected count in one shape, on the manager's transaction when it has one. */
async function execute<Row = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<{ rows: Row[]; affected: number }> {
  const owned = !manager.queryRunner;
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return { rows: result.records as Row[], affected: result.affected ?? 0 };
  } finally {
    if (owned) await runner.release();
  }
}

/**
 * Lets pg-boss write a wake-up's job row in the caller's transaction. Nobody reads the job's id, so the row goes with
 * the transaction's next statement (writeBehind) and pg-boss is answered no rows (its `send` then answers null).
 */
function wakeUpDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      await writeBehind(manager, text, values ?? []);
      return { rows: [] };
    },
  };
}

function taskFromRow(row: Record<string, unknown>): ScheduledTask {
  return Object.assign(new ScheduledTask(), {
    id: row.id as string,
    classId: row.class_id as string,
    kind: row.kind as string,
    payload: row.payload as Record<string, unknown>,
    dueSim: row.due_sim as Date,
    status: row.status as ScheduledTask['status'],
    dedupeKey: row.dedupe_key as string | null,
    attempts: row.attempts as number,
    lastError: row.last_error as string | null,
    createdAt: row.created_at as Date,
    doneAt: row.done_at as Date | null,
  });
}

/**
 * Durable work that comes due in SIMULATED time, on pg-boss.
 *
 * The `scheduled_task` row is the truth; a pg-boss job is only a wake-up call at the real moment the task
 * should come due under the clock as it was (its `version`). A clock change makes those wake-ups stale,
 * so the clock asks `rescheduleClass` for fresh ones; a stale one that fires anyway does nothing harmful.
 * Running is exactly-once because the run transaction first claims the row (`pending` → `done`) and the
 * handler's writes commit with that claim: a second node that got a wake-up for the same task claims nothing.
 */
@Injectable()
export class SchedulerService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private readonly handlers = new Map<string, TaskHandler>();
  private boss: PgBoss | undefined;
  private workerId: string | undefined;
  /** Set while a sweep waits for the database to come back after an outage. */
  private outageSweep: Promise<void> | undefined;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly unitOfWork: UnitOfWork,
    @InjectRepository(ScheduledTask) private readonly tasks: Repository<ScheduledTask>,
    @InjectRepository(SimClock) private readonly clocks: Repository<SimClock>,
  ) {}

  /** Capabilities register their kinds in their own `onModuleInit`, before the worker starts at bootstrap. */
  registerHandler(kind: string, handler: TaskHandler): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for scheduled task kind "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  /**
   * Adds a task inside the caller's transaction. Its pg-boss job is inserted in the SAME transaction (pg-boss's
   * `db` option), not after commit: the task and its wake-up exist together or not at all, so a crash between
   * commit and enqueue cannot leave a task without a job until the next start-up sweep.
   */
  async schedule(tx: Transaction, request: ScheduleRequest): Promise<ScheduledTask> {
    // The clock locked (see lockClock) and the task written in ONE statement: the lock is taken first, as before.
    const rows: Record<string, unknown>[] = await tx.manager.query(
      `WITH clock AS (SELECT anchor_real, anchor_sim, speed, paused, version FROM sim_clock WHERE class_id = $1 FOR SHARE),
       task AS (
         INSERT INTO scheduled_task (class_id, kind, payload, due_sim, dedupe_key)
         SELECT $1, $2, $3, $4, $5 FROM clock
         ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING *)
       SELECT clock.anchor_real AS clock_anchor_real, clock.anchor_sim AS clock_anchor_sim, clock.speed AS clock_speed,
              clock.paused AS clock_paused, clock.version AS clock_version, task.*
         FROM clock LEFT JOIN task ON true`,
      [request.classId, request.kind, request.payload ?? {}, request.dueSim, request.dedupeKey ?? null],
    );
    const row = rows[0];
    if (!row) throw clockError('CLASS_NOT_FOUND');
    if (row.id === null) {
      // Already scheduled under this key: that task (and its wake-up) stands.
      return tx.manager.getRepository(ScheduledTask).findOneByOrFail({ dedupeKey: request.dedupeKey! });
    }
    const clock = Object.assign(new SimClock(), {
      classId: request.classId,
      anchorReal: row.clock_anchor_real as Date,
      anchorSim: row.clock_anchor_sim as Date,
      speed: row.clock_speed as number,
      paused: row.clock_paused as boolean,
      version: row.clock_version as number,
    });
    const task = taskFromRow(row);
    await this.sendWakeUp(tx, clock, task);
    return task;
  }

  /**
   * FOR SHARE: a concurrent clock change waits for this transaction, so its reschedule sees the task written here;
   * without it, a task scheduled while the clock is being resumed or sped up could keep a stale wake-up.
   */
  private async lockClock(tx: Transaction, classId: string): Promise<SimClock> {
    const clock = await tx.manager
      .getRepository(SimClock)
      .createQueryBuilder('clock')
      .setLock('pessimistic_read')
      .where('clock.classId = :classId', { classId })
      .getOne();
    if (!clock) throw clockError('CLASS_NOT_FOUND');
    return clock;
  }

  /** The task's pg-boss job, in the SAME transaction (pg-boss's `db` option): task and wake-up commit together. */
  private async sendWakeUp(tx: Transaction, clock: SimClock, task: ScheduledTask): Promise<void> {
    const realNow = new Date();
    const startAfter = realTimeWhen(clock, task.dueSim, realNow);
    if (!startAfter) return; // paused: resuming reschedules
    await this.started().send(
      SIM_TASK_QUEUE,
      { taskId: task.id, version: clock.version } satisfies JobData,
      { startAfter, singletonKey: jobKey(task.id, clock.version), db: wakeUpDb(tx.manager) },
    );
    if (startAfter <= realNow) tx.afterCommit(() => this.wakeWorker());
  }

  /** `TaskContext.again`: the claimed task pending again at its next step, with its wake-up. */
  private async again(tx: Transaction, task: ScheduledTask, dueSim: Date, payload: Record<string, unknown>): Promise<void> {
    const clock = await this.lockClock(tx, task.classId);
    const { rows } = await execute(
      tx.manager,
      `UPDATE scheduled_task SET status = 'pending', done_at = NULL, attempts = 0, due_sim = $2, payload = $3, last_error = NULL
       WHERE id = $1 AND status = 'done' RETURNING *`,
      [task.id, dueSim, payload],
    );
    if (rows.length === 0) throw new Error(`Scheduled task ${task.id} was not claimed by this run`);
    // The job that woke this run is active, not queued: the `short` policy lets the next wake-up (same key) queue.
    await this.sendWakeUp(tx, clock, taskFromRow(rows[0]));
  }

  /** Cancels a pending task (one that already ran or was cancelled stays as it is); its wake-up will find it no longer pending. */
  async cancel(manager: EntityManager, taskId: string): Promise<void> {
    // Nobody reads its answer: in a transaction it goes with the next statement (writeBehind).
    await writeBehind(manager, `UPDATE scheduled_task SET status = 'cancelled', done_at = now() WHERE id = $1 AND status = 'pending'`, [taskId]);
  }

  /** Cancels the pending tasks with these dedupe keys (those that ran or were cancelled stay as they are). */
  async cancelPending(manager: EntityManager, dedupeKeys: string[]): Promise<number> {
    if (dedupeKeys.length === 0) return 0;
    const { affected } = await execute(
      manager,
      `UPDATE scheduled_task SET status = 'cancelled', done_at = now() WHERE dedupe_key = ANY($1::varchar[]) AND status = 'pending'`,
      [dedupeKeys],
    );
    return affected;
  }

  /**
   * Marks the pending tasks with these dedupe keys done without running them: the running task's handler did their
   * work in its own transaction (a tracking step recording the parcel's other due steps). Their wake-ups then find
   * nothing pending. Returns how many were marked. A task whose row another transaction holds (its own wake-up
   * claiming it right now) is skipped, not waited for: that wake-up may be waiting for a lock this transaction holds
   * (the parcel's order), which would be a deadlock; it finds its work done once it gets that lock.
   */
  async markDone(manager: EntityManager, dedupeKeys: string[]): Promise<number> {
    if (dedupeKeys.length === 0) return 0;
    const { affected } = await execute(
      manager,
      `UPDATE scheduled_task SET status = 'done', done_at = now()
        WHERE id IN (SELECT id FROM scheduled_task WHERE dedupe_key = ANY($1::varchar[]) AND status = 'pending' FOR UPDATE SKIP LOCKED)`,
      [dedupeKeys],
    );
    return affected;
  }

  /** Fresh wake-ups, computed from the current clock, for every pending task of the class. Idempotent. */
  async rescheduleClass(classId: string): Promise<number> {
    const clock = await this.clocks.findOneBy({ classId });
    if (!clock || clock.paused) return 0; // resuming reschedules
    const pending: PendingTask[] = await this.tasks.find({
      select: { id: true, dueSim: true },
      where: { classId, status: 'pending' },
    });
    return this.enqueue(clock, pending);
  }

  /** Every pending task of every running class gets a wake-up, in case a job row was lost. */
  async rescheduleAll(): Promise<number> {
    const clocks = await this.clocks.find({ where: { paused: false } });
    const pending: { id: string; class_id: string; due_sim: Date }[] = await this.tasks.manager.query(
      `SELECT t.id, t.class_id, t.due_sim FROM scheduled_task t
       JOIN sim_clock c ON c.class_id = t.class_id AND NOT c.paused
       WHERE t.status = 'pending'`,
    );
    const byClass = new Map<string, PendingTask[]>();
    for (const row of pending) {
      const tasks = byClass.get(row.class_id) ?? [];
      tasks.push({ id: row.id, dueSim: row.due_sim });
      byClass.set(row.class_id, tasks);
    }
    let enqueued = 0;
    for (const clock of clocks) enqueued += await this.enqueue(clock, byClass.get(clock.classId) ?? []);
    return enqueued;
  }

  async onModuleInit(): Promise<void> {
    if (!this.env.databaseUrl) throw new Error('The scheduler needs the resolved DATABASE_URL');
    const boss = new PgBoss({
      connectionString: this.env.databaseUrl,
      schema: 'pgboss',
      max: 3,
      application_name: 'pasar-latihan-scheduler',
      ...poolOptions(this.env.dbPreparedStatements),
    });
    boss.on('error', (error) => {
      this.logger.error({ msg: 'pg-boss error', err: error });
      // Only an outage: a busy pool (SERVER_BUSY) is load, and a sweep would add to it.
      if (databaseOutage(error) === 'DATABASE_UNAVAILABLE') this.sweepWhenBack();
    });
    await boss.start();
    // `short`: at most one queued job per singletonKey (`<taskId>:<clockVersion>`), so sending the same
    // wake-up again (reschedule, start-up sweep, two nodes) adds nothing. Retries back off 1, 2, 4... s.
    await boss.createQueue(SIM_TASK_QUEUE, {
      name: SIM_TASK_QUEUE,
      policy: 'short',
      retryLimit: MAX_TASK_ATTEMPTS,
      retryDelay: 1,
      retryBackoff: true,
    });
    this.boss = boss;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.workerId = await this.started().work<JobData>(
      SIM_TASK_QUEUE,
      // pg-boss 10's shortest polling interval, so a due task runs within about a second.
      { batchSize: BATCH_SIZE, pollingIntervalSeconds: 0.5 },
      (jobs) => this.runBatch(jobs),
    );
    try {
      const enqueued = await this.rescheduleAll();
      if (enqueued > 0) this.logger.log({ msg: 'start-up sweep queued wake-ups for pending tasks', enqueued });
    } catch (error) {
      // Still up: existing wake-ups run; the next start sweeps again.
      this.logger.error({ msg: 'start-up sweep of scheduled tasks failed', err: error });
    }
  }

  /** Before TypeORM closes its pool (onApplicationShutdown): running handlers still need it. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10000 });
    this.boss = undefined;
    this.workerId = undefined;
  }

  /**
   * A wake-up that pg-boss handed out just before the database went away can neither run nor be marked failed: it
   * stays "active" until pg-boss expires it, 15 minutes later, and its task (whose claim rolled back) waits as long.
   * So once the database answers again, every pending task gets a fresh wake-up, as at start-up; running stays
   * exactly-once through the claim. Tried with backoff until the database answers.
   */
  private sweepWhenBack(): void {
    if (this.outageSweep || !this.boss) return;
    this.outageSweep = (async () => {
      for (let attempt = 0; this.boss; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_SWEEP_DELAYS_MS[Math.min(attempt, OUTAGE_SWEEP_DELAYS_MS.length - 1)]).unref());
        if (!this.boss) return;
        try {
          const enqueued = await this.rescheduleAll();
          this.logger.warn({ msg: 'database back after an outage: pending scheduled tasks swept', enqueued });
          return;
        } catch (error) {
          if (databaseOutage(error) === null) {
            this.logger.error({ msg: 'sweep of scheduled tasks after an outage failed', err: error });
            return;
          }
        }
      }
    })().finally(() => (this.outageSweep = undefined));
  }

  private started(): PgBoss {
    if (!this.boss) throw outageErrors.stopping();
    return this.boss;
  }

  private wakeWorker(): void {
    if (this.boss && this.workerId) this.boss.notifyWorker(this.workerId);
  }

  private async enqueue(clock: SimClock, pending: PendingTask[]): Promise<number> {
    if (pending.length === 0 || clock.paused) return 0;
    const realNow = new Date();
    const jobs: PgBoss.JobInsert<JobData>[] = pending.map((task) => ({
      name: SIM_TASK_QUEUE,
      data: { taskId: task.id, version: clock.version },
      startAfter: realTimeWhen(clock, task.dueSim, realNow)!,
      singletonKey: jobKey(task.id, clock.version),
    }));
    for (let i = 0; i < jobs.length; i += 500) await this.started().insert(jobs.slice(i, i + 500));
    if (jobs.some((job) => (job.startAfter as Date) <= realNow)) this.wakeWorker();
    return jobs.length;
  }

  /**
   * Each job succeeds or fails on its own; pg-boss then completes the rest of the batch. The batch's tasks and their
   * classes' clocks are read in two queries, not two per job: after a clock jump most wake-ups find their task already
   * done (a tracking step records its parcel's other due steps), and under load each pool connection asked for is a
   * wait (issue 15, load held: 30 classes' step wake-ups queued for minutes).
   */
  private async runBatch(jobs: PgBoss.Job<JobData>[]): Promise<void> {
    const ids = [...new Set(jobs.map((job) => job.data.taskId))];
    const tasks = new Map((await this.tasks.findBy({ id: In(ids) })).map((task) => [task.id, task]));
    const classIds = [...new Set([...tasks.values()].filter((task) => task.status === 'pending').map((task) => task.classId))];
    const clocks = new Map(
      (classIds.length === 0 ? [] : await this.clocks.findBy({ classId: In(classIds) })).map((clock) => [clock.classId, clock]),
    );
    // The wake-ups of one order's tasks run one after another, earliest due first (the order they came due in): each
    // would wait for the order's lock anyway, holding a pool connection meanwhile, and the first tracking step marks
    // its parcel's other due steps done, so the ones after it find nothing to claim.
    const groups = new Map<string, PgBoss.Job<JobData>[]>();
    for (const job of jobs) {
      const task = tasks.get(job.data.taskId);
      const orderId = task?.payload?.orderId;
      const key = typeof orderId === 'string' ? `order:${orderId}` : `job:${job.id}`;
      groups.set(key, [...(groups.get(key) ?? []), job]);
    }
    const dueOf = (job: PgBoss.Job<JobData>) => tasks.get(job.data.taskId)?.dueSim.getTime() ?? 0;
    // Tasks run on all but two of the pool's connections at once, so the phones' requests always find one. After 30
    // classes' "+3 hari" with 16 shoppers checking out, 900 parcels were all delivered in 22 s at 8 (pool 10), 33 s at 5
    // and 14 s with no bound; the shoppers' checkouts/s meanwhile fell to 20, 22 and 14 (`npm run bench -- --jump 30x30`).
    const queue = [...groups.values()];
    const runGroups = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const job of group.sort((a, b) => dueOf(a) - dueOf(b))) {
          try {
            await this.runJob(job.data, tasks.get(job.data.taskId), clocks);
          } catch (error) {
            await this.started().fail(SIM_TASK_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.env.dbPoolSize - 2) }, runGroups));
    // A full batch means more may be waiting: fetch again at once rather than after the polling interval.
    if (jobs.length === BATCH_SIZE) this.wakeWorker();
  }

  private async runJob({ version }: JobData, task: ScheduledTask | undefined, clocks: Map<string, SimClock>): Promise<void> {
    if (!task || task.status !== 'pending') return;
    const clock = clocks.get(task.classId);
    if (!clock) return;
    if (clock.version !== version) {
      // Stale: the clock changed after this wake-up was set. The reschedule that followed the change queued
      // the current one; queueing it here too is a no-op then, and repairs a reschedule that never happened.
      await this.enqueue(clock, [task]);
      return;
    }
    if (clock.paused) return; // resuming reschedules
    const realNow = new Date();
    const dueAt = realTimeWhen(clock, task.dueSim, realNow)!;
    if (dueAt > realNow) {
      await this.enqueue(clock, [task]);
      return;
    }
    await this.claimAndRun(task, simNow(clock, realNow));
  }

  private async claimAndRun(task: ScheduledTask, at: Date): Promise<void> {
    const handler = this.handlers.get(task.kind);
    // Not claimed: pg-boss retries, and a node that knows the kind (or the next start-up sweep) runs it.
    if (!handler) throw new MissingHandlerError(task.kind);
    try {
      await this.unitOfWork.run(async (tx) => {
        const { rows: claimed } = await execute(
          tx.manager,
          `UPDATE scheduled_task SET status = 'done', done_at = now(), attempts = attempts + 1
           WHERE id = $1 AND status = 'pending' RETURNING *`,
          [task.id],
        );
        if (claimed.length === 0) return; // another node ran it, or it was cancelled
        const run = taskFromRow(claimed[0]);
        await handler(run, tx, { simNow: at, again: (dueSim, payload) => this.again(tx, run, dueSim, payload) });
      });
    } catch (error) {
      await this.recordFailure(task, error);
    }
  }

  /** The claim rolled back with the handler; count the attempt outside it, and give up after the last one. */
  private async recordFailure(task: ScheduledTask, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const { rows } = await execute<{ status: string; attempts: number }>(
      this.tasks.manager,
      `UPDATE scheduled_task
       SET attempts = attempts + 1, last_error = $2,
           status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE status END,
           done_at = CASE WHEN attempts + 1 >= $3 THEN now() ELSE done_at END
       WHERE id = $1 AND status = 'pending'
       RETURNING status, attempts`,
      [task.id, message.slice(0, 2000), MAX_TASK_ATTEMPTS],
    );
    const row = rows[0];
    if (!row) return;
    if (row.status === 'failed') {
      this.logger.error({ msg: 'scheduled task failed for good', taskId: task.id, kind: task.kind, attempts: row.attempts, err: error });
      return;
    }
    this.logger.warn({ msg: 'scheduled task failed; will retry', taskId: task.id, kind: task.kind, attempts: row.attempts, err: error });
    throw error; // pg-boss retries the job
  }
}
