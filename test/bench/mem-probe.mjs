// Loaded into the app by `npm run bench` (`node --import ./test/bench/mem-probe.mjs api/dist/main.js`), never by a
// deployment: on SIGUSR2 it writes what holds the process's memory to the file named in PASAR_MEM_PROBE, so the bench
// can print the V8 heap, external memory and array buffers beside the kernel's RSS. It changes nothing else.
import fs from 'node:fs';
import v8 from 'node:v8';

const file = process.env.PASAR_MEM_PROBE;
if (file) {
  process.on('SIGUSR2', () => {
    const usage = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ ...usage, mallocedMemory: heap.malloced_memory, peakMallocedMemory: heap.peak_malloced_memory, spaces }));
    fs.renameSync(tmp, file);
  });
}
