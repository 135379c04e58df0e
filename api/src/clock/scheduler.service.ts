import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { type EntityManager, Repository } from 'typeorm';
import { UnitOfWork, type Transaction } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { clockError } from './clock.errors.js';
import { ScheduledTask } from './scheduled-task.entity.js';
import { SimClock } from './sim-clock.entity.js';
import { realTimeWhen, simNow } from './sim-time.js';

/** The one pg-boss queue; the task's `kind` picks the handler, so new kinds need no new queue. */
export const SIM_TASK_QUEUE = 'sim-task';
/** After this many failed runs a task is marked `failed` with its last error, and left alone. */
export const MAX_TASK_ATTEMPTS = 5;
const BATCH_SIZE = 20;

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

/** Lets pg-boss write its job row through a TypeORM transaction's connection. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return { executeSql: (text, values) => execute(manager, text, values) };
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
    // FOR SHARE: a concurrent clock change waits for this transaction, so its reschedule sees this task;
    // without it, a task scheduled while the clock is being resumed or sped up could keep a stale wake-up.
    const clock = await tx.manager
      .getRepository(SimClock)
      .createQueryBuilder('clock')
      .setLock('pessimistic_read')
      .where('clock.classId = :classId', { classId: request.classId })
      .getOne();
    if (!clock) throw clockError('CLASS_NOT_FOUND');

    const { rows: inserted } = await execute(
      tx.manager,
      `INSERT INTO scheduled_task (class_id, kind, payload, due_sim, dedupe_key)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING *`,
      [request.classId, request.kind, request.payload ?? {}, request.dueSim, request.dedupeKey ?? null],
    );
    if (inserted.length === 0) {
      // Already scheduled under this key: that task (and its wake-up) stands.
      return tx.manager.getRepository(ScheduledTask).findOneByOrFail({ dedupeKey: request.dedupeKey! });
    }
    const task = taskFromRow(inserted[0]);
    const realNow = new Date();
    const startAfter = realTimeWhen(clock, task.dueSim, realNow);
    if (startAfter) {
      await this.started().send(
        SIM_TASK_QUEUE,
        { taskId: task.id, version: clock.version } satisfies JobData,
        { startAfter, singletonKey: jobKey(task.id, clock.version), db: transactionDb(tx.manager) },
      );
      if (startAfter <= realNow) tx.afterCommit(() => this.wakeWorker());
    }
    return task;
  }

  /** Cancels a pending task; its wake-up will find it no longer pending. False when it already ran or was cancelled. */
  async cancel(manager: EntityManager, taskId: string): Promise<boolean> {
    const { affected } = await execute(
      manager,
      `UPDATE scheduled_task SET status = 'cancelled', done_at = now() WHERE id = $1 AND status = 'pending'`,
      [taskId],
    );
    return affected > 0;
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
    });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss error', err: error }));
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

  private started(): PgBoss {
    if (!this.boss) throw new Error('The scheduler is not running');
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

  /** Each job succeeds or fails on its own; pg-boss then completes the rest of the batch. */
  private async runBatch(jobs: PgBoss.Job<JobData>[]): Promise<void> {
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await this.runJob(job.data);
        } catch (error) {
          await this.started().fail(SIM_TASK_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
    // A full batch means more may be waiting: fetch again at once rather than after the polling interval.
    if (jobs.length === BATCH_SIZE) this.wakeWorker();
  }

  private async runJob({ taskId, version }: JobData): Promise<void> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task || task.status !== 'pending') return;
    const clock = await this.clocks.findOneBy({ classId: task.classId });
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
        await handler(taskFromRow(claimed[0]), tx, { simNow: at });
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
