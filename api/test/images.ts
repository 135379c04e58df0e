// Real pictures for upload tests, made with sharp, and a minimal EXIF reader to prove what a file carries.
import sharp from 'sharp';

let colour = 0;
/** A JPEG of a fresh colour each call, so each upload is a different picture (and a different media id). */
export async function photoJpeg(width = 64, height = 48): Promise<Buffer> {
  colour = (colour + 7919) % 0xffffff;
  return sharp({ create: { width, height, channels: 3, background: `#${colour.toString(16).padStart(6, '0')}` } })
    .jpeg()
    .toBuffer();
}

/** Uploads a fresh picture for this participant and returns its media id. */
export async function uploadPhoto(
  api: { upload: (path: string, file: { bytes: Buffer; filename: string; contentType: string }, options: { token?: string }) => Promise<{ status: number; body: any; text: string }> },
  token: string,
): Promise<string> {
  const res = await api.upload('/api/media', { bytes: await photoJpeg(), filename: 'foto.jpg', contentType: 'image/jpeg' }, { token });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.text}`);
  return res.body.id as string;
}

/**
 * The tags of IFD0 and of the GPS IFD in sharp's `metadata().exif` ("Exif\0\0" + a TIFF structure),
 * with the ASCII values (e.g. GPSLatitudeRef "S").
 */
export function readExif(exif: Buffer): { ifd0: Map<number, string | number>; gps: Map<number, string | number> } {
  const tiff = exif.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));
  const readIfd = (start: number) => {
    const tags = new Map<number, string | number>();
    const count = u16(start);
    for (let i = 0; i < count; i++) {
      const entry = start + 2 + i * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      if (type === 2) {
        const at = n <= 4 ? entry + 8 : u32(entry + 8);
        tags.set(tag, tiff.toString('latin1', at, at + n).replace(/\0+$/, ''));
      } else {
        tags.set(tag, u32(entry + 8));
      }
    }
    return tags;
  };
  const ifd0 = readIfd(u32(4));
  const gpsOffset = ifd0.get(0x8825);
  return { ifd0, gps: typeof gpsOffset === 'number' ? readIfd(gpsOffset) : new Map() };
}

export const GPS_IFD_POINTER = 0x8825;
export const GPS_LATITUDE_REF = 0x0001;
