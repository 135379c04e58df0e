// Where an upload waits while it is checked and decoded: a temporary file, streamed to disk as it arrives, so 48
// phones uploading at once hold 48 small stream buffers in memory, not 48 whole photos (issue 15, defect 7).
// A storage engine in multer's shape (the two calls it makes), which Nest's multipart interceptor on Fastify takes as it
// is; the interceptor's `fileSize` limit still cuts an oversize file, and it removes the partial file then. The controller removes the file once the upload is answered.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the engine hands back for one file (the interceptor adds fieldname, mimetype, …). */
export interface TempUpload {
  path: string;
  size: number;
}

type Callback<T = void> = (error: Error | null, value?: T) => void;

/** Leftovers older than this (from a crash mid-upload) are removed at start-up. */
const STALE_AFTER_MS = 60 * 60 * 1000;

export class TempUploadStorage {
  constructor(readonly dir: string) {}

  _handleFile(_req: unknown, file: { stream: Readable }, callback: Callback<TempUpload>): void {
    const target = path.join(this.dir, `upload-${randomBytes(12).toString('hex')}.part`);
    fs.promises
      .mkdir(this.dir, { recursive: true })
      .then(async () => {
        const out = fs.createWriteStream(target, { flags: 'wx', mode: 0o600 });
        await pipeline(file.stream, out);
        return out.bytesWritten;
      })
      .then(
        (size) => callback(null, { path: target, size }),
        (error: Error) => void removeTempFile(target).finally(() => callback(error)),
      );
  }

  _removeFile(_req: unknown, file: { path?: string }, callback: Callback): void {
    if (!file.path) return callback(null);
    void removeTempFile(file.path).then(() => callback(null));
  }

  /** Removes uploads a crash left behind. */
  async sweepStale(now = Date.now()): Promise<number> {
    let removed = 0;
    let names: string[];
    try {
      names = await fs.promises.readdir(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (!name.startsWith('upload-')) continue;
      const file = path.join(this.dir, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STALE_AFTER_MS) {
        await removeTempFile(file);
        removed++;
      }
    }
    return removed;
  }
}

export async function removeTempFile(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true }).catch(() => undefined);
}
