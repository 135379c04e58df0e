// The shape of a domain event: what happened, in which class, and which socket.io rooms may hear it.
// Payloads must only hold what every member of those rooms may see.
export interface DomainEventInput {
  type: string;
  classId: string | null;
  actorId?: string | null;
  payload: Record<string, unknown>;
  /** Rooms such as `class:<id>`, `facilitators:<classId>`, `participant:<id>`, `shop:<id>`. */
  rooms: string[];
  /** The class's simulated time when it happened, where a clock applies. */
  simTime?: Date | null;
}

export interface PublishedEvent {
  /** Activity row id: increasing, so clients can tell what they have already seen. */
  id: string;
  type: string;
  classId: string | null;
  actorId: string | null;
  payload: Record<string, unknown>;
  rooms: string[];
  occurredAt: string;
  simTime: string | null;
}

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
