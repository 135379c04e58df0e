// The outbox: writes made without signal ("Pesanan Diterima", a chat message, a "Cek Pemahaman" answer) wait here, in IndexedDB, and go out
// once when the phone is back online. Each send must be safe to repeat (the chat's clientId, an order that is
// already completed answers the same): a send that reached the server but whose answer was lost goes again.
// This file is the logic, with its storage and its HTTP call given; outbox-store.ts wires IndexedDB and fetch.
import { ApiError, NETWORK_ERROR } from '../api/http';

export type OutboxKind = 'chat.message' | 'order.received' | 'learning.answer';

export interface OutboxItem {
  /** Unique; for a chat message its clientId. */
  id: string;
  kind: OutboxKind;
  /** What the item belongs to on screen: the conversation, the order. */
  key: string;
  method: 'POST';
  path: string;
  body?: unknown;
  /** The token of the person who made it: a send never goes out as someone else who signed in later. */
  token: string;
  /** Epoch ms; items go out oldest first. */
  createdAt: number;
}

export type SendOutcome = { status: 'sent'; data: unknown } | { status: 'waiting' } | { status: 'refused'; error: ApiError };

export interface OutboxStorage {
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
}

export type OutboxSend = (item: OutboxItem) => Promise<unknown>;

export type OutboxListener = (item: OutboxItem, outcome: SendOutcome) => void;

/**
 * A failure worth waiting out (no answer, the server restarting, too many requests) keeps the item; any other
 * answer (a 4xx: the order changed, the session ended) is final, and the item leaves the outbox.
 */
export function shouldWait(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === NETWORK_ERROR || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** The items of one kind and key, oldest first. */
export function itemsFor(items: readonly OutboxItem[], kind: OutboxKind, key: string): OutboxItem[] {
  return items.filter((item) => item.kind === kind && item.key === key).sort((a, b) => a.createdAt - b.createdAt);
}

export interface Outbox {
  /** Stores the item, then tries to send it (with anything older) now; resolves with this item's outcome. */
  submit(item: OutboxItem): Promise<SendOutcome>;
  /** Sends what waits, oldest first; stops at the first failure worth waiting out. One flush at a time. */
  flush(): Promise<void>;
  list(): Promise<OutboxItem[]>;
  /** Hears every send that finished (sent or refused), e.g. one that left on reconnect while the page was open. */
  subscribe(listener: OutboxListener): () => void;
}

/** Runs a pass alone across the phone's tabs (the Web Locks API); by default, as is. */
export type Exclusive = (pass: () => Promise<void>) => Promise<void>;

export function createOutbox(storage: OutboxStorage, send: OutboxSend, isOnline: () => boolean = () => true, exclusive: Exclusive = (pass) => pass()): Outbox {
  const listeners = new Set<OutboxListener>();
  /** The last outcome of each item tried, read (and forgotten) by the submit that waits for it. */
  const settled = new Map<string, SendOutcome>();
  let chain: Promise<void> = Promise.resolve();
  let next: Promise<void> | undefined;

  const emit = (item: OutboxItem, outcome: SendOutcome) => {
    for (const listener of listeners) listener(item, outcome);
  };

  // One pass over the stored items, oldest first. Passes never overlap, and an item leaves storage before the
  // next pass reads it, so this tab never has one item in flight twice.
  const pass = async () => {
    const items = (await storage.all()).sort((a, b) => a.createdAt - b.createdAt);
    let waiting = !isOnline();
    for (const item of items) {
      if (waiting) {
        settled.set(item.id, { status: 'waiting' });
        continue;
      }
      let outcome: SendOutcome;
      try {
        outcome = { status: 'sent', data: await send(item) };
      } catch (error) {
        if (shouldWait(error)) {
          waiting = true;
          settled.set(item.id, { status: 'waiting' });
          continue;
        }
        outcome = { status: 'refused', error: error as ApiError };
      }
      await storage.remove(item.id);
      settled.set(item.id, outcome);
      emit(item, outcome);
    }
  };

  // A pass not yet started is shared: it will read everything stored before it starts.
  const run = (): Promise<void> => {
    if (next) return next;
    const scheduled = chain.then(() => {
      next = undefined;
      return exclusive(pass);
    });
    next = scheduled;
    chain = scheduled.catch(() => undefined);
    return scheduled;
  };

  return {
    async submit(item) {
      settled.delete(item.id);
      await storage.put(item);
      await run();
      const outcome = settled.get(item.id) ?? { status: 'waiting' };
      settled.delete(item.id);
      return outcome;
    },
    async flush() {
      await run();
    },
    list: () => storage.all(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
