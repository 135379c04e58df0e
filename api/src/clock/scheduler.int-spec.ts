import { randomInt, randomUUID } from 'node:crypto';
import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import type { DomainEventInput } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { ClockModule } from './clock.module.js';
import { ClockService } from './clock.service.js';
import { type ScheduleRequest, SchedulerService, SIM_TASK_QUEUE } from './scheduler.service.js';

const NODE_LABEL = Symbol('NODE_LABEL');
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Test task kinds, registered on each node the way a capability would: in its own onModuleInit. */
@Injectable()
class ProbeHandlers implements OnModuleInit {
  constructor(
    private readonly scheduler: SchedulerService,
    @Inject(NODE_LABEL) private readonly node: string,
  ) {}

  onModuleInit() {
    this.scheduler.registerHandler('test.mark', async (task, tx, { simNow }) => {
      await tx.record({ type: 'test.mark', classId: task.classId, payload: { taskId: task.id, node: this.node }, rooms: [], simTime: simNow } as unknown as DomainEventInput);
    });
    // Two steps on one task: the first re-arms it 60 sim-seconds later (as the ship-by reminder, then the deadline).
    this.scheduler.registerHandler('test.twostep', async (task, tx, context) => {
      const step = Number(task.payload.step ?? 1);
      await tx.record({ type: 'test.mark', classId: task.classId, payload: { taskId: task.id, node: this.node, step }, rooms: [], simTime: context.simNow } as unknown as DomainEventInput);
      if (step === 1) await context.again(new Date(context.simNow.getTime() + 60_000), { step: 2 });
    });
    // Holds its connection for a moment, counting how many run at once on this node.
    this.scheduler.registerHandler('test.hold', async (task, tx, { simNow }) => {
      const running = (holding.get(this.node) ?? 0) + 1;
      holding.set(this.node, running);
      mostHeld.set(this.node, Math.max(mostHeld.get(this.node) ?? 0, running));
      try {
        await tx.manager.query('SELECT pg_sleep(0.3)');
        await tx.record({ type: 'test.mark', classId: task.classId, payload: { taskId: task.id, node: this.node }, rooms: [], simTime: simNow } as unknown as DomainEventInput);
      } finally {
        holding.set(this.node, holding.get(this.node)! - 1);
      }
    });
    // Fails its first run, then succeeds: the retry path.
    this.scheduler.registerHandler('test.flaky', async (task, tx) => {
      await tx.record({ type: 'test.mark', classId: task.classId, payload: { taskId: task.id, node: this.node }, rooms: [] } as unknown as DomainEventInput);
      if (task.attempts < 2) throw new Error('courier API down');
    });
  }
}

/** `test.hold` runs in progress, and the most at once, per node. */
const holding = new Map<string, number>();
const mostHeld = new Map<string, number>();

@Module({})
class ProbeModule {
  static forNode(node: string): DynamicModule {
    return { module: ProbeModule, imports: [ClockModule], providers: [ProbeHandlers, { provide: NODE_LABEL, useValue: node }] };
  }
}

const bootNode = (database: TestDatabase, node: string) => bootApp({ database, extraModules: [ProbeModule.forNode(node)] });

