// The one outbox of the app: IndexedDB (idb-keyval) for storage, fetch with the item's own token for the send,
// and a flush when the phone comes back online, when a page asks (a socket reconnect) and when the app starts.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { fetchWithSession } from '../api/http';
import { createOutbox, type Outbox, type OutboxItem, type OutboxStorage } from './outbox';

let store: UseStore | undefined;
const db = () => (store ??= createStore('pasar-latihan-outbox', 'items'));

const idbStorage: OutboxStorage = {
  all: async () => (await entries<string, OutboxItem>(db())).map(([, item]) => item),
  put: async (item) => set(item.id, item, db()),
  remove: async (id) => del(id, db()),
};

/** Without IndexedDB (an old browser, some private modes, jsdom): the queue lives as long as the page. */
function memoryStorage(): OutboxStorage {
  const items = new Map<string, OutboxItem>();
  return {
    all: async () => [...items.values()],
    put: async (item) => void items.set(item.id, item),
    remove: async (id) => void items.delete(id),
  };
}

async function sendOverHttp(item: OutboxItem): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: `Bearer ${item.token}` };
  if (item.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetchWithSession(item.path, {
    method: item.method,
    headers,
    body: item.body === undefined ? undefined : JSON.stringify(item.body),
  });
  return response.json().catch(() => undefined);
}

// Two tabs on one phone must not send the same item twice at once.
function acrossTabs(pass: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('pasar-latihan-outbox', () => pass()).then(() => undefined) : pass();
}

let outbox: Outbox | undefined;
let flushWhenOnline: (() => void) | undefined;

/** The app's outbox; the first call also starts flushing it on every return of the signal. */
export function getOutbox(): Outbox {
  if (outbox) return outbox;
  const storage = typeof indexedDB === 'undefined' ? memoryStorage() : idbStorage;
  const created = createOutbox(storage, sendOverHttp, () => navigator.onLine !== false, acrossTabs);
  outbox = created;
  if (typeof window !== 'undefined') {
    flushWhenOnline = () => void created.flush().catch(() => undefined);
    window.addEventListener('online', flushWhenOnline);
    void created.flush().catch(() => undefined);
  }
  return created;
}

/**
 * Tests only (src/testing/setup.ts, after each test): the next test starts with no outbox, as a page load does;
 * without IndexedDB (jsdom) the items lived in this one, and the files of a worker share this module.
 */
export function resetOutboxForTests(): void {
  if (flushWhenOnline) window.removeEventListener('online', flushWhenOnline);
  flushWhenOnline = undefined;
  outbox = undefined;
}

/** For a page that learnt the server is reachable again (its socket reconnected). */
export function flushOutbox(): void {
  void getOutbox()
    .flush()
    .catch(() => undefined);
}
