// How the app's process holds memory (issue 18; docs/performance.md, "Memory"). The one place for it: every
// production start runs api/dist/main.js (`npm start`, the Docker image, `npm run bench`), which applies this first,
// so no start script, CMD or NODE_OPTIONS has to carry a flag.
import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it collects again, in
 * percent. Left to itself, on any machine whose heap limit is 2 GB or more (every 64-bit one with 8 GB of RAM), V8
 * allows up to 4× the live size: under the checkout load the old space stood at 165 MB committed for 52 MB live, and
 * that is most of what the app's RSS grew by. 50 % (V8's own factor for an idle heap) held it at 86 MB for about
 * the same live size, with the same checkouts/s and app CPU per checkout (measured A/B, docs/performance.md).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets the V8 heap policy above, unless the operator gave their own on the command line or in NODE_OPTIONS. V8 reads
 * this flag each time it sets the next collection's limit, so setting it at run time takes effect from the next GC.
 */
export function applyMemorySettings(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): void {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag));
  if (!given) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
