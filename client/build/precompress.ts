// Precompressed copies of the built client, made once at `npm run build`: `<file>.br` (brotli, quality 11) and
// `<file>.gz` (gzip -9) beside each text file of dist/. The API sends the one the browser asks for
// (api/src/web/client-static.ts), so a phone on a weak signal downloads a quarter of the bytes and the server
// spends no CPU compressing per request.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images and fonts are compressed already. */
export const PRECOMPRESSED = /\.(js|mjs|css|svg|json|html|webmanifest|txt|map)$/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export interface PrecompressResult {
  file: string;
  bytes: number;
  br?: number;
  gz?: number;
}

/**
 * Writes `.br` and `.gz` beside every text file under `dir`. A copy that would not be smaller than the file is
 * not written (the server then sends the file as it is); a stale copy from an earlier build is removed.
 */
export async function precompressDir(dir: string): Promise<PrecompressResult[]> {
  const files = (await filesUnder(dir)).filter((file) => PRECOMPRESSED.test(file));
  return Promise.all(
    files.map(async (file) => {
      const content = await fs.readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      const result: PrecompressResult = { file: path.relative(dir, file), bytes: content.length };
      for (const [suffix, compressed] of [
        ['br', br],
        ['gz', gz],
      ] as const) {
        const target = `${file}.${suffix}`;
        if (compressed.length < content.length) {
          await fs.writeFile(target, compressed);
          result[suffix] = compressed.length;
        } else {
          await fs.rm(target, { force: true });
        }
      }
      return result;
    }),
  );
}

/** The Vite plugin: after everything else has written dist/ (the copied public/ files too), compress it. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'pasar-latihan:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const results = await precompressDir(outDir);
        const sum = (pick: (r: PrecompressResult) => number) => results.reduce((total, r) => total + pick(r), 0);
        const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
        this.info(
          `precompressed ${results.length} files: ${kb(sum((r) => r.bytes))} → brotli ${kb(sum((r) => r.br ?? r.bytes))}, gzip ${kb(sum((r) => r.gz ?? r.bytes))}`,
        );
      },
    },
  };
}
