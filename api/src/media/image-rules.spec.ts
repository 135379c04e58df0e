import { checkImageHeader, keyOfFileName, MAX_INPUT_PIXELS, mediaKey } from './image-rules.js';

const HASH = 'ab'.padEnd(64, '0');

describe('checkImageHeader', () => {
  it.each<[string, { format?: string; width?: number; height?: number }, string]>([
    ['a phone JPEG', { format: 'jpeg', width: 4000, height: 3000 }, 'ok'],
    ['a PNG screenshot', { format: 'png', width: 1080, height: 2400 }, 'ok'],
    ['a WebP from the browser', { format: 'webp', width: 1280, height: 960 }, 'ok'],
    ['an AVIF/HEIF picture', { format: 'heif', width: 1280, height: 960 }, 'ok'],
    ['exactly the pixel limit', { format: 'jpeg', width: 8000, height: MAX_INPUT_PIXELS / 8000 }, 'ok'],
    ['one row over the pixel limit', { format: 'jpeg', width: 8000, height: MAX_INPUT_PIXELS / 8000 + 1 }, 'IMAGE_TOO_MANY_PIXELS'],
    ['a 20000×20000 decompression bomb', { format: 'png', width: 20000, height: 20000 }, 'IMAGE_TOO_MANY_PIXELS'],
    ['a GIF', { format: 'gif', width: 100, height: 100 }, 'UNSUPPORTED_IMAGE_TYPE'],
    ['an SVG (a document, not a photo)', { format: 'svg', width: 100, height: 100 }, 'UNSUPPORTED_IMAGE_TYPE'],
    ['a TIFF', { format: 'tiff', width: 100, height: 100 }, 'UNSUPPORTED_IMAGE_TYPE'],
    ['a header without a format', { width: 100, height: 100 }, 'NOT_AN_IMAGE'],
    ['a header without a size', { format: 'jpeg' }, 'NOT_AN_IMAGE'],
    ['a zero width', { format: 'jpeg', width: 0, height: 100 }, 'NOT_AN_IMAGE'],
  ])('%s → %s', (_case, header, expected) => {
    const result = checkImageHeader(header);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('media file names', () => {
  it('keys a size under a folder named by the first byte of the hash', () => {
    expect(mediaKey(HASH, 'card')).toBe(`ab/${HASH}-card.webp`);
  });

  it.each<[string, string | null]>([
    [`${HASH}-thumb.webp`, `ab/${HASH}-thumb.webp`],
    [`${HASH}-full.webp`, `ab/${HASH}-full.webp`],
    [`${HASH}-huge.webp`, null],
    [`${HASH}-card.png`, null],
    [`../${HASH}-card.webp`, null],
    [`${HASH.toUpperCase()}-card.webp`, null],
    ['..%2Fetc%2Fpasswd', null],
    ['', null],
  ])('maps the public name %j to %j', (name, key) => {
    expect(keyOfFileName(name)).toBe(key);
  });
});
