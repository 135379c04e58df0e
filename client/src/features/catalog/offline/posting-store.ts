// The phone's own copy of what a trainee is posting, in IndexedDB (idb-keyval): the half-filled form with its
// photos (a cheap Android often reloads the tab while the camera app is open), and the posts made offline,
// waiting to be sent. Photos are kept as the shrunk blobs, so nothing has to be picked again. Without IndexedDB
// (a private window, an old browser) nothing is kept and the form still works.
import { createStore, delMany, get, getMany, set, update, type UseStore } from 'idb-keyval';
import type { CreateProductRequest, ProductPhotoView } from '../api/product-types';
import { EMPTY_DRAFT, type ProductDraft } from '../product-draft';

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
/** The database as the last read or write found it open: a draft's changes are written through it at once. */
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
const draftPhotosKey = (participantId: string) => `draft-photos:${participantId}`;
const QUEUE_KEY = 'queue';

/** The draft's fields, kept apart from its photos: written on every change, so it has to stay small. */
type DraftFields = Omit<StoredDraft, 'photos'>;

/**
 * The draft as the phone last kept it. Its fields and its photos are two records, so a key typed does not copy the
 * photos again (IndexedDB writes a Blob anew with every put); a draft kept by an earlier version has its photos in
 * the fields' record.
 */
export const loadDraft = (participantId: string) =>
  safely(async (s): Promise<StoredDraft | undefined> => {
    const [fields, photos] = await getMany<(DraftFields & { photos?: StoredPhoto[] }) | StoredPhoto[] | undefined>(
      [draftKey(participantId), draftPhotosKey(participantId)],
      s,
    );
    const kept = fields as (DraftFields & { photos?: StoredPhoto[] }) | undefined;
    const keptPhotos = (photos as StoredPhoto[] | undefined) ?? kept?.photos ?? [];
    // An earlier version's draft: its photos move to their own record, as the next key typed writes the fields alone.
    if (photos === undefined && kept?.photos?.length) await putAtOnce(draftPhotosKey(participantId), kept.photos);
    if (!kept && keptPhotos.length === 0) return undefined;
    return { draft: { ...EMPTY_DRAFT, ...kept?.draft }, suggested: kept?.suggested ?? false, photos: keptPhotos };
  }, undefined);

/**
 * Writes one record in a transaction made now and committed at once, so it is issued as the change is made, not a
 * microtask later as idb-keyval's writes are. A write begun as the page goes (a reload, the camera app taking the
 * tab down) may not commit: measured on a throttled phone, 7 of 10 reloads right after typing kept it. Written as each
 * change is made, 10 of 10 did. Without an open database at hand (nothing read yet, or the connection closed) it
 * goes through idb-keyval.
 */
function putAtOnce(key: string, value: unknown): Promise<void> {
  if (opened) {
    try {
      const transaction = opened.transaction(STORE_NAME, 'readwrite');
      transaction.objectStore(STORE_NAME).put(value, key);
      transaction.commit();
      return new Promise((resolve) => {
        transaction.oncomplete = transaction.onabort = transaction.onerror = () => resolve();
      });
    } catch {
      // the connection closed under it: written the usual way below
    }
  }
  return safely((s) => set(key, value, s), undefined);
}

/** The draft's fields, written as she types. */
export const saveDraftFields = (participantId: string, fields: DraftFields) => putAtOnce(draftKey(participantId), fields);
/** The draft's photos (the shrunk copies and what was uploaded), written when one is added, removed or uploaded. */
export const saveDraftPhotos = (participantId: string, photos: StoredPhoto[]) => putAtOnce(draftPhotosKey(participantId), photos);
export const clearDraft = (participantId: string) => safely((s) => delMany([draftKey(participantId), draftPhotosKey(participantId)], s), undefined);

export const loadQueue = () => safely(async (s) => (await get<QueuedPost[]>(QUEUE_KEY, s)) ?? [], [] as QueuedPost[]);

/** Changes the queue in one read-modify-write (idb-keyval's update runs in one transaction). */
export async function changeQueue(change: (queue: QueuedPost[]) => QueuedPost[]): Promise<QueuedPost[]> {
  return safely(async (s) => {
    let result: QueuedPost[] = [];
    await update<QueuedPost[]>(QUEUE_KEY, (current) => (result = change(current ?? [])), s);
    return result;
  }, []);
}
