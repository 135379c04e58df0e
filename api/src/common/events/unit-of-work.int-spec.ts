import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import type { DomainEventInput, PublishedEvent } from './domain-event.js';
import { EventBus } from './event-bus.js';
import { UnitOfWork } from './unit-of-work.js';

describe('UnitOfWork: one transaction, events after the commit', () => {
  let booted: BootedApp;
  let uow: UnitOfWork;
  let db: DataSource;
  const heard: { events: PublishedEvent[]; committedRows: number }[] = [];

  beforeAll(async () => {
    booted = await bootApp();
    uow = booted.app.get(UnitOfWork);
    db = booted.app.get(DataSource);
    booted.app.get(EventBus).subscribe(async (events) => {
      // What a listener can see in the database when it hears the events.
      const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM activity WHERE type LIKE 'test.%'`);
      heard.push({ events, committedRows: Number(rows[0]!.n) });
    });
  });
  afterAll(() => booted.close());

  const countTestActivity = async () => Number((await db.query(`SELECT count(*) AS n FROM activity WHERE type LIKE 'test.%'`))[0].n);

  it('records the activity in the transaction and publishes it only once committed', async () => {
    await uow.run(async (tx) => {
      await tx.record({ type: 'test.first', classId: null, payload: { n: 1 }, rooms: ['class:x'] } as unknown as DomainEventInput);
      await tx.record({ type: 'test.second', classId: null, payload: { n: 2 }, rooms: ['class:x'] } as unknown as DomainEventInput);
      expect(heard).toHaveLength(0); // nothing goes out while the transaction is open
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toHaveLength(1);
    expect(heard[0]!.events.map((e) => e.type)).toEqual(['test.first', 'test.second']);
    expect(heard[0]!.committedRows).toBe(2);
    expect(Number(heard[0]!.events[1]!.id)).toBeGreaterThan(Number(heard[0]!.events[0]!.id));
  });

  it('writes a use case’s activity rows in one statement; each published event carries its own row’s id and times', async () => {
    const sent: string[] = [];
    const simTimes = [new Date('2026-03-01T02:00:00Z'), null, new Date('2026-03-01T04:30:00Z'), null, new Date('2026-03-02T00:00:00Z')];
    await uow.run(async (tx) => {
      const runner = tx.manager.queryRunner!;
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        sent.push(sql);
        return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
      }) as typeof runner.query;
      for (const [i, simTime] of simTimes.entries()) {
        await tx.record({ type: `test.batch${i}`, classId: null, payload: { i, text: `it's "${i}"` }, rooms: ['class:x'], simTime } as unknown as DomainEventInput);
      }
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.filter((sql) => /INSERT INTO "?activity"?/.test(sql))).toHaveLength(1);
    const events = heard.at(-1)!.events;
    expect(events.map((e) => e.type)).toEqual(simTimes.map((_, i) => `test.batch${i}`));
    const rows: { id: string; type: string; payload: unknown; occurred_at: Date; sim_time: Date | null }[] = await db.query(
      `SELECT id, type, payload, occurred_at, sim_time FROM activity WHERE id = ANY($1::bigint[])`,
      [events.map((e) => e.id)],
    );
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    events.forEach((event, i) => {
      const row = byId.get(event.id)!;
      expect(row).toMatchObject({ type: `test.batch${i}`, payload: { i, text: `it's "${i}"` } });
      expect(event.occurredAt).toBe(row.occurred_at.toISOString());
      expect(row.sim_time?.toISOString() ?? null).toBe(simTimes[i]?.toISOString() ?? null);
      expect(event.simTime).toBe(simTimes[i]?.toISOString() ?? null);
      if (i > 0) expect(BigInt(event.id)).toBeGreaterThan(BigInt(events[i - 1]!.id));
    });
  });

  it('publishes nothing and keeps nothing when the use case fails', async () => {
    const before = await countTestActivity();
    await expect(
      uow.run(async (tx) => {
        await tx.record({ type: 'test.doomed', classId: null, payload: {}, rooms: ['class:x'] } as unknown as DomainEventInput);
        throw new Error('use case failed half way');
      }),
    ).rejects.toThrow('half way');
    await new Promise((r) => setTimeout(r, 50));
    expect(heard.flatMap((h) => h.events).some((e) => (e.type as string) === 'test.doomed')).toBe(false);
    expect(await countTestActivity()).toBe(before);
  });
});
