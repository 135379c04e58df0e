import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where stored pictures live. Keys are content-addressed (`ab/<hash>-card.webp`), so a key's bytes never
 * change: a put of an existing key may be skipped, and every URL can be cached forever. The disk store is
 * the default; an S3-compatible store can implement the same three calls.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** The URL a browser loads the key from. */
  urlFor(key: string): string;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** Public path prefix of files served by this app (see MediaFilesController). */
export const MEDIA_URL_PREFIX = '/media';

/** Files under `DATA_DIR/media`, served by the app itself at `/media/<hash>-<size>.webp`. */
export class DiskMediaStorage implements MediaStorage {
  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.filePath(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Written aside, then renamed: a reader (or another node writing the same key) never sees half a file.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.filePath(key));
      return true;
    } catch {
      return false;
    }
  }

  urlFor(key: string): string {
    return `${MEDIA_URL_PREFIX}/${path.posix.basename(key)}`;
  }

  /** The file of a key; keys come from `mediaKey`/`keyOfFileName`, never from raw user input. */
  filePath(key: string): string {
    return path.join(this.root, ...key.split('/'));
  }
}
