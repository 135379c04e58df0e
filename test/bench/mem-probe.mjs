// Loaded into the app by `npm run bench` (`node --import ./test/bench/mem-probe.mjs api/dist/main.js`), never by a
// deployment: on SIGUSR2 it writes what holds the process's memory to the file named in PASAR_MEM_PROBE, so the bench
// can print the V8 heap, external memory and array buffers beside the kernel's RSS, and how late the app's event loop
// ran since the last probe (the realtime phase reads it around its measured window). It changes nothing else.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';

const file = process.env.PASAR_MEM_PROBE;
if (file) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.on('SIGUSR2', () => {
    // How late the loop ran: the histogram holds whole intervals between samples, so the 10 ms resolution comes off.
    const ms = (ns) => Math.max(0, Math.round((ns / 1e6 - 10) * 10) / 10);
    const loopDelay = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
    loop.reset();
    const usage = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ ...usage, mallocedMemory: heap.malloced_memory, peakMallocedMemory: heap.peak_malloced_memory, spaces, loopDelay }));
    fs.renameSync(tmp, file);
  });
}
