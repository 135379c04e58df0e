// Pure rules of the photo pipeline: which pictures are accepted, the stored sizes, and how files are named.
// Sizes fit the client's slots: thumbnails in lists (160), cards on the storefront (480), the gallery (960: a
// 360 px phone at 2× shows it 656 px wide, a laptop or the projector at most 608; 1280 until 7 Dec 2026),
// which is also what the browser shrinks a phone photo to before upload.

/** Largest upload accepted; the browser sends a WebP (or JPEG) of at most ~500 KB, a raw phone photo is 3–8 MB. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/**
 * Largest upload request: the file plus the multipart envelope (boundaries, part headers, a few small fields).
 * A request that announces more (Content-Length) is refused with 413 before a byte of its body is read.
 */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * 50 megapixels: a full-resolution photo of a 50 MP phone sensor (8160×6120) is accepted and shrunk; a decompression
 * bomb is refused from its header. Memory stays bounded because only IMAGE_WORKERS pictures decode at once.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Uploads waiting for a photo worker, per worker, before more are refused with 503 SERVER_BUSY. A waiting upload holds
 * only its temporary file's path (bodies stream to disk), and the CPU is bounded by IMAGE_WORKERS, not by this line:
 * so the line can be long. At 8 per worker, 30 classes × 30 phones posting in their first minute on a 2-core node
 * (`RELIABILITY=full` load held) got SERVER_BUSY for a photo the phone had already shrunk; at 32 they wait instead.
 */
export const IMAGE_QUEUE_PER_WORKER = 32;

/** Rough seconds one large photo takes to decode and shrink on one core (for Retry-After). */
export const IMAGE_SECONDS_PER_TASK = 1;

export const MEDIA_SIZES = { thumb: 160, card: 480, full: 960 } as const;
export type MediaSize = keyof typeof MEDIA_SIZES;
export const MEDIA_SIZE_NAMES = Object.keys(MEDIA_SIZES) as MediaSize[];

/**
 * Formats as sharp names them. `heif` covers AVIF (and HEIC where the HEVC decoder is present):
 * it is accepted when the picture then decodes.
 */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'heif'] as const;

export type ImageHeaderCheck =
  | { ok: true }
  | { ok: false; code: 'NOT_AN_IMAGE' }
  | { ok: false; code: 'UNSUPPORTED_IMAGE_TYPE'; format: string }
  | { ok: false; code: 'IMAGE_TOO_MANY_PIXELS'; width: number; height: number };

/** Decides from the header alone (read before a single pixel is decoded). */
export function checkImageHeader(header: { format?: string; width?: number; height?: number }): ImageHeaderCheck {
  const { format, width, height } = header;
  if (!format || !width || !height || width < 1 || height < 1) return { ok: false, code: 'NOT_AN_IMAGE' };
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format)) return { ok: false, code: 'UNSUPPORTED_IMAGE_TYPE', format };
  if (width * height > MAX_INPUT_PIXELS) return { ok: false, code: 'IMAGE_TOO_MANY_PIXELS', width, height };
  return { ok: true };
}

const HASH = /^[0-9a-f]{64}$/;
const FILE_NAME = /^([0-9a-f]{64})-(thumb|card|full)\.webp$/;

export function isMediaHash(value: string): boolean {
  return HASH.test(value);
}

/** Storage key of one size: `ab/ab12…ef-card.webp` (a folder per first byte keeps directories small). */
export function mediaKey(hash: string, size: MediaSize): string {
  return `${hash.slice(0, 2)}/${hash}-${size}.webp`;
}

/** The public file name `<hash>-<size>.webp` → its storage key; anything else is not ours. */
export function keyOfFileName(fileName: string): string | null {
  const match = FILE_NAME.exec(fileName);
  return match ? mediaKey(match[1]!, match[2] as MediaSize) : null;
}
