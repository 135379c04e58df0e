// How the app's process holds memory (issue 18; docs/performance-history.md, "Memory"). The one place for it: every
// production start runs api/dist/main.js (`npm start`, the Docker image, `npm run bench`), which applies the run-time
// flags first. The one flag V8 reads only when it makes the heap, V8_START_FLAGS, is carried by each start command;
// memory.spec.ts checks that `npm start`, `npm run start:prebuilt` and the Docker image's CMD carry it, and the tests'
// and benches' startApp take it from `start:prebuilt`.
import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it collects again, in
 * percent. Left to itself, on any machine whose heap limit is 2 GB or more (every 64-bit one with 8 GB of RAM), V8
 * allows up to 4× the live size: under the checkout load the old space stood at 165 MB committed for 52 MB live, and
 * that is most of what the app's RSS grew by. 50 % (V8's own factor for an idle heap) held it at 86 MB for about
 * the same live size, with the same checkouts/s and app CPU per checkout (measured A/B, docs/performance-history.md).
 * 30 % since: on the path issue 18 measures (external PostgreSQL, both checkout phases and both read phases) the RSS
 * after the load was 267–277 MB at 50 %, 249–255 MB at 30 % and 242–244 MB at 20 %, runs alternated in one sitting;
 * 30 % cost no app CPU per checkout that the runs could tell (25–26 ms against 25–27), 20 % cost 2–3 ms more and
 * about 9 % of the listing's throughput, so 30 % it is (docs/performance-history.md, "The old generation: 30 %").
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * The V8 flags every production start sets at run time, each with the name an operator's own setting of it goes by
 * (`--name`, `--no-name`, `--name=…`, dashes or underscores), which is then left alone.
 *
 * `--liftoff-only`: WebAssembly stays on V8's baseline compiler. The only WebAssembly the app runs is Node's fetch
 * (undici's HTTP parser, llhttp), used on every checkout (the charge, the simulator's payer and notification calls).
 * Under the checkout load V8 recompiled llhttp's large parser functions with TurboFan on a background thread, and
 * the ~27 MB that compilation took stayed in that thread's glibc malloc arena after it was freed: the one arena of
 * 29 MB among ~15 of 1–3 MB after `npm run bench` (traced with strace -k, 5 Dec 2026). With the flag the largest
 * arena is 3–6 MB and the RSS after the load 225–241 MB in four alternated runs of five, against 252–283 MB without
 * (the fifth, 295 MB, caught the V8 heap before a full collection). `--no-wasm-tier-up` does not stop that compilation in Node 20 (V8 11.3): measured.
 * Set before the first fetch, which is when undici compiles llhttp. The parser's speed does not show: the bodies
 * are a few hundred bytes (app CPU per checkout in the same A/B, docs/performance-history.md).
 */
export const V8_MEMORY_FLAGS: ReadonlyArray<{ name: string; flag: string }> = [
  { name: 'heap-growing-percent', flag: `--heap-growing-percent=${HEAP_GROWING_PERCENT}` },
  { name: 'liftoff-only', flag: '--liftoff-only' },
];

/**
 * The V8 flags that must be on the node command itself: V8 reads them once, when it makes the heap.
 *
 * `--max-semi-space-size=8`: the young generation is two semi-spaces of at most 8 MB, not V8's 16 MB. Under the
 * checkout load it grows to its maximum and stays there, so that is 16 MB of RSS. On the path issue 18 measures the
 * RSS after the load was 229–238 MB with it and 254–257 MB without, runs alternated in one sitting, for the same app
 * CPU per checkout within what the runs swing by (docs/performance-history.md, "The young generation: 8 MB").
 */
export const V8_START_FLAGS: ReadonlyArray<{ name: string; flag: string }> = [{ name: 'max-semi-space-size', flag: '--max-semi-space-size=8' }];

/** The flags of `flags` the operator did not set themselves on the command line or in NODE_OPTIONS. */
function notGiven(flags: ReadonlyArray<{ name: string; flag: string }>, execArgv: readonly string[], nodeOptions: string): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)];
  return flags
    .filter(({ name }) => {
      const pattern = new RegExp(`^--(no[-_])?${name.replace(/-/g, '[-_]')}(=|$)`);
      return !given.some((flag) => pattern.test(flag));
    })
    .map(({ flag }) => flag);
}

/** The flags of V8_MEMORY_FLAGS the operator did not set themselves on the command line or in NODE_OPTIONS. */
export function memoryFlagsToSet(execArgv: readonly string[], nodeOptions: string): string[] {
  return notGiven(V8_MEMORY_FLAGS, execArgv, nodeOptions);
}

/** The flags of V8_START_FLAGS this process was started without (none given, in any form, by the operator). */
export function startFlagsMissing(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  return notGiven(V8_START_FLAGS, execArgv, nodeOptions);
}

/**
 * Sets the V8 flags above, unless the operator gave their own. V8 reads `--heap-growing-percent` each time it sets
 * the next collection's limit and `--liftoff-only` when a WebAssembly module is compiled, so setting them at run
 * time, first thing in main.ts, takes effect.
 */
export function applyMemorySettings(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): void {
  for (const flag of memoryFlagsToSet(execArgv, nodeOptions)) v8.setFlagsFromString(flag);
}