let twostepKeys = 0;
const taskId0 = () => `${process.pid}-${++twostepKeys}-${randomInt(1e9)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds; returns the milliseconds it took, or fails after `timeoutMs`. */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(50);
  }
  return Date.now() - started;
}

interface Node {
  booted: BootedApp;
  clock: ClockService;
  scheduler: SchedulerService;
  unitOfWork: UnitOfWork;
  db: DataSource;
}

function node(booted: BootedApp): Node {
  return {
    booted,
    clock: booted.app.get(ClockService),
    scheduler: booted.app.get(SchedulerService),
    unitOfWork: booted.app.get(UnitOfWork),
    db: booted.app.get(DataSource),
  };
}

/** A facilitator and an open class with its clock, the way the classes capability will create them. */
async function createClass({ db, clock }: Node): Promise<string> {
  const [facilitator] = await db.query(
    `INSERT INTO facilitator (email, name, password_hash, role) VALUES ($1, 'Bu Ratna', 'x', 'facilitator') RETURNING id`,
    [`ratna.${randomInt(1e9)}@example.id`],
  );
  const joinCode = Array.from({ length: 6 }, () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[randomInt(31)]).join('');
  const [trainingClass] = await db.query(
    `INSERT INTO training_class (name, place, date, regency_code, join_code, created_by)
     VALUES ('Pelatihan PKH', 'Balai Pekon Ambarawa', '2025-11-29', '18.10', $1, $2) RETURNING id`,
    [joinCode, facilitator.id],
  );
  await db.transaction((manager) => clock.create(manager, trainingClass.id, new Date()));
  return trainingClass.id;
}

async function schedule(n: Node, request: Omit<ScheduleRequest, 'kind'> & { kind?: string }): Promise<string> {
  const task = await n.unitOfWork.run((tx) => n.scheduler.schedule(tx, { kind: 'test.mark', ...request }));
  return task.id;
}

async function scheduleIn(n: Node, classId: string, simMs: number): Promise<string> {
  const now = await n.clock.now(classId);
  return schedule(n, { classId, dueSim: new Date(now.getTime() + simMs) });
}

/** How many times each task's handler committed, and on which nodes. */
async function runs(db: DataSource, taskIds: string[]): Promise<Map<string, string[]>> {
  const rows: { task_id: string; node: string }[] = await db.query(
    `SELECT payload->>'taskId' AS task_id, payload->>'node' AS node FROM activity
     WHERE type = 'test.mark' AND payload->>'taskId' = ANY($1)`,
    [taskIds],
  );
  const byTask = new Map<string, string[]>(taskIds.map((id) => [id, []]));
  for (const row of rows) byTask.get(row.task_id)!.push(row.node);
  return byTask;
}

const ranCount = async (db: DataSource, taskId: string) => (await runs(db, [taskId])).get(taskId)!.length;

/** Until no wake-up of these tasks is waiting or running any more: every duplicate has had its chance to run. */
async function untilWakeUpsSettled(db: DataSource, taskIds: string[]): Promise<void> {
  await waitFor(
    'every wake-up of the tasks finished',
    async () => {
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM pgboss.job WHERE name = $1 AND data->>'taskId' = ANY($2) AND state IN ('created', 'retry', 'active')`,
        [SIM_TASK_QUEUE, taskIds],
      );
      return open === 0;
    },
    30 * SECOND,
  );
}

/**
 * Proves the workers were polling: a task due now, in a class of its own, has run. After it, "the other task did not
 * run" means it was held back, not that nobody looked yet (no fixed sleep).
 */
async function untilACanaryRan(n: Node): Promise<void> {
  const canary = await scheduleIn(n, await createClass(n), 0);
  await waitFor('a task due now ran', async () => (await ranCount(n.db, canary)) > 0, 30 * SECOND);
}

