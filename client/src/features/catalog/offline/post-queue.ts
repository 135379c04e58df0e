// Products posted while the phone is offline: kept in IndexedDB (they survive a reload) and sent when the phone is
// back online, each once: its photos are uploaded (content-addressed, so a second upload is harmless), then the
// product is POSTed with the entry's Idempotency-Key, so a send whose answer was lost is answered, not repeated.
// One flush at a time per phone (Web Locks when there, so two tabs do not send together).
import { api, ApiError, callApi } from '../../../shared/api/http';
import { getSession } from '../../../shared/auth/session';
import { uploadPhoto } from '../api/upload-photo';
import { changeQueue, loadQueue, type QueuedPost } from './posting-store';

/** Fired on window after the queue changed (a post queued, sent or refused): "Produk Saya" reads it again. */
export const QUEUE_EVENT = 'pasar:product-queue';

function announce(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(QUEUE_EVENT));
}

export async function queuePost(post: QueuedPost): Promise<void> {
  await changeQueue((queue) => [...queue.filter((p) => p.key !== post.key), post]);
  announce();
}

export async function queuedPosts(participantId: string): Promise<QueuedPost[]> {
  return (await loadQueue()).filter((post) => post.participantId === participantId);
}

export async function dropQueued(key: string): Promise<void> {
  await changeQueue((queue) => queue.filter((p) => p.key !== key));
  announce();
}

/** A network failure (try again later) rather than a refusal (do not). */
function isNetwork(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'NETWORK_ERROR' || error.status >= 500 || error.status === 429 || error.status === 401;
}

async function sendOne(post: QueuedPost): Promise<void> {
  const photoIds: string[] = [];
  for (const [index, photo] of post.photos.entries()) {
    if (photo.mediaId) {
      photoIds.push(photo.mediaId);
      continue;
    }
    const media = await uploadPhoto(photo.blob, { fileName: photo.fileName }).done;
    photoIds.push(media.id);
    // Remember it, so a later try does not upload it again.
    await changeQueue((queue) =>
      queue.map((p) => (p.key === post.key ? { ...p, photos: p.photos.map((ph, i) => (i === index ? { ...ph, mediaId: media.id } : ph)) } : p)),
    );
  }
  await callApi(api.POST('/api/products', { params: { header: { 'Idempotency-Key': post.key } }, body: { ...post.request, photoIds } }));
}

let flushing: Promise<number> | null = null;

/** Sends what is queued for the signed-in trainee; resolves with how many went. Never rejects. */
export function flushQueue(): Promise<number> {
  flushing ??= withLock(async () => {
    let sent = 0;
    const me = getSession();
    if (!me || (typeof navigator !== 'undefined' && navigator.onLine === false)) return 0;
    for (const post of await loadQueue()) {
      if (post.participantId !== me.id || post.refused) continue;
      try {
        await sendOne(post);
        await changeQueue((queue) => queue.filter((p) => p.key !== post.key));
        sent++;
      } catch (error) {
        if (isNetwork(error)) break; // still offline: the next "online" tries again
        const code = (error as ApiError).code;
        await changeQueue((queue) => queue.map((p) => (p.key === post.key ? { ...p, refused: code } : p)));
      }
      announce();
    }
    return sent;
  }).finally(() => {
    flushing = null;
  });
  return flushing;
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request('pasar-latihan-product-queue', work) as Promise<T>) : work();
}

let started = false;

/** Once per page load: send what a reload left queued, and send again whenever the phone comes back online. */
export function startPostQueue(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void flushQueue());
  void flushQueue();
}
