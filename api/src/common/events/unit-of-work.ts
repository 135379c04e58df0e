import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Activity } from './activity.entity.js';
import type { DomainEventInput, PublishedEvent } from './domain-event.js';
import { EventBus } from './event-bus.js';

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
      const tx: Transaction = {
        manager,
        record: async (event) => {
          const row = await manager.getRepository(Activity).save(
            manager.getRepository(Activity).create({
              classId: event.classId,
              actorId: event.actorId ?? null,
              type: event.type,
              payload: event.payload as Record<string, unknown>,
              simTime: event.simTime !== undefined ? event.simTime : event.classId ? await classTime(event.classId) : null,
            }),
          );
          const published = {
            id: String(row.id),
            type: event.type,
            classId: row.classId,
            actorId: row.actorId,
            payload: event.payload,
            rooms: event.rooms,
            occurredAt: row.occurredAt.toISOString(),
            simTime: row.simTime ? row.simTime.toISOString() : null,
          } as PublishedEvent;
          events.push(published);
          for (const listener of this.recordListeners) await listener(tx, published);
        },
        afterCommit: (callback) => callbacks.push(callback),
      };
      return work(tx);
    });
    this.bus.publish(events);
    for (const callback of callbacks) await callback();
    return result;
  }
}