describe('durable scheduler on simulated time', () => {
  let database: TestDatabase;
  let a: Node;
  let b: Node;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = node(await bootNode(database, 'a'));
    b = node(await bootNode(database, 'b'));
  });

  afterAll(async () => {
    await a?.booted.close();
    await b?.booted.close();
    await database?.drop();
  });

  it('runs a task due 60 sim-seconds ahead on a 60× clock about one real second later', async () => {
    const classId = await createClass(a);
    await a.clock.setSpeed(classId, 60, null);
    const taskId = await scheduleIn(a, classId, 60 * SECOND);

    const took = await waitFor('the task ran', async () => (await ranCount(a.db, taskId)) > 0, 5 * SECOND);

    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(2500);
    const [task] = await a.db.query(`SELECT status, attempts, done_at FROM scheduled_task WHERE id = $1`, [taskId]);
    expect(task).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('runs each of 20 due tasks exactly once across two nodes, even with duplicate wake-ups', async () => {
    const classId = await createClass(a);
    const dueSim = new Date((await a.clock.now(classId)).getTime() + SECOND);
    const taskIds = await a.unitOfWork.run(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push((await a.scheduler.schedule(tx, { classId, kind: 'test.mark', dueSim })).id);
      return ids;
    });
    // Two more wake-ups per task, outside pg-boss's de-duplication, and all 60 shuffled (pg-boss fetches
    // by created_on): both nodes' batches hold wake-ups for the same tasks at the same moment.
    await a.db.query(
      `INSERT INTO pgboss.job (name, data, start_after)
       SELECT $1, jsonb_build_object('taskId', id, 'version', 1), now() + interval '1 second'
       FROM scheduled_task, generate_series(1, 2) WHERE id = ANY($2)`,
      [SIM_TASK_QUEUE, taskIds],
    );
    await a.db.query(`UPDATE pgboss.job SET created_on = now() - random() * interval '1 minute' WHERE name = $1 AND state = 'created'`, [
      SIM_TASK_QUEUE,
    ]);

    await waitFor('all 20 tasks ran', async () => [...(await runs(a.db, taskIds)).values()].every((nodes) => nodes.length > 0), 8 * SECOND);
    await untilWakeUpsSettled(a.db, taskIds);

    const byTask = await runs(a.db, taskIds);
    expect([...byTask.values()].map((nodes) => nodes.length)).toEqual(Array(20).fill(1));
    const [{ pending }] = await a.db.query(`SELECT count(*)::int AS pending FROM scheduled_task WHERE id = ANY($1) AND status <> 'done'`, [taskIds]);
    expect(pending).toBe(0);
    const [{ waiting }] = await a.db.query(`SELECT count(*)::int AS waiting FROM pgboss.job WHERE name = $1 AND state < 'active'`, [SIM_TASK_QUEUE]);
    expect(waiting).toBe(0);
  });

  it('runs a batch of due tasks side by side, but on no more than all but two of the pool’s connections', async () => {
    const classId = await createClass(a);
    const now = await a.clock.now(classId);
    // Committed together, so a node's first fetch takes a full batch (20) and the other node the rest.
    const taskIds = await a.unitOfWork.run(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) ids.push((await a.scheduler.schedule(tx, { classId, kind: 'test.hold', dueSim: now })).id);
      return ids;
    });
    await waitFor('every held task ran', async () => [...(await runs(a.db, taskIds)).values()].every((nodes) => nodes.length === 1), 60 * SECOND);
    const most = Math.max(...mostHeld.values());
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(10 - 2); // the pool's 10 (DB_POOL_SIZE), less two for the phones' requests
  });

  it('holds back a task due in a sim hour at 1×, then runs it soon after speeding up or jumping', async () => {
    const classId = await createClass(a);
    const inTenMinutes = await scheduleIn(a, classId, 10 * MINUTE);
    const inAnHour = await scheduleIn(a, classId, 60 * MINUTE);

    await untilACanaryRan(a);
    expect(await ranCount(a.db, inTenMinutes)).toBe(0);
    expect(await ranCount(a.db, inAnHour)).toBe(0);

    // 600×: the 10 sim minutes left take one real second.
    await b.clock.setSpeed(classId, 600, null);
    const afterSpeedUp = await waitFor('the 10-minute task ran', async () => (await ranCount(a.db, inTenMinutes)) > 0, 4 * SECOND);
    expect(afterSpeedUp).toBeLessThan(2500);
    expect(await ranCount(a.db, inAnHour)).toBe(0);

    // "+1 jam": the hour task is due at once.
    await a.clock.jump(classId, 60, null);
    const afterJump = await waitFor('the hour task ran', async () => (await ranCount(a.db, inAnHour)) > 0, 4 * SECOND);
    expect(afterJump).toBeLessThan(2 * SECOND);
    expect((await runs(a.db, [inTenMinutes, inAnHour])).get(inAnHour)).toHaveLength(1);
  });

  it('pausing keeps a due-soon task from running until the clock resumes', async () => {
    const classId = await createClass(a);
    await a.clock.setSpeed(classId, 60, null);
    const taskId = await scheduleIn(a, classId, 60 * SECOND);
    await a.clock.pause(classId, null);

    await untilACanaryRan(a);
    expect(await ranCount(a.db, taskId)).toBe(0);

    await b.clock.resume(classId, null);
    const took = await waitFor('the task ran after resuming', async () => (await ranCount(a.db, taskId)) > 0, 4 * SECOND);
    expect(took).toBeLessThan(2500);
    expect(await ranCount(a.db, taskId)).toBe(1);
  });

  it('a cancelled task never runs', async () => {
    const classId = await createClass(a);
    const taskId = await scheduleIn(a, classId, 0);
    await a.db.transaction((manager) => a.scheduler.cancel(manager, taskId));
    await untilACanaryRan(a);
    await untilWakeUpsSettled(a.db, [taskId]);
    expect(await ranCount(a.db, taskId)).toBe(0);
    const [task] = await a.db.query(`SELECT status FROM scheduled_task WHERE id = $1`, [taskId]);
    expect(task.status).toBe('cancelled');
  });

  it('scheduling twice under one dedupe key keeps the first task', async () => {
    const classId = await createClass(a);
    const dueSim = new Date((await a.clock.now(classId)).getTime() + 10 * MINUTE);
    const first = await schedule(a, { classId, dueSim, dedupeKey: `payment.expire:${classId}` });
    const second = await schedule(b, { classId, dueSim, dedupeKey: `payment.expire:${classId}` });
    expect(second).toBe(first);
  });

  it('scheduling waits while a clock change holds the class clock, and writes nothing for a class without one', async () => {
    const classId = await createClass(a);
    const dueSim = new Date((await a.clock.now(classId)).getTime() + 10 * MINUTE);
    const runner = a.db.createQueryRunner();
    await runner.connect();
    let scheduled: Promise<string> | undefined;
    try {
      await runner.startTransaction();
      // What a clock change does first: it locks the clock row for update.
      await runner.query(`SELECT 1 FROM sim_clock WHERE class_id = $1 FOR UPDATE`, [classId]);
      const [{ holder }] = await runner.query(`SELECT pg_backend_pid() AS holder`);
      scheduled = schedule(a, { classId, dueSim, dedupeKey: `locked:${classId}` });
      scheduled.catch(() => undefined);
      await waitFor(
        'the scheduling transaction to wait on the clock row',
        async () => {
          const [{ waiting }] = await a.db.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [holder]);
          return waiting > 0;
        },
        30 * SECOND,
      );
      const [{ written }] = await a.db.query(`SELECT count(*)::int AS written FROM scheduled_task WHERE dedupe_key = $1`, [`locked:${classId}`]);
      expect(written).toBe(0);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const taskId = await scheduled!;
    const [task] = await a.db.query(`SELECT dedupe_key FROM scheduled_task WHERE id = $1`, [taskId]);
    expect(task.dedupe_key).toBe(`locked:${classId}`);

    const noClass = '00000000-0000-4000-8000-000000000000';
    await expect(schedule(a, { classId: noClass, dueSim, dedupeKey: `locked:${noClass}` })).rejects.toMatchObject({ code: 'CLASS_NOT_FOUND' });
    const [{ none }] = await a.db.query(`SELECT count(*)::int AS none FROM scheduled_task WHERE class_id = $1`, [noClass]);
    expect(none).toBe(0);
  });

  it('runs the second step a task re-armed in its first run, at the later sim time, and a cancelled second step never', async () => {
    const classId = await createClass(a);
    await a.clock.setSpeed(classId, 60, null);
    const taskId = await schedule(a, { classId, kind: 'test.twostep', dueSim: await a.clock.now(classId), dedupeKey: `twostep:${taskId0()}` });
    await waitFor('both steps ran', async () => (await ranCount(a.db, taskId)) >= 2, 10 * SECOND);
    await untilWakeUpsSettled(a.db, [taskId]);
    const marks: { step: number; sim_time: Date }[] = await a.db.query(
      `SELECT (payload->>'step')::int AS step, sim_time FROM activity WHERE type = 'test.mark' AND payload->>'taskId' = $1 ORDER BY id`,
      [taskId],
    );
    expect(marks.map((m) => m.step)).toEqual([1, 2]);
    expect(marks[1]!.sim_time.getTime() - marks[0]!.sim_time.getTime()).toBeGreaterThanOrEqual(60_000);
    const [task] = await a.db.query(`SELECT status, attempts, payload FROM scheduled_task WHERE id = $1`, [taskId]);
    expect(task).toEqual({ status: 'done', attempts: 1, payload: { step: 2 } });

    // Cancelled by its key between the steps (at 1×, a real minute apart): the second step does not run.
    const slowClass = await createClass(a);
    const key = `twostep:${taskId0()}`;
    const other = await schedule(a, { classId: slowClass, kind: 'test.twostep', dueSim: await a.clock.now(slowClass), dedupeKey: key });
    await waitFor('the first step ran', async () => (await ranCount(a.db, other)) >= 1, 10 * SECOND);
    expect(await a.db.transaction((manager) => a.scheduler.cancelPending(manager, [key]))).toBe(1);
    const [cancelled] = await a.db.query(`SELECT status FROM scheduled_task WHERE id = $1`, [other]);
    expect(cancelled.status).toBe('cancelled');
    expect(await ranCount(a.db, other)).toBe(1);
  });

  it('retries a task whose handler failed, rolling back its first run', async () => {
    const classId = await createClass(a);
    const taskId = await schedule(a, { classId, kind: 'test.flaky', dueSim: await a.clock.now(classId) });

    await waitFor('the retry succeeded', async () => (await ranCount(a.db, taskId)) > 0, 8 * SECOND);
    const [task] = await a.db.query(`SELECT status, attempts, last_error FROM scheduled_task WHERE id = $1`, [taskId]);
    expect(task).toEqual({ status: 'done', attempts: 2, last_error: 'courier API down' });
    expect(await ranCount(a.db, taskId)).toBe(1); // the failed run's activity row rolled back with it
  });
});

