// What the server sends on the 'event' channel: a committed domain event. The payload types are the API's own event
// map (api/src/common/events/event-map.ts, imported as types only, so nothing of the API reaches the bundle), with
// the API views it embeds taken from the generated OpenAPI schema: a field renamed in the API fails this build.
import type { DomainEventMap, EventType } from '../../../../api/src/common/events/event-map';
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type { EventType };

/** The event map with the API views it embeds as the client knows them. */
export type ClientEventMap = DomainEventMap<{ storefrontItem: Schemas['StorefrontItem']; chatMessage: Schemas['ChatMessageView']; notification: Schemas['NotificationView'] }>;

/** The payload of one event type. */
export type EventPayload<K extends EventType> = ClientEventMap[K];

/** An event as it arrives, before its payload is checked: read it through the guards below. */
export interface ClassEvent {
  /** Activity row id: increasing. */
  id: string;
  type: string;
  classId: string | null;
  actorId: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
  simTime: string | null;
}

/** Payload of `participant.joined`. */
export type ParticipantJoinedPayload = EventPayload<'participant.joined'>;

/** Payload of `clock.changed`. */
export type ClockChangedPayload = EventPayload<'clock.changed'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isClassEvent(value: unknown): value is ClassEvent {
  return isRecord(value) && typeof value.type === 'string' && typeof value.id === 'string' && isRecord(value.payload);
}

export function isParticipantJoined(payload: Record<string, unknown>): payload is Record<string, unknown> & ParticipantJoinedPayload {
  return typeof payload.participantId === 'string' && typeof payload.name === 'string' && typeof payload.joinedAt === 'string';
}

export function isClockChanged(payload: Record<string, unknown>): payload is Record<string, unknown> & ClockChangedPayload {
  return typeof payload.simNow === 'string' && typeof payload.speed === 'number' && typeof payload.paused === 'boolean';
}
