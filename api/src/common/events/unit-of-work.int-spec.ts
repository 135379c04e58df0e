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
