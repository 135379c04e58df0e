import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DomainEventInput, PublishedEvent } from './domain-event.js';
import { EventBus } from './event-bus.js';
import { commitWithNextStatement } from '../../database/deferred-begin.js';

export interface Transaction {
  manager: EntityManager;
  /** Records the event in the activity log inside this transaction; it is broadcast after commit. */
  record(event: DomainEventInput): Promise<void>;
  /** Runs after a successful commit (e.g. enqueueing work that must see the committed rows). */
  afterCommit(callback: () => void | Promise<void>): void;
}

/**
 * Runs inside the recording transaction, after the activity row is written: for consequences that must commit
 * with the event or not at all (a stored notification, say). A listener may record events of its own.
 */
export type RecordListener = (tx: Transaction, event: PublishedEvent) => Promise<void>;

/** The class's simulation time now, read in this transaction; null for a class whose clock is not there yet. */
export type ClassClock = (manager: EntityManager, classId: string) => Promise<Date | null>;

/** One write use case = one transaction; its events go out only once it has committed. */
@Injectable()
export class UnitOfWork {
  private readonly recordListeners: RecordListener[] = [];
  private classClock: ClassClock | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  /** Registered once, in a module's onModuleInit; every recorded event passes through every listener. */
  onRecorded(listener: RecordListener): void {
    this.recordListeners.push(listener);
  }

  /**
   * Registered once, by the clock (`ClockService.onModuleInit`): where an event recorded without a time (a join, a
   * product posted, a chat message) gets its class time. The feed shows every line at class time, the real time beside it.
   */
  useClassClock(clock: ClassClock): void {
    this.classClock = clock;
  }

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const events: PublishedEvent[] = [];
    const callbacks: (() => void | Promise<void>)[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      // The class time is read once per use case (per class), however many events it records without one.
      const classTimes = new Map<string, Promise<Date | null>>();
      const classTime = (classId: string): Promise<Date | null> => {
        let time = classTimes.get(classId);
        if (!time) {
          time = this.classClock ? this.classClock(manager, classId) : Promise.resolve(null);
          classTimes.set(classId, time);
        }
        return time;
      };
      // The events' activity rows, written together once the work is done (see writeActivity).
      const unwritten: { event: PublishedEvent; simTime: Date | null }[] = [];
      const tx: Transaction = {
        manager,
        record: async (event) => {
          const simTime = event.simTime !== undefined ? event.simTime : event.classId ? await classTime(event.classId) : null;
          const published = {
            id: '',
            type: event.type,
            classId: event.classId ?? null,
            actorId: event.actorId ?? null,
            payload: event.payload,
            rooms: event.rooms,
            occurredAt: '',
            simTime: simTime ? simTime.toISOString() : null,
          } as PublishedEvent;
          events.push(published);
          unwritten.push({ event: published, simTime });
          for (const listener of this.recordListeners) await listener(tx, published);
        },
        afterCommit: (callback) => callbacks.push(callback),
      };
      const done = await work(tx);
      await writeActivity(manager, unwritten);
      return done;
    });
    this.bus.publish(events);
    for (const callback of callbacks) await callback();
    return result;
  }
}

/**
 * The activity rows of a use case's events, in ONE statement at the end of its transaction (a use case records up to
 * four: an order placed, paid, their notifications), which also carries the transaction's COMMIT: each event gets its
 * row's id and time before it is published. No listener reads an event's id or time; the activity log is read only
 * after commit. Nothing may run in the transaction after this statement.
 */
async function writeActivity(manager: EntityManager, unwritten: { event: PublishedEvent; simTime: Date | null }[]): Promise<void> {
  if (unwritten.length === 0) return;
  // The last statement of the use case: it carries the COMMIT (one round trip for both), see deferred-begin.ts.
  commitWithNextStatement(manager);
  const rows: { id: string; occurred_at: Date }[] = await manager.query(
    `INSERT INTO activity (class_id, actor_id, type, payload, sim_time)
     SELECT class_id, actor_id, type, payload::jsonb, sim_time::timestamptz
       FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::text[], $5::text[]) WITH ORDINALITY AS e(class_id, actor_id, type, payload, sim_time, n)
      ORDER BY n
     RETURNING id, occurred_at`,
    [
      unwritten.map(({ event }) => event.classId),
      unwritten.map(({ event }) => event.actorId),
      unwritten.map(({ event }) => event.type),
      unwritten.map(({ event }) => JSON.stringify(event.payload ?? {})),
      unwritten.map(({ simTime }) => simTime?.toISOString() ?? null),
    ],
  );
  // The ids were drawn in the rows' order (ORDER BY n): the smallest belongs to the first event.
  rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  unwritten.forEach(({ event }, i) => {
    const row = rows[i]!;
    const written = event as { id: string; occurredAt: string };
    written.id = String(row.id);
    written.occurredAt = row.occurred_at.toISOString();
  });
}
