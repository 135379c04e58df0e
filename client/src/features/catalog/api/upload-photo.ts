// POST /api/media with XMLHttpRequest rather than fetch: only XHR reports upload progress, and on the hall's
// slow Wi-Fi a trainee must see her photo going up (and be offered "Coba lagi" when it does not).
import { toApiError, toNetworkError } from '../../../shared/api/http';
import { expireSession, getSession } from '../../../shared/auth/session';
import type { MediaView } from './product-types';

export const UPLOAD_URL = '/api/media';
/** A 500 KB photo at 40 kbit/s takes ~100 s; beyond this the connection is gone, not slow. */
export const UPLOAD_TIMEOUT_MS = 180_000;

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface PhotoUpload {
  /** Resolves with the stored photo, or rejects with an ApiError (NETWORK_ERROR when nothing came back). */
  done: Promise<MediaView>;
  abort: () => void;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMediaView(value: unknown): value is MediaView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.urls === 'object' && v.urls !== null;
}

/** Sends one photo as the multipart field `file`, reporting progress as it goes. */
export function uploadPhoto(photo: Blob, options: { fileName?: string; onProgress?: (progress: UploadProgress) => void } = {}): PhotoUpload {
  const xhr = new XMLHttpRequest();
  const token = getSession()?.token;

  const done = new Promise<MediaView>((resolve, reject) => {
    xhr.open('POST', UPLOAD_URL);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isMediaView(body)) {
        resolve(body);
        return;
      }
      if (xhr.status < 300) {
        reject(toNetworkError(new Error('The upload answer was unreadable')));
        return;
      }
      const error = toApiError(new Response(null, { status: xhr.status, statusText: xhr.statusText }), body);
      if (error.status === 401 && error.code === 'UNAUTHENTICATED' && token) expireSession(token);
      reject(error);
    };
    xhr.onerror = () => reject(toNetworkError(new Error('The upload failed')));
    xhr.ontimeout = () => reject(toNetworkError(new Error('The upload timed out')));
    xhr.onabort = () => reject(toNetworkError(new DOMException('The upload was stopped', 'AbortError')));

    const form = new FormData();
    form.append('file', photo, options.fileName ?? (photo instanceof File ? photo.name : 'foto.jpg'));
    xhr.send(form);
  });

  return { done, abort: () => xhr.abort() };
}
