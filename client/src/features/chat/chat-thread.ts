// Pure: the messages on screen. Server messages merge in by id (a live event, a send's answer and a resync may
// bring the same one), kept in id order; a message still being sent is shown by its clientId until the server's
// copy replaces it. The sender's ticks: ✓ stored, ✓✓ on the other phone, read when the other side read it.
import type { ChatMessage, Conversation } from './api/chat-types';

export interface PendingMessage {
  clientId: string;
  text: string | null;
  kind: ChatMessage['kind'];
  /** A local preview of a picture being sent. */
  previewUrl?: string;
  mediaId?: string;
  failed: boolean;
  /** Stored in the outbox, to be sent when the signal is back ("Menunggu sinyal…"). */
  waiting?: boolean;
}

/** Compares two bigint ids given as decimal strings. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The thread with these messages merged in: no duplicates, oldest first. */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return current as ChatMessage[];
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}

/** The pending messages the server has not yet confirmed. */
export function stillPending(pending: readonly PendingMessage[], messages: readonly ChatMessage[]): PendingMessage[] {
  const confirmed = new Set(messages.map((message) => message.clientId).filter((id): id is string => id !== null));
  const left = pending.filter((message) => !confirmed.has(message.clientId));
  return left.length === pending.length ? (pending as PendingMessage[]) : left;
}

export function lastId(messages: readonly ChatMessage[]): string | undefined {
  return messages.length > 0 ? messages[messages.length - 1]!.id : undefined;
}

/** The newest message of the other side, which this side may mark delivered or read. */
export function lastFromOther(messages: readonly ChatMessage[], role: 'buyer' | 'seller'): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.senderRole !== role) return messages[i]!.id;
  return undefined;
}

export type Ticks = 'sent' | 'delivered' | 'read';

/** For one's own message: read (the other side read up to it), delivered (✓✓), or only stored (✓). */
export function ticksFor(message: ChatMessage, conversation: Pick<Conversation, 'buyerReadUpTo' | 'sellerReadUpTo' | 'buyerDeliveredUpTo' | 'sellerDeliveredUpTo'>): Ticks {
  const other = message.senderRole === 'buyer' ? 'seller' : 'buyer';
  const read = other === 'buyer' ? conversation.buyerReadUpTo : conversation.sellerReadUpTo;
  const delivered = other === 'buyer' ? conversation.buyerDeliveredUpTo : conversation.sellerDeliveredUpTo;
  if (compareIds(read, message.id) >= 0) return 'read';
  if (compareIds(delivered, message.id) >= 0) return 'delivered';
  return 'sent';
}

/** A message id the phone makes, unique enough per sender; crypto.randomUUID needs HTTPS, which a hall's LAN lacks. */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * When a message was sent, as the trainees read it: on the class clock (its sim time), like every other date in the
 * app; the real time only for a message the server has not timed yet.
 */
export function shownTime(message: Pick<ChatMessage, 'sentAt' | 'simTime'>): string {
  return message.simTime ?? message.sentAt;
}
