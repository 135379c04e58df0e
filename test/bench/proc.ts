// What the kernel says about a process: CPU seconds used so far and resident memory, read from /proc (Linux only).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let ticks: number | undefined;
/** Clock ticks per second of /proc/<pid>/stat (CLK_TCK, 100 on Linux x86). */
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds this process has used (0 when it has gone). */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** The pids whose parent is this pid (a postmaster's backends and helpers). */
export function childPids(parent: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === parent) children.push(Number(entry));
  }
  return children;
}

/** Resident memory in MB (VmRSS), or 0 when the process has gone. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory in MB split as the kernel counts it: anonymous (heaps, malloc), file-backed (the node binary,
 * shared libraries such as libvips), shared memory. 0s when the process has gone. */
export function rssSplitMb(pid: number): { rss: number; anon: number; file: number; shmem: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024);
    return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile'), shmem: kb('RssShmem') };
  } catch {
    return { rss: 0, anon: 0, file: 0, shmem: 0 };
  }
}

/**
 * A per-process counter summed over a changing set of processes between two readings: each pid's count at the end
 * less what it had at the start (a pid that appeared in between counts whole; one that ended in between is lost,
 * which undercounts).
 */
class SummedCounter {
  private readonly start = new Map<number, number>();

  constructor(
    private readonly pids: () => number[],
    private readonly count: (pid: number) => number,
  ) {
    for (const pid of pids()) this.start.set(pid, count(pid));
  }

  read(): number {
    let total = 0;
    for (const pid of new Set([...this.pids(), ...this.start.keys()])) {
      const now = this.count(pid);
      if (now > 0) total += now - (this.start.get(pid) ?? 0);
    }
    return total;
  }
}

/** CPU seconds (user + system) used by a changing set of processes since the meter was made. */
export class CpuMeter extends SummedCounter {
  constructor(pids: () => number[]) {
    super(pids, cpuSeconds);
  }
}

/** Times this process has slept waiting for something (/proc/<pid>/status, voluntary_ctxt_switches; 0 when it has gone). */
export function voluntarySwitches(pid: number): number {
  try {
    return Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * How many times a changing set of PostgreSQL backends went to sleep between two readings. A backend sleeps once
 * for each message it answers before the next arrives, so on the bench's backends this counts round trips from the
 * app (and the odd wait for a lock or a WAL flush). It moves far less than CPU time with how busy the machine is.
 */
export class WakeupMeter extends SummedCounter {
  constructor(pids: () => number[]) {
    super(pids, voluntarySwitches);
  }
}

/** Time on a CPU and time runnable but waiting for one, in ms, of a process's main thread (0 when it has gone). */
export function schedMs(pid: number): { running: number; waiting: number } {
  try {
    const [running, waiting] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return { running: (running ?? 0) / 1e6, waiting: (waiting ?? 0) / 1e6 };
  } catch {
    return { running: 0, waiting: 0 };
  }
}

/**
 * Time a changing set of processes spent on a CPU and waiting in the run queue between two readings (the kernel's
 * schedstat): on a loaded machine, the wait is what each round trip between the app and PostgreSQL pays.
 */
export class SchedMeter {
  private readonly start = new Map<number, { running: number; waiting: number }>();

  constructor(private readonly pids: () => number[]) {
    for (const pid of pids()) this.start.set(pid, schedMs(pid));
  }

  read(): { running: number; waiting: number } {
    const total = { running: 0, waiting: 0 };
    for (const pid of new Set([...this.pids(), ...this.start.keys()])) {
      const now = schedMs(pid);
      if (now.running === 0 && now.waiting === 0) continue;
      const then = this.start.get(pid) ?? { running: 0, waiting: 0 };
      total.running += now.running - then.running;
      total.waiting += now.waiting - then.waiting;
    }
    return total;
  }
}

/** The pids whose command name (/proc/<pid>/comm) is this one, e.g. `redis-server` (none when it does not run). */
export function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU seconds the whole machine spent busy so far, all CPUs together (/proc/stat: all but idle and iowait). */
export function machineBusySeconds(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is inside user already)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) / clockTicks();
}