describe('scheduled work survives a restart', () => {
  it('runs, once, a task scheduled before the app stopped, even when its job row was lost', async () => {
    const database = await createTestDatabase();
    try {
      const before = node(await bootNode(database, 'before'));
      const classId = await createClass(before);
      const kept = await scheduleIn(before, classId, 2 * SECOND);
      const lost = await scheduleIn(before, classId, 2 * SECOND);
      await before.booted.close();

      // The app is down: pretend the queue lost one of the jobs.
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(`DELETE FROM pgboss.job WHERE data->>'taskId' = $1`, [lost]);
      await client.end();

      const after = node(await bootNode(database, 'after'));
      try {
        await waitFor('both tasks ran', async () => [...(await runs(after.db, [kept, lost])).values()].every((nodes) => nodes.length > 0), 6 * SECOND);
        await untilWakeUpsSettled(after.db, [kept, lost]);
        expect(Object.fromEntries(await runs(after.db, [kept, lost]))).toEqual({ [kept]: ['after'], [lost]: ['after'] });
      } finally {
        await after.booted.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('scheduled work survives a database outage', () => {
  it('runs a task whose wake-up was handed out just before the database went away, once it is back', async () => {
    const database = await createTestDatabase();
    const n = node(await bootNode(database, 'outage'));
    try {
      const classId = await createClass(n);
      const taskId = await scheduleIn(n, classId, 60 * MINUTE); // not due for a sim hour: its wake-up waits
      // The outage: pg-boss had handed the wake-up out ("active"), and neither the run nor its failure reached the
      // database, so pg-boss would only expire it 15 minutes later. The task is due now.
      await n.db.query(`UPDATE pgboss.job SET state = 'active', started_on = now() WHERE name = $1 AND data->>'taskId' = $2`, [SIM_TASK_QUEUE, taskId]);
      await n.db.query(`UPDATE scheduled_task SET due_sim = due_sim - interval '2 hours' WHERE id = $1`, [taskId]);
      // What pg-boss reports while the database is away (its worker's failed fetch).
      const boss = (n.scheduler as unknown as { boss: { emit(event: string, error: unknown): void } }).boss;
      boss.emit('error', { message: 'Connection terminated unexpectedly (Queue: sim-task)', code: undefined });

      await waitFor('the task ran', async () => (await ranCount(n.db, taskId)) > 0, 15 * SECOND);
      const [task] = await n.db.query(`SELECT status, attempts FROM scheduled_task WHERE id = $1`, [taskId]);
      expect(task).toEqual({ status: 'done', attempts: 1 });
      expect(await ranCount(n.db, taskId)).toBe(1);
    } finally {
      await n.booted.close();
      await database.drop();
    }
  });
});

describe('pg-boss completing a job while the database dies', () => {
  it('does not end the app with an unhandled rejection, and still rejects for a caller that awaits', async () => {
    const booted = await bootApp();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const boss = (booted.app.get(SchedulerService) as unknown as { boss: Record<'complete' | 'fail', (...args: unknown[]) => Promise<unknown>> }).boss;
      const deadDb = { executeSql: () => Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' })) };
      // What pg-boss's worker does after a batch: complete (or fail) it without awaiting.
      void boss.complete(SIM_TASK_QUEUE, randomUUID(), undefined, { db: deadDb });
      void boss.fail(SIM_TASK_QUEUE, randomUUID(), undefined, { db: deadDb });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
      await expect(boss.complete(SIM_TASK_QUEUE, randomUUID(), undefined, { db: deadDb })).rejects.toThrow('Connection terminated');
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await booted.close();
    }
  });
});

describe('ClockService', () => {
  let booted: BootedApp;
  let n: Node;

  beforeAll(async () => {
    booted = await bootApp();
    n = node(booted);
  });
  afterAll(() => booted.close());

  it('records clock.changed in the activity log when the speed is set, and again only when it changes', async () => {
    const classId = await createClass(n);
    const changed = await n.clock.setSpeed(classId, 60, null);
    await n.clock.setSpeed(classId, 60, null);

    expect(changed).toMatchObject({ classId, speed: 60, paused: false, version: 2 });
    const rows = await n.db.query(`SELECT payload, sim_time FROM activity WHERE type = 'clock.changed' AND class_id = $1`, [classId]);
    expect(rows).toEqual([
      { payload: { simNow: changed.simNow.toISOString(), speed: 60, paused: false, version: 2 }, sim_time: changed.simNow },
    ]);
  });

  it('keeps sim time continuous across speed changes, pauses and a "+1 hari" jump', async () => {
    const classId = await createClass(n);
    const start = await n.clock.now(classId);
    await n.clock.setSpeed(classId, 600, null);
    await waitFor('2 sim minutes passed at 600×', async () => (await n.clock.now(classId)).getTime() - start.getTime() >= 2 * MINUTE, 30 * SECOND);
    const paused = await n.clock.pause(classId, null);
    const pausedAt = Date.now();
    // Real time must pass for a running clock to move; at 600× even 200 ms would be 2 sim minutes.
    await waitFor('200 real ms passed', async () => Date.now() - pausedAt >= 200, 30 * SECOND);
    expect((await n.clock.get(classId)).simNow).toEqual(paused.simNow);
    expect(paused.simNow.getTime() - start.getTime()).toBeGreaterThanOrEqual(2 * MINUTE);

    const jumped = await n.clock.jump(classId, 24 * 60, null);
    expect(jumped.simNow.getTime() - paused.simNow.getTime()).toBe(24 * 60 * MINUTE);
    const resumed = await n.clock.resume(classId, null);
    expect(resumed).toMatchObject({ paused: false, speed: 600, simNow: jumped.simNow });
  });

  it.each([
    { refused: 'an unsupported speed', act: (c: ClockService, id: string) => c.setSpeed(id, 120, null), statusCode: 400, code: 'INVALID_CLOCK_SPEED' },
    { refused: 'a jump backwards', act: (c: ClockService, id: string) => c.jump(id, -60, null), statusCode: 400, code: 'INVALID_CLOCK_JUMP' },
    { refused: 'a jump of more than 30 days', act: (c: ClockService, id: string) => c.jump(id, 31 * 24 * 60, null), statusCode: 400, code: 'INVALID_CLOCK_JUMP' },
  ])('refuses $refused with $statusCode $code and changes nothing', async ({ act, statusCode, code }) => {
    const classId = await createClass(n);
    await expect(act(n.clock, classId)).rejects.toMatchObject({ statusCode, code });
    expect(await n.clock.get(classId)).toMatchObject({ version: 1, speed: 1, paused: false });
  });

  it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])('answers CLASS_NOT_FOUND for class %s', async (classId) => {
    await expect(n.clock.get(classId)).rejects.toMatchObject({ statusCode: 404, code: 'CLASS_NOT_FOUND' });
    await expect(n.clock.pause(classId, null)).rejects.toMatchObject({ statusCode: 404, code: 'CLASS_NOT_FOUND' });
  });
});
