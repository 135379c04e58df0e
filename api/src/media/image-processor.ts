// Decodes an upload with sharp and turns it into the stored WebP sizes. Nothing the phone put in the
// file survives: sharp writes no metadata unless asked (`withMetadata`), so EXIF (with GPS), XMP and
// ICC are dropped after the picture has been turned upright by its EXIF orientation.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { type DomainError } from '../common/errors/domain-error.js';
import { checkImageHeader, MAX_INPUT_PIXELS, MEDIA_SIZES, type MediaSize } from './image-rules.js';
import { mediaErrors } from './media.errors.js';

export interface ProcessedImage {
  /** sha256 (hex) of the full-size WebP: the picture's id and file name. */
  hash: string;
  /** Of the full size, upright. */
  width: number;
  height: number;
  variants: Record<MediaSize, Buffer>;
}

const QUALITY: Record<MediaSize, number> = { full: 80, card: 76, thumb: 72 };

// Memory and threads stay bounded under load (issue 15, defect 7): no decoded-image cache kept between requests,
// and one libvips thread per picture; how many pictures decode at once is MediaService's work queue's business.
sharp.cache(false);
sharp.concurrency(1);

/** `input`: the upload's temporary file (a path), or bytes (pictures the app draws itself). */
export async function processImage(input: Buffer | string): Promise<ProcessedImage> {
  let header: sharp.Metadata;
  try {
    // Reads the header only (no pixels), so the size check below runs before a bomb can expand.
    header = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw mediaErrors.notAnImage();
  }
  const verdict = checkImageHeader(header);
  if (!verdict.ok) throw headerError(verdict);

  let full: { data: Buffer; info: sharp.OutputInfo };
  try {
    full = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .resize(fitInside('full'))
      .webp({ quality: QUALITY.full })
      .toBuffer({ resolveWithObject: true });
  } catch {
    // A HEIF container sharp can read but not decode (HEIC without the HEVC decoder) is a type we cannot take.
    throw header.format === 'heif' ? mediaErrors.unsupportedType('heic') : mediaErrors.notAnImage();
  }
  // The smaller sizes come from the full one: the (possibly large) upload is decoded once.
  const [card, thumb] = await Promise.all(
    (['card', 'thumb'] as const).map((size) => sharp(full.data).resize(fitInside(size)).webp({ quality: QUALITY[size] }).toBuffer()),
  );
  return {
    hash: createHash('sha256').update(full.data).digest('hex'),
    width: full.info.width,
    height: full.info.height,
    variants: { full: full.data, card: card!, thumb: thumb! },
  };
}

function fitInside(size: MediaSize): sharp.ResizeOptions {
  const side = MEDIA_SIZES[size];
  return { width: side, height: side, fit: 'inside', withoutEnlargement: true };
}

function headerError(verdict: Exclude<ReturnType<typeof checkImageHeader>, { ok: true }>): DomainError {
  switch (verdict.code) {
    case 'NOT_AN_IMAGE':
      return mediaErrors.notAnImage();
    case 'UNSUPPORTED_IMAGE_TYPE':
      return mediaErrors.unsupportedType(verdict.format);
    case 'IMAGE_TOO_MANY_PIXELS':
      return mediaErrors.tooManyPixels(verdict.width, verdict.height, MAX_INPUT_PIXELS);
  }
}
