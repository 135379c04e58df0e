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

/** One write use case = one transaction; its events go out only once it has committed. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const events: PublishedEvent[] = [];
    const callbacks: (() => void | Promise<void>)[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const tx: Transaction = {
        manager,
        record: async (event) => {
          const row = await manager.getRepository(Activity).save(
            manager.getRepository(Activity).create({
              classId: event.classId,
              actorId: event.actorId ?? null,
              type: event.type,
              payload: event.payload,
              simTime: event.simTime ?? null,
            }),
          );
          events.push({
            id: String(row.id),
            type: row.type,
            classId: row.classId,
            actorId: row.actorId,
            payload: row.payload,
            rooms: event.rooms,
            occurredAt: row.occurredAt.toISOString(),
            simTime: row.simTime ? row.simTime.toISOString() : null,
          });
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
