// POST /api/media with XMLHttpRequest rather than fetch: only XHR reports upload progress, and on the hall's
// slow Wi-Fi a trainee must see her photo going up (and be offered "Coba lagi" when it does not).
import { noteAnswer } from '../../../shared/api/database-trouble';
import { BUSY_RETRIES, busyRetryDelay, toApiError, toNetworkError, UPLOAD_ANSWER_WITHIN_MS, waitUnlessAborted } from '../../../shared/api/http';
import { expireSession, getSession } from '../../../shared/auth/session';
import type { MediaView } from './product-types';

export const UPLOAD_URL = '/api/media';

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

type Attempt = { media: MediaView } | { error: unknown; wait: number | null };

/**
 * Sends one photo as the multipart field `file`, reporting progress as it goes. A 503 with Retry-After (the photo line
 * or every database connection busy) is waited out and the photo sent again, at most BUSY_RETRIES times: the server
 * stores a photo by its content, so a repeat can never make two.
 */
export function uploadPhoto(photo: Blob, options: { fileName?: string; onProgress?: (progress: UploadProgress) => void } = {}): PhotoUpload {
  const token = getSession()?.token;
  const stop = new AbortController();
  let current: XMLHttpRequest | undefined;

  const send = () =>
    new Promise<Attempt>((resolve) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', UPLOAD_URL);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      // Beyond this the connection is gone, not slow.
      xhr.timeout = UPLOAD_ANSWER_WITHIN_MS;
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
      };
      xhr.onload = () => {
        const body = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300 && isMediaView(body)) {
          resolve({ media: body });
          return;
        }
        if (xhr.status < 300) {
          resolve({ error: toNetworkError(new Error('The upload answer was unreadable')), wait: null });
          return;
        }
        noteAnswer(xhr.status, body);
        const error = toApiError(new Response(null, { status: xhr.status, statusText: xhr.statusText }), body);
        if (error.status === 401 && error.code === 'UNAUTHENTICATED' && token) expireSession(token);
        void busyRetryDelay(xhr.status, xhr.getResponseHeader('Retry-After'), async () => body).then((wait) => resolve({ error, wait }));
      };
      xhr.onerror = () => resolve({ error: toNetworkError(new Error('The upload failed')), wait: null });
      xhr.ontimeout = () => resolve({ error: toNetworkError(new Error('The upload timed out')), wait: null });
      xhr.onabort = () => resolve({ error: toNetworkError(new DOMException('The upload was stopped', 'AbortError')), wait: null });

      const form = new FormData();
      form.append('file', photo, options.fileName ?? (photo instanceof File ? photo.name : 'foto.jpg'));
      xhr.send(form);
    });

  const done = (async (): Promise<MediaView> => {
    for (let attempt = 0; ; attempt++) {
      const answer = await send();
      if ('media' in answer) return answer.media;
      if (answer.wait === null || attempt === BUSY_RETRIES || stop.signal.aborted) throw answer.error;
      try {
        await waitUnlessAborted(answer.wait, stop.signal);
      } catch {
        throw toNetworkError(new DOMException('The upload was stopped', 'AbortError'));
      }
    }
  })();

  return {
    done,
    abort: () => {
      stop.abort();
      current?.abort();
    },
  };
}
