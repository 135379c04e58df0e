// The photos of a product being posted: each is shrunk in the browser, then uploaded with its progress on
// screen. A failed upload keeps its shrunk copy, so "Coba lagi" sends it again without asking for the photo.
// Photos go up one at a time: on the hall's thin Wi-Fi the first one is done sooner than if all shared it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, toNetworkError } from '../../../shared/api/http';
import type { ProductPhotoView } from '../api/product-types';
import { uploadPhoto, type PhotoUpload } from '../api/upload-photo';
import { PRODUCT_LIMITS } from '../product-draft';
import type { StoredPhoto } from '../offline/posting-store';
import { resizePhoto, type PreparedPhoto } from '../resize-photo';

export type PhotoSlotStatus = 'preparing' | 'waiting' | 'uploading' | 'done' | 'failed';

export interface PhotoSlot {
  key: string;
  status: PhotoSlotStatus;
  /** 0 to 1 while uploading. */
  progress: number;
  /** What the screen shows: the shrunk photo on this phone, or the stored one. */
  previewUrl: string;
  /** The stored photo, once uploaded. */
  media?: ProductPhotoView;
  error?: ApiError;
}

function objectUrl(blob: Blob): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : '';
}

function revoke(url: string): void {
  if (url.startsWith('blob:') && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
}

let nextKey = 0;

export function usePhotoUploads(initial: readonly ProductPhotoView[] = []) {
  const [slots, setSlots] = useState<PhotoSlot[]>(() =>
    initial.map((media) => ({ key: `photo-${nextKey++}`, status: 'done', progress: 1, previewUrl: media.urls.card, media })),
  );
  const prepared = useRef(new Map<string, PreparedPhoto>());
  /** Every shrunk copy taken on this phone, kept after its upload too: the draft saved on the phone holds them. */
  const kept = useRef(new Map<string, PreparedPhoto>());
  const uploads = useRef(new Map<string, PhotoUpload>());
  const queue = useRef<string[]>([]);
  const running = useRef(false);
  const mounted = useRef(true);

  const patch = useCallback((key: string, change: Partial<PhotoSlot>) => {
    if (!mounted.current) return;
    setSlots((current) => current.map((slot) => (slot.key === key ? { ...slot, ...change } : slot)));
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let key = queue.current.shift(); key !== undefined && mounted.current; key = queue.current.shift()) {
        const photo = prepared.current.get(key);
        if (!photo) continue; // removed while waiting
        patch(key, { status: 'uploading', progress: 0, error: undefined });
        const upload = uploadPhoto(photo.blob, {
          fileName: photo.fileName,
          onProgress: ({ loaded, total }) => patch(key, { progress: total > 0 ? Math.min(1, loaded / total) : 0 }),
        });
        uploads.current.set(key, upload);
        try {
          const media = await upload.done;
          prepared.current.delete(key);
          patch(key, { status: 'done', progress: 1, media: { id: media.id, width: media.width, height: media.height, urls: media.urls } });
        } catch (error) {
          patch(key, { status: 'failed', error: error instanceof ApiError ? error : toNetworkError(error) });
        } finally {
          uploads.current.delete(key);
        }
      }
    } finally {
      running.current = false;
    }
  }, [patch]);

  const enqueue = useCallback(
    (key: string) => {
      queue.current.push(key);
      void pump();
    },
    [pump],
  );

  /** Adds photos from the camera or the gallery, as many as still fit (five in all). */
  const add = useCallback(
    (files: readonly File[], room: number) => {
      const accepted = files.slice(0, Math.max(0, room));
      const added = accepted.map((file) => ({ file, key: `photo-${nextKey++}` }));
      setSlots((current) => [...current, ...added.map(({ key }): PhotoSlot => ({ key, status: 'preparing', progress: 0, previewUrl: '' }))]);
      void (async () => {
        for (const { file, key } of added) {
          const photo = await resizePhoto(file).catch(
            (): PreparedPhoto => ({ blob: file, fileName: file.name || 'foto.jpg', size: undefined, resized: false }),
          );
          if (!mounted.current) return;
          prepared.current.set(key, photo);
          kept.current.set(key, photo);
          patch(key, { status: 'waiting', previewUrl: objectUrl(photo.blob) });
          enqueue(key);
        }
      })();
      return files.length - accepted.length;
    },
    [enqueue, patch],
  );

  const retry = useCallback(
    (key: string) => {
      if (!prepared.current.has(key)) return;
      patch(key, { status: 'waiting', progress: 0, error: undefined });
      enqueue(key);
    },
    [enqueue, patch],
  );

  // Current as the slots render (a layout effect): the form writes its draft's photos from it in its own layout effect.
  const slotsRef = useRef(slots);
  useLayoutEffect(() => {
    slotsRef.current = slots;
  });

  /** Puts back the photos of a draft kept on the phone: uploaded ones as they were, the others sent again. */
  const restore = useCallback(
    (stored: readonly StoredPhoto[]) => {
      const restored = stored.map((photo): PhotoSlot => {
        const key = `photo-${nextKey++}`;
        const copy: PreparedPhoto = { blob: photo.blob, fileName: photo.fileName, size: undefined, resized: true };
        kept.current.set(key, copy);
        if (photo.media) return { key, status: 'done', progress: 1, previewUrl: objectUrl(photo.blob) || photo.media.urls.card, media: photo.media };
        prepared.current.set(key, copy);
        return { key, status: 'waiting', progress: 0, previewUrl: objectUrl(photo.blob) };
      });
      setSlots((current) => [...current, ...restored]);
      for (const slot of restored) if (slot.status === 'waiting') enqueue(slot.key);
    },
    [enqueue],
  );

  const remove = useCallback((key: string) => {
    uploads.current.get(key)?.abort();
    prepared.current.delete(key);
    kept.current.delete(key);
    queue.current = queue.current.filter((k) => k !== key);
    const gone = slotsRef.current.find((slot) => slot.key === key);
    if (gone) revoke(gone.previewUrl);
    setSlots((current) => current.filter((slot) => slot.key !== key));
  }, []);

  // Back online: what failed for want of a network goes up again by itself.
  useEffect(() => {
    const again = () => {
      for (const slot of slotsRef.current) {
        if (slot.status === 'failed' && slot.error?.code === 'NETWORK_ERROR' && prepared.current.has(slot.key)) {
          patch(slot.key, { status: 'waiting', progress: 0, error: undefined });
          enqueue(slot.key);
        }
      }
    };
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [enqueue, patch]);

  // Leaving the form stops what is still uploading and frees the shrunk copies.
  useEffect(() => {
    mounted.current = true;
    const inFlight = uploads.current;
    return () => {
      mounted.current = false;
      for (const upload of inFlight.values()) upload.abort();
      for (const slot of slotsRef.current) revoke(slot.previewUrl);
    };
  }, []);

  const ready = slots.filter((slot) => slot.status === 'done').length;
  const busy = slots.filter((slot) => slot.status === 'preparing' || slot.status === 'waiting' || slot.status === 'uploading').length;
  /** The photos as the phone keeps them with the draft (those taken on this phone; an edited product's own are on the server). */
  const stored = useCallback(
    (): StoredPhoto[] =>
      slotsRef.current.flatMap((slot) => {
        const copy = kept.current.get(slot.key);
        return copy ? [{ blob: copy.blob, fileName: copy.fileName, ...(slot.status === 'done' && slot.media ? { media: slot.media } : {}) }] : [];
      }),
    [],
  );
  /** Photos shrunk on this phone that could not go up for want of a network: a post made offline takes them along. */
  const offline = slots.filter((slot) => slot.status === 'failed' && slot.error?.code === 'NETWORK_ERROR').length;
  return {
    slots,
    add,
    restore,
    stored,
    offline,
    retry,
    remove,
    ready,
    busy,
    room: PRODUCT_LIMITS.photosMax - slots.length,
    photoIds: slots.flatMap((slot) => (slot.status === 'done' && slot.media ? [slot.media.id] : [])),
    photos: slots.flatMap((slot) => (slot.status === 'done' && slot.media ? [slot.media] : [])),
  };
}
