import { Injectable, Logger } from '@nestjs/common';
import type { PublishedEvent } from './domain-event.js';

export type EventListener = (events: PublishedEvent[]) => void | Promise<void>;

/**
 * In-process fan-out of committed events to the realtime gateway (and later the mission checks).
 * Only UnitOfWork publishes, and only after its transaction has committed.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: PublishedEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(events))
        .catch((error: unknown) => this.logger.error({ err: error, types: events.map((e) => e.type) }, 'event listener failed'));
    }
  }
}
