// The phone's own copy of what a trainee is posting, in IndexedDB (idb-keyval): the half-filled form with its
// photos (a cheap Android often reloads the tab while the camera app is open), and the posts made offline,
// waiting to be sent. Photos are kept as the shrunk blobs, so nothing has to be picked again. Without IndexedDB
// (a private window, an old browser) nothing is kept and the form still works.
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { CreateProductRequest, ProductPhotoView } from '../api/product-types';
import type { ProductDraft } from '../product-draft';

/** One photo of a draft: the shrunk copy on this phone, and the stored photo once uploaded. */
export interface StoredPhoto {
  blob: Blob;
  fileName: string;
  media?: ProductPhotoView;
}

export interface StoredDraft {
  draft: ProductDraft;
  photos: StoredPhoto[];
  /** The category was picked by the suggestion from the name (so a new name may change it again). */
  suggested: boolean;
}

/** A product posted while offline: sent once (its idempotency key) when the phone is back online. */
export interface QueuedPost {
  /** The Idempotency-Key of the POST, also the queue entry's id. */
  key: string;
  participantId: string;
  request: Omit<CreateProductRequest, 'photoIds'>;
  photos: { blob: Blob; fileName: string; mediaId?: string }[];
  queuedAt: number;
  /** The API refused it (a rule code): kept to be shown, never sent again. */
  refused?: string;
}

const STORE_NAME = 'kv';
let store: UseStore | null | undefined;
/** The database as the last read or write found it open: a page being hidden writes through it at once. */
let opened: IDBDatabase | undefined;

function db(): UseStore | null {
  if (store === undefined) {
    const base = typeof indexedDB === 'undefined' ? null : createStore('pasar-latihan-posting', STORE_NAME);
    store = base && ((mode, callback) => base(mode, (objectStore) => {
      opened = objectStore.transaction.db;
      return callback(objectStore);
    }));
  }
  return store;
}

async function safely<T>(action: (s: UseStore) => Promise<T>, fallback: T): Promise<T> {
  const s = db();
  if (!s) return fallback;
  try {
    return await action(s);
  } catch {
    return fallback; // storage full or blocked: the form goes on without its copy
  }
}

const draftKey = (participantId: string) => `draft:${participantId}`;
const QUEUE_KEY = 'queue';

export const loadDraft = (participantId: string) => safely((s) => get<StoredDraft>(draftKey(participantId), s), undefined);
export const saveDraft = (participantId: string, draft: StoredDraft) => safely((s) => set(draftKey(participantId), draft, s), undefined);
/**
 * Writes the draft in a transaction made now and committed at once, for a page that is being hidden or unloaded.
 * Chromium completes such a write through a reload or a closed tab; idb-keyval's writes begin a microtask later
 * and do not commit before the page goes (measured: 0 of 20 reloads kept them, 20 of 20 kept this one). False when
 * no open database is at hand (nothing read or written yet, or the connection closed): then write as usual.
 */
export function saveDraftAtOnce(participantId: string, draft: StoredDraft): boolean {
  if (!opened) return false;
  try {
    const transaction = opened.transaction(STORE_NAME, 'readwrite');
    transaction.objectStore(STORE_NAME).put(draft, draftKey(participantId));
    transaction.commit();
    return true;
  } catch {
    return false;
  }
}
export const clearDraft = (participantId: string) => safely((s) => del(draftKey(participantId), s), undefined);

export const loadQueue = () => safely(async (s) => (await get<QueuedPost[]>(QUEUE_KEY, s)) ?? [], [] as QueuedPost[]);

/** Changes the queue in one read-modify-write (idb-keyval's update runs in one transaction). */
export async function changeQueue(change: (queue: QueuedPost[]) => QueuedPost[]): Promise<QueuedPost[]> {
  return safely(async (s) => {
    let result: QueuedPost[] = [];
    await update<QueuedPost[]>(QUEUE_KEY, (current) => (result = change(current ?? [])), s);
    return result;
  }, []);
}
