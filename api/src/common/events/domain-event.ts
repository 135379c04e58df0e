// The shape of a domain event: what happened, in which class, and which socket.io rooms may hear it.
// Payloads must only hold what every member of those rooms may see. Their types are in `event-map.ts`.
import type { StorefrontItem } from '../../catalog/dto/product.dto.js';
import type { ChatMessageView } from '../../chat/dto/chat.dto.js';
import type { NotificationView } from '../../notifications/dto/notification.dto.js';
import type { OrderState } from '../../orders/order-state.js';
import type { DomainEventMap, EventOrderState, EventType } from './event-map.js';

export type { EventType } from './event-map.js';

/** The API's event map: the view parts of payloads are its DTOs (the client gets the same from the OpenAPI schema). */
export type ApiEventMap = DomainEventMap<{ storefrontItem: StorefrontItem; chatMessage: ChatMessageView; notification: NotificationView }>;

/** The payload of one event type. */
export type EventPayload<K extends EventType> = ApiEventMap[K];

interface EventEnvelope {
  classId: string | null;
  actorId?: string | null;
  /** Rooms such as `class:<id>`, `facilitators:<classId>`, `participant:<id>`, `shop:<id>`. */
  rooms: string[];
  /** The class's simulated time when it happened, where a clock applies. */
  simTime?: Date | null;
}

/** What a use case records: one of the mapped types with its payload (`tx.record` refuses anything else). */
export type DomainEventInput<K extends EventType = EventType> = { [T in K]: EventEnvelope & { type: T; payload: ApiEventMap[T] } }[K];

interface PublishedEnvelope {
  /** Activity row id: increasing, so clients can tell what they have already seen. */
  id: string;
  classId: string | null;
  actorId: string | null;
  rooms: string[];
  occurredAt: string;
  simTime: string | null;
}

/** A recorded event, as listeners and the socket layer see it; narrow on `type` to get its payload. */
export type PublishedEvent<K extends EventType = EventType> = { [T in K]: PublishedEnvelope & { type: T; payload: ApiEventMap[T] } }[K];

/** What is sent on the socket's `event` channel (the rooms stay on the server). */
export type WireEvent<K extends EventType = EventType> = { [T in K]: Omit<PublishedEnvelope, 'rooms'> & { type: T; payload: ApiEventMap[T] } }[K];

/** socket.io's server-to-client events, for the typed server. */
export interface ServerToClientEvents {
  event: (event: WireEvent) => void;
  'chat:typing': (typing: { conversationId: string; participantId: string; typing: boolean }) => void;
  /** The first packet of a connection (no payload): from it on, socket.io can recover the connection after a drop or a restart. */
  'stream:start': () => void;
  /** A client→server event without an ack was refused (e.g. RATE_LIMITED); events with an ack get the code there. */
  error: (error: { code: string; message: string }) => void;
}

/** Whether an event is of one of these types (narrows its payload). */
export function isEventOf<K extends EventType>(event: PublishedEvent, ...types: K[]): event is Extract<PublishedEvent, { type: K }> {
  return (types as EventType[]).includes(event.type);
}

/** Any payload, for code that reads a field many event types share (e.g. `shopId`). */
export function looselyRead(event: PublishedEvent): Record<string, unknown> {
  return event.payload as Record<string, unknown>;
}

// The event map's order states are the state machine's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const orderStatesMatch: Same<OrderState, EventOrderState> = true;
void orderStatesMatch;

/** Room names, spelled in one place. */
export const rooms = {
  class: (classId: string) => `class:${classId}`,
  facilitators: (classId: string) => `facilitators:${classId}`,
  facilitator: (facilitatorId: string) => `facilitator:${facilitatorId}`,
  participant: (participantId: string) => `participant:${participantId}`,
  shop: (shopId: string) => `shop:${shopId}`,
  order: (orderId: string) => `order:${orderId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
};
