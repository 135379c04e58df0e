// Shrinks a phone photo before it goes over a weak signal: a 4000×3000, 5 MB camera picture becomes a picture of
// 960 px on its long side and at most ~500 KB (the server's largest stored size is 960 px, so nothing visible is
// lost). Where the browser can write WebP it sends WebP at the quality the server keeps (the server stores
// every photo as WebP, quality 80: api/src/media/image-processor.ts), so the upload carries what is kept and no more;
// otherwise JPEG. The decisions are pure functions; the browser's decoder and canvas are a `PhotoCodec`, so the
// stepping logic is tested without a real canvas.

/** Matches the server's "full" size (api/src/media/image-rules.ts MEDIA_SIZES.full). */
export const PHOTO_MAX_LONG_SIDE = 960;
/** What the DESIGN asks for: a photo uploads in seconds even on slow Wi-Fi. */
export const PHOTO_MAX_BYTES = 500_000;
/** When even the lowest quality is too big (a very detailed picture), smaller long sides are tried. */
export const FALLBACK_LONG_SIDES = [800, 640] as const;

export interface PhotoEncoding {
  type: 'image/webp' | 'image/jpeg';
  extension: string;
  /** Tried in turn until the photo fits PHOTO_MAX_BYTES. */
  qualities: readonly number[];
}

/** The server's own format and quality first (half the bytes of JPEG at 0.85 on photos); JPEG where WebP cannot be written. */
export const PHOTO_ENCODINGS: readonly PhotoEncoding[] = [
  { type: 'image/webp', extension: 'webp', qualities: [0.8, 0.7, 0.6, 0.5, 0.4] },
  { type: 'image/jpeg', extension: 'jpg', qualities: [0.85, 0.75, 0.65, 0.55, 0.45] },
];

const KEEPABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface Size {
  width: number;
  height: number;
}

export interface PhotoLimits {
  maxLongSide: number;
  maxBytes: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = { maxLongSide: PHOTO_MAX_LONG_SIDE, maxBytes: PHOTO_MAX_BYTES };

/** The size that fits within `maxLongSide` keeping the aspect ratio; never enlarges. */
export function fitWithin({ width, height }: Size, maxLongSide: number): Size {
  const longSide = Math.max(width, height);
  if (longSide <= maxLongSide) return { width, height };
  const scale = maxLongSide / longSide;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A photo already small in bytes and in pixels, in a format every browser shows, is sent as it is. */
export function canKeepOriginal(file: { size: number; type: string }, size: Size, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): boolean {
  return KEEPABLE_TYPES.includes(file.type) && file.size <= limits.maxBytes && Math.max(size.width, size.height) <= limits.maxLongSide;
}

/** The long sides to try, largest first: the limit (or the photo's own side if smaller), then the fallbacks below it. */
export function longSidesToTry(size: Size, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): number[] {
  const first = Math.min(Math.max(size.width, size.height), limits.maxLongSide);
  return [first, ...FALLBACK_LONG_SIDES.filter((side) => side < first)];
}

/** A decoded picture, upright (EXIF orientation applied). */
export interface DecodedPhoto extends Size {
  close: () => void;
}

export interface PhotoCodec<D extends DecodedPhoto = DecodedPhoto> {
  /** Rejects when the browser cannot read the file (not a picture, or a format it does not know, e.g. HEIC). */
  decode: (file: Blob) => Promise<D>;
  /** Whether this browser writes the type (one that cannot writes PNG instead when asked for it). */
  canWrite: (type: PhotoEncoding['type']) => Promise<boolean>;
  encode: (photo: D, size: Size, type: PhotoEncoding['type'], quality: number) => Promise<Blob>;
}

export interface PreparedPhoto {
  blob: Blob;
  fileName: string;
  /** Upright size, when the browser could read the picture. */
  size: Size | undefined;
  /** False when the original file is sent as it is. */
  resized: boolean;
}

function renamed(name: string, extension: string): string {
  const base = name.replace(/\.[^.]*$/, '').trim();
  return `${base || 'foto'}.${extension}`;
}

/**
 * The photo to upload: the original when it is already small, otherwise a JPEG within the limits (the
 * smallest one tried, if none fits). A file the browser cannot decode is sent as it is, and the server
 * says why it is refused (NOT_AN_IMAGE, UNSUPPORTED_IMAGE_TYPE…).
 */
export async function preparePhoto<D extends DecodedPhoto>(
  file: File,
  codec: PhotoCodec<D>,
  limits: PhotoLimits = DEFAULT_PHOTO_LIMITS,
): Promise<PreparedPhoto> {
  let decoded: D;
  try {
    decoded = await codec.decode(file);
  } catch {
    return { blob: file, fileName: file.name || 'foto', size: undefined, resized: false };
  }
  try {
    const original: Size = { width: decoded.width, height: decoded.height };
    if (canKeepOriginal(file, original, limits)) return { blob: file, fileName: file.name || 'foto.jpg', size: original, resized: false };
    let encoding = PHOTO_ENCODINGS.at(-1)!;
    for (const candidate of PHOTO_ENCODINGS) {
      if (await codec.canWrite(candidate.type).catch(() => false)) {
        encoding = candidate;
        break;
      }
    }
    let smallest: { blob: Blob; size: Size } | undefined;
    try {
      for (const longSide of longSidesToTry(original, limits)) {
        const size = fitWithin(original, longSide);
        for (const quality of encoding.qualities) {
          const blob = await codec.encode(decoded, size, encoding.type, quality);
          if (!smallest || blob.size < smallest.blob.size) smallest = { blob, size };
          if (blob.size <= limits.maxBytes) return { blob, fileName: renamed(file.name, encoding.extension), size, resized: true };
        }
      }
    } catch {
      // The phone ran out of canvas memory: send what we have, or the original, and let the server judge.
      if (!smallest) return { blob: file, fileName: file.name || 'foto.jpg', size: original, resized: false };
    }
    return { blob: smallest!.blob, fileName: renamed(file.name, encoding.extension), size: smallest!.size, resized: true };
  } finally {
    decoded.close();
  }
}

type BrowserPhoto = DecodedPhoto & { bitmap: ImageBitmap };

function newCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  return typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
}

function toBlob(canvas: OffscreenCanvas | HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  if (canvas instanceof HTMLCanvasElement) {
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be encoded'))), type, quality),
    );
  }
  return canvas.convertToBlob({ type, quality });
}

/** Asked once per page: a 1×1 picture written as the type tells whether the browser writes it. */
const writable = new Map<string, Promise<boolean>>();

/** The browser's own decoder and canvas: `createImageBitmap` turns the picture upright from its EXIF. */
export const browserPhotoCodec: PhotoCodec<BrowserPhoto> = {
  async decode(file) {
    if (typeof createImageBitmap !== 'function') throw new Error('createImageBitmap is not available');
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  },
  canWrite(type) {
    let answer = writable.get(type);
    if (!answer) {
      const canvas = newCanvas(1, 1);
      canvas.getContext('2d');
      answer = toBlob(canvas, type).then((blob) => blob.type === type, () => false);
      writable.set(type, answer);
    }
    return answer;
  },
  async encode(photo, { width, height }, type, quality) {
    const canvas = newCanvas(width, height);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context) throw new Error('No 2D canvas');
    // A product photo needs no transparency (and JPEG has none): a PNG's clear parts become white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(photo.bitmap, 0, 0, width, height);
    return toBlob(canvas, type, quality);
  },
};

/** Shrinks a photo with the browser's codec. */
export function resizePhoto(file: File, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): Promise<PreparedPhoto> {
  return preparePhoto(file, browserPhotoCodec, limits);
}
