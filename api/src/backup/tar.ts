// A small ustar writer and reader over gzip (node:zlib), enough for the backup archive: regular files only,
// read and written as a stream. No dependency: the lockfile has no tar package, and none is needed for this.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';

const BLOCK = 512;

export interface TarEntry {
  /** Path inside the archive, with `/` separators. */
  name: string;
  data: Buffer;
}

/** Splits a path into ustar's `prefix` (155 bytes) and `name` (100 bytes) at a `/`. */
function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  for (let cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
    const prefix = name.slice(0, cut);
    const rest = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new Error(`path too long for the archive: ${name}`);
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  const parts = splitName(name);
  header.write(parts.name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100, 8, 'ascii');
  header.write(octal(0, 8), 108, 8, 'ascii');
  header.write(octal(0, 8), 116, 8, 'ascii');
  header.write(octal(size, 12), 124, 12, 'ascii');
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12, 'ascii');
  header.write('        ', 148, 8, 'ascii'); // checksum field counts as spaces while summing
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  header.write(parts.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 8, 'ascii');
  return header;
}

/** Writes entries into `out` as a .tar.gz; `finish()` writes the end-of-archive blocks and waits for the flush. */
export class TarGzWriter {
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly done: Promise<void>;

  constructor(out: Writable) {
    this.gzip.pipe(out);
    this.done = new Promise((resolve, reject) => {
      // process.stdout never emits 'finish' when piped to: the gzip stream's 'end' is the last we can wait on.
      const target = out === (process.stdout as Writable) ? this.gzip : out;
      target.once(target === this.gzip ? 'end' : 'finish', () => resolve());
      out.once('error', reject);
      this.gzip.once('error', reject);
    });
  }

  async add(name: string, data: Buffer, mtime = new Date()): Promise<void> {
    await this.write(tarHeader(name, data.length, mtime));
    await this.write(data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) await this.write(Buffer.alloc(pad));
  }

  async finish(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }
}

function readString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** The regular files of a .tar.gz stream, in order. Refuses a header whose checksum is wrong. */
export async function* readTarGz(input: Readable): AsyncGenerator<TarEntry> {
  const gunzip = input.pipe(zlib.createGunzip());
  input.once('error', (error) => gunzip.destroy(error));
  // Chunks kept in a list and joined once per need: a large entry is not copied again for every chunk.
  const chunks: Buffer[] = [];
  let length = 0;
  const take = (size: number): Buffer => {
    const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    chunks.length = 0;
    const taken = Buffer.from(all.subarray(0, size));
    if (all.length > size) chunks.push(all.subarray(size));
    length -= size;
    return taken;
  };
  let pending: { name: string; size: number; type: string } | undefined;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    for (;;) {
      if (!pending) {
        if (length < BLOCK) break;
        const header = take(BLOCK);
        if (header.every((byte) => byte === 0)) return; // end of archive
        let sum = 0;
        for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
        if (sum !== parseInt(readString(header, 148, 8).trim(), 8)) throw new Error('not a backup archive (bad tar header)');
        const prefix = readString(header, 345, 155);
        const name = readString(header, 0, 100);
        pending = {
          name: prefix ? `${prefix}/${name}` : name,
          size: parseInt(readString(header, 124, 12).trim() || '0', 8),
          type: readString(header, 156, 1) || '0',
        };
      }
      const padded = Math.ceil(pending.size / BLOCK) * BLOCK;
      if (length < padded) break;
      const data = take(padded).subarray(0, pending.size);
      const entry = pending;
      pending = undefined;
      if (entry.type === '0') yield { name: entry.name, data };
    }
  }
  throw new Error('the archive ends early: it is truncated or not a backup archive');
}
