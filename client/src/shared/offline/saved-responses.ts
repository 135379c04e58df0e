// The last answer of each read-only screen (my products, my orders, the storefront page, missions), kept in
// IndexedDB per signed-in person, so that without signal the screen shows it, marked "Data terakhir".
import { createStore, get, set, type UseStore } from 'idb-keyval';

export interface SavedResponse<T> {
  data: T;
  /** Epoch ms of the answer. */
  savedAt: number;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('pasar-latihan-data', 'responses'));
const available = () => typeof indexedDB !== 'undefined';

/** Saves an answer; a failure (storage full, private mode) only means nothing is shown offline. */
export async function saveResponse(key: string, data: unknown, savedAt = Date.now()): Promise<void> {
  if (!available()) return;
  await set(key, { data, savedAt } satisfies SavedResponse<unknown>, db()).catch(() => undefined);
}

export async function readResponse<T>(key: string): Promise<SavedResponse<T> | undefined> {
  if (!available()) return undefined;
  return get<SavedResponse<T>>(key, db()).catch(() => undefined);
}
