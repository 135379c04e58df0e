import { describe, expect, it, vi } from 'vitest';
import {
  canKeepOriginal,
  fitWithin,
  longSidesToTry,
  PHOTO_ENCODINGS,
  preparePhoto,
  type DecodedPhoto,
  type PhotoCodec,
  type Size,
} from './resize-photo';

function file(bytes: number, type = 'image/jpeg', name = 'IMG_20261128_101500.jpg'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

const [WEBP, JPEG] = PHOTO_ENCODINGS as [(typeof PHOTO_ENCODINGS)[number], (typeof PHOTO_ENCODINGS)[number]];

/**
 * A codec whose picture is pixels × bytesPerPixel(quality) bytes, so the tests can say what fits. It writes the types in
 * `writes` (a browser that cannot write WebP: `['image/jpeg']`).
 */
function fakeCodec(size: Size | Error, bytesPerPixel: (quality: number) => number, writes: readonly string[] = ['image/webp', 'image/jpeg']) {
  const encodes: { size: Size; type: string; quality: number }[] = [];
  const close = vi.fn();
  const codec: PhotoCodec = {
    decode: async () => {
      if (size instanceof Error) throw size;
      return { ...size, close } satisfies DecodedPhoto;
    },
    canWrite: async (type) => writes.includes(type),
    encode: async (_photo, target, type, quality) => {
      encodes.push({ size: target, type, quality });
      return new Blob([new Uint8Array(Math.round(target.width * target.height * bytesPerPixel(quality)))], { type });
    },
  };
  return { codec, encodes, close };
}

describe('fitWithin', () => {
  it.each([
    [{ width: 4000, height: 3000 }, 960, { width: 960, height: 720 }],
    [{ width: 3000, height: 4000 }, 960, { width: 720, height: 960 }],
    [{ width: 4624, height: 2080 }, 960, { width: 960, height: 432 }],
    [{ width: 960, height: 960 }, 960, { width: 960, height: 960 }],
    [{ width: 800, height: 600 }, 960, { width: 800, height: 600 }],
    [{ width: 20000, height: 10 }, 960, { width: 960, height: 1 }],
  ])('fits %o within %d px as %o', (size, max, expected) => {
    expect(fitWithin(size, max)).toEqual(expected);
  });
});

describe('canKeepOriginal', () => {
  it.each([
    ['a small JPEG', { size: 300_000, type: 'image/jpeg' }, { width: 960, height: 720 }, true],
    ['a small PNG', { size: 120_000, type: 'image/png' }, { width: 640, height: 640 }, true],
    ['a camera photo (too many bytes)', { size: 4_800_000, type: 'image/jpeg' }, { width: 4000, height: 3000 }, false],
    ['a light but large picture', { size: 400_000, type: 'image/jpeg' }, { width: 2400, height: 1800 }, false],
    ['a small HEIC (not every browser shows it)', { size: 200_000, type: 'image/heic' }, { width: 1000, height: 750 }, false],
  ])('%s → %s', (_name, f, size, expected) => {
    expect(canKeepOriginal(f, size)).toBe(expected);
  });
});

describe('longSidesToTry', () => {
  it('tries 960, then smaller fallbacks', () => {
    expect(longSidesToTry({ width: 4000, height: 3000 })).toEqual([960, 800, 640]);
  });
  it('never enlarges a picture already smaller than the limit', () => {
    expect(longSidesToTry({ width: 900, height: 700 })).toEqual([900, 800, 640]);
  });
});

describe('preparePhoto', () => {
  it('keeps a photo that is already small, without encoding it again', async () => {
    const original = file(200_000);
    const { codec, encodes, close } = fakeCodec({ width: 800, height: 600 }, () => 1);
    const prepared = await preparePhoto(original, codec);
    expect(prepared.blob).toBe(original);
    expect(prepared.resized).toBe(false);
    expect(encodes).toEqual([]);
    expect(close).toHaveBeenCalledOnce();
  });

  it('shrinks a 4000×3000 camera photo to a 960×720 WebP at the quality the server keeps', async () => {
    const { codec, encodes, close } = fakeCodec({ width: 4000, height: 3000 }, () => 0.1);
    const prepared = await preparePhoto(file(5_000_000, 'image/jpeg', 'IMG_1234.JPG'), codec);
    // The server stores every photo as WebP at quality 80 (api/src/media/image-processor.ts).
    expect(encodes).toEqual([{ size: { width: 960, height: 720 }, type: 'image/webp', quality: 0.8 }]);
    expect(prepared.resized).toBe(true);
    expect(prepared.size).toEqual({ width: 960, height: 720 });
    expect(prepared.blob.type).toBe('image/webp');
    expect(prepared.fileName).toBe('IMG_1234.webp');
    expect(close).toHaveBeenCalledOnce();
  });

  it('writes JPEG, from 0.85 down until it fits ~500 KB, where the browser cannot write WebP', async () => {
    // 960×720 = 0.69 MP: 0.9 B/px at 0.85 is 622 KB (too big), 0.6 B/px at 0.75 is 415 KB (fits).
    const { codec, encodes } = fakeCodec({ width: 4000, height: 3000 }, (q) => (q > 0.8 ? 0.9 : 0.6), ['image/jpeg']);
    const prepared = await preparePhoto(file(5_000_000, 'image/jpeg', 'IMG_1234.JPG'), codec);
    expect(encodes).toEqual([
      { size: { width: 960, height: 720 }, type: 'image/jpeg', quality: 0.85 },
      { size: { width: 960, height: 720 }, type: 'image/jpeg', quality: 0.75 },
    ]);
    expect(prepared.blob.size).toBeLessThanOrEqual(500_000);
    expect(prepared.blob.type).toBe('image/jpeg');
    expect(prepared.fileName).toBe('IMG_1234.jpg');
  });

  it('writes JPEG when asking whether the browser writes WebP fails', async () => {
    const { codec, encodes } = fakeCodec({ width: 4000, height: 3000 }, () => 0.1);
    codec.canWrite = async (type) => {
      if (type === 'image/webp') throw new Error('no canvas');
      return true;
    };
    const prepared = await preparePhoto(file(5_000_000), codec);
    expect(encodes.map((e) => e.type)).toEqual(['image/jpeg']);
    expect(prepared.blob.type).toBe('image/jpeg');
  });

  it.each([
    ['WebP', WEBP, ['image/webp', 'image/jpeg']],
    ['JPEG', JPEG, ['image/jpeg']],
  ] as const)('steps down the %s quality, then the size, until the photo fits', async (_name, encoding, writes) => {
    // Every quality at 960 px is too big; 800×600 at the lowest quality still is; 640×480 at the first fits.
    const { codec, encodes } = fakeCodec({ width: 4000, height: 3000 }, () => 1.2, writes);
    const prepared = await preparePhoto(file(6_000_000), codec);
    expect(encodes.map((e) => `${e.size.width}@${e.quality} ${e.type}`)).toEqual([
      ...encoding.qualities.map((q) => `960@${q} ${encoding.type}`),
      ...encoding.qualities.map((q) => `800@${q} ${encoding.type}`),
      `640@${encoding.qualities[0]} ${encoding.type}`,
    ]);
    expect(prepared.size).toEqual({ width: 640, height: 480 });
    expect(prepared.blob.size).toBeLessThanOrEqual(500_000);
  });

  it('sends the smallest attempt when nothing fits (the server still accepts up to 8 MB)', async () => {
    const { codec } = fakeCodec({ width: 4000, height: 3000 }, (q) => 5 * q);
    const prepared = await preparePhoto(file(6_000_000), codec);
    expect(prepared.size).toEqual({ width: 640, height: 480 });
    expect(prepared.blob.size).toBe(Math.round(640 * 480 * 5 * WEBP.qualities.at(-1)!));
  });

  it('re-encodes a small-in-pixels photo that is too heavy, at its own size', async () => {
    const { codec, encodes } = fakeCodec({ width: 900, height: 900 }, () => 0.3);
    const prepared = await preparePhoto(file(900_000, 'image/png', 'scan.png'), codec);
    expect(encodes[0]!.size).toEqual({ width: 900, height: 900 });
    expect(prepared.fileName).toBe('scan.webp');
  });

  it('sends a file the browser cannot read as it is, for the server to judge', async () => {
    const original = file(3_000, 'text/plain', 'catatan.jpg');
    const { codec, encodes } = fakeCodec(new Error('cannot decode'), () => 1);
    const prepared = await preparePhoto(original, codec);
    expect(prepared).toEqual({ blob: original, fileName: 'catatan.jpg', size: undefined, resized: false });
    expect(encodes).toEqual([]);
  });

  it('sends the original when the canvas fails (a phone out of memory)', async () => {
    const original = file(3_000_000);
    const codec: PhotoCodec = {
      decode: async () => ({ width: 4000, height: 3000, close: () => undefined }),
      canWrite: async () => true,
      encode: async () => {
        throw new Error('canvas too large');
      },
    };
    const prepared = await preparePhoto(original, codec);
    expect(prepared.blob).toBe(original);
    expect(prepared.resized).toBe(false);
  });
});
