// What the server sends on the 'event' channel: a committed domain event (see api/src/common/events/domain-event.ts).
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
export interface ParticipantJoinedPayload {
  participantId: string;
  name: string;
  role: 'trainee' | 'buyer';
  shopId: string | null;
  joinedAt: string;
}

/** Payload of `clock.changed`. */
export interface ClockChangedPayload {
  simNow: string;
  speed: number;
  paused: boolean;
}

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
