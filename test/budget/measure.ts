// What a phone downloads and how soon it sees the page: one cold load of one route of the built app, in Chromium at
// 360×640, counted over CDP as the bytes on the wire (`Network.loadingFinished` encodedDataLength: compressed body
// plus headers), by kind; optionally under Slow 4G and a 4× slower CPU, with the Largest Contentful Paint.
// Shared by test/budget/first-load.test.ts (which fails over budget) and `npm run budget` (which prints the table).
import fs from 'node:fs';
import os from 'node:os';
import type { Browser, CDPSession } from 'playwright-core';

/** The budgets of the design brief, in bytes (1 KB = 1000 bytes, as Vite and DevTools count). */
export const BUDGET = { jsBytes: 150_000, totalBytes: 230_000, lcpMs: 2_500 } as const;

/** Chrome DevTools' "Slow 4G": 150 ms round trip, 1.6 Mbps down, 750 kbps up (bytes per second over CDP). */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } as const;
export const CPU_SLOWDOWN = 4;

export type Kind = 'js' | 'css' | 'image' | 'other';

export interface Transfer {
  url: string;
  kind: Kind;
  /** Bytes on the wire: headers and the (compressed) body. */
  bytes: number;
  contentEncoding?: string;
  status: number;
}

export interface RouteLoad {
  label: string;
  path: string;
  js: number;
  css: number;
  /** Everything but images: the document, scripts, styles, API answers, fonts, the manifest. */
  total: number;
  images: number;
  transfers: Transfer[];
  /** Largest Contentful Paint in ms from navigation start (throttled loads only). */
  lcpMs?: number;
  /** What the LCP was painted from: an element's tag and start of its text, or the image's URL. */
  lcpElement?: string;
  /** os.loadavg()[0] when the load finished: the machine is shared, and a busy one inflates LCP. */
  load1: number;
  /** Share of the machine's CPU (0–1) that processes outside this test used during the load (see cpuSample). */
  othersCpu: number;
  /** With `trace`: the load's requests, long tasks and paints. */
  timeline?: Timeline;
  /** With `profile`: the functions that took the most of the main thread's JavaScript time until the LCP. */
  profile?: ProfileLine[];
}

interface CpuSample {
  /** Jiffies of the whole machine: all, and busy (not idle, not waiting on disk; stolen time counts as busy). */
  total: number;
  busy: number;
  /** Jiffies of this test's own process tree: the runner, the app, its PostgreSQL, Chromium. */
  ours: number;
}

function readProcStat(pid: string): { ppid: number; jiffies: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: the fields after it start past its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), jiffies: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // gone meanwhile
  }
}

/**
 * What the CPU did so far, from /proc (Linux): the machine's busy time and this test's own. LCP is CPU time, so a
 * load measured while other work shared the cores says more about that work than about the app: the difference
 * tells how much the rest of the machine took. Undefined where /proc is not there.
 */
export function cpuSample(): CpuSample | undefined {
  if (!fs.existsSync('/proc/stat')) return undefined;
  const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const total = [user, nice, system, idle, iowait, irq, softirq, steal].reduce((sum: number, v) => sum + (v ?? 0), 0);
  const busy = total - (idle ?? 0) - (iowait ?? 0);
  const processes = new Map<number, { ppid: number; jiffies: number }>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readProcStat(pid);
    if (stat) processes.set(Number(pid), stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ours = 0;
  const queue = [process.pid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    ours += processes.get(pid)?.jiffies ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return { total, busy, ours };
}

/** The share of the machine (0–1) that processes outside this test's tree used between two samples. */
export function othersShare(before: CpuSample | undefined, after: CpuSample | undefined): number {
  if (!before || !after || after.total <= before.total) return 0;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, others) / (after.total - before.total);
}

export interface LoadOptions {
  /** localStorage entries to put on the origin before the page loads (the participant's stored session). */
  localStorage?: Record<string, string>;
  /** Slow 4G and the 4× slower CPU, and measure LCP. */
  throttle?: boolean;
  /** Waits for the page to be there; the default waits for the page's own content (`#main .page`). */
  readySelector?: string;
  /** Also record the load's timeline: every request's start and end, the main thread's long tasks, the paints. */
  trace?: boolean;
  /** Also save a Chrome performance trace of the load (open it in DevTools' Performance panel) to this file. */
  traceFile?: string;
  /** Also sample the page's JavaScript (V8's profiler) and report where its time went until the LCP. */
  profile?: boolean;
}

/** JavaScript time of one function until the LCP, from V8's sampling profiler (throttled ms, as the phone spends it). */
export interface ProfileLine {
  self: number;
  functionName: string;
  /** The script's file name and line. */
  where: string;
}

/** One Largest Contentful Paint candidate: when it painted, its area in CSS pixels, what it was. */
export interface LcpCandidate {
  ms: number;
  size: number;
  element: string;
}

/** One request of a traced load, in ms from navigation start (Resource Timing). */
export interface TimedRequest {
  url: string;
  /** link, script, fetch, img, css, navigation… */
  initiator: string;
  start: number;
  /** When the first byte arrived. */
  firstByte: number;
  end: number;
  /** Compressed body and headers, as Resource Timing counts them (0 for what the page may not see). */
  bytes: number;
}

/** Where the time of one load went: requests, long tasks (≥ 50 ms of main thread) and paints, in ms. */
export interface Timeline {
  requests: TimedRequest[];
  longTasks: Array<{ start: number; duration: number }>;
  /** When each `data-testid` first appeared in the page (ms). */
  testIdsSeen: Record<string, number>;
  firstPaint?: number;
  firstContentfulPaint?: number;
  /** Every LCP candidate the browser reported, in order; the last is the LCP. */
  lcpCandidates?: LcpCandidate[];
  domContentLoaded: number;
  load: number;
}

function kindOf(type: string | undefined, mimeType: string): Kind {
  if (type === 'Script' || /javascript/.test(mimeType)) return 'js';
  if (type === 'Stylesheet' || mimeType === 'text/css') return 'css';
  if (type === 'Image' || mimeType.startsWith('image/')) return 'image';
  return 'other';
}

interface Pending {
  url: string;
  kind: Kind;
  status: number;
  contentEncoding?: string;
}

/** Counts every response of the page from now on; `done()` returns those finished (failed ones count what arrived). */
async function recordTransfers(cdp: CDPSession): Promise<() => Transfer[]> {
  const pending = new Map<string, Pending>();
  const finished: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    pending.set(event.requestId, {
      url: event.response.url,
      kind: kindOf(event.type, event.response.mimeType),
      status: event.response.status,
      contentEncoding: headers['content-encoding'],
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = pending.get(event.requestId);
    if (!response) return;
    pending.delete(event.requestId);
    finished.push({ ...response, bytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return () => [...finished];
}

/** The LCP candidate the browser settled on, read after the page is quiet. */
async function readLcp(page: import('playwright-core').Page): Promise<{ ms: number; element: string; candidates: LcpCandidate[] } | undefined> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; element: string; candidates: LcpCandidate[] } | undefined>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as Array<PerformanceEntry & { element?: Element | null; url?: string; size?: number }>;
          const describe = (entry: (typeof entries)[number]) =>
            entry.url || (entry.element ? `<${entry.element.tagName.toLowerCase()}> ${(entry.element.textContent ?? '').trim().slice(0, 40)}` : '?');
          const last = entries[entries.length - 1];
          if (!last) return resolve(undefined);
          const candidates = entries.map((entry) => ({ ms: Math.round(entry.startTime), size: entry.size ?? 0, element: describe(entry) }));
          resolve({ ms: Math.round(last.startTime), element: describe(last), candidates });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // No candidate at all (nothing contentful painted): say so rather than hang.
        setTimeout(() => resolve(undefined), 2_000);
      }),
  );
}

/** Starts a DevTools performance trace; the function returned stops it and gives the trace's JSON. */
async function startTracing(cdp: CDPSession): Promise<() => Promise<string>> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
        'loading',
        'latencyInfo',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'toplevel',
      ],
    },
  });
  return async () => {
    const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
    await cdp.send('Tracing.end');
    const stream = await complete;
    let json = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    return json;
  };
}

async function readTimeline(page: import('playwright-core').Page): Promise<Timeline> {
  return page.evaluate(() => {
    const round = (ms: number) => Math.round(ms);
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const paint = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const fp = paint('first-paint');
    const fcp = paint('first-contentful-paint');
    return {
      requests: [navigation, ...resources].map((r) => ({
        url: r.name.replace(/^https?:\/\/[^/]+/, ''),
        initiator: r.initiatorType,
        start: round(r.startTime),
        firstByte: round(r.responseStart),
        end: round(r.responseEnd),
        bytes: r.transferSize,
      })),
      longTasks: (window as unknown as { __longTasks?: Array<{ start: number; duration: number }> }).__longTasks ?? [],
      testIdsSeen: (window as unknown as { __testIdsSeen?: Record<string, number> }).__testIdsSeen ?? {},
      firstPaint: fp === undefined ? undefined : round(fp),
      firstContentfulPaint: fcp === undefined ? undefined : round(fcp),
      domContentLoaded: round(navigation.domContentLoadedEventEnd),
      load: round(navigation.loadEventEnd),
    };
  });
}

/**
 * Waits until `selector` matches in the page, polling from inside it. Not with a Playwright locator: its first use
 * evaluates Playwright's own injected script in the page, 85 ms of a 4× slower main thread that fell between the
 * page's first paint and its content's (a DevTools trace showed it), so the harness itself delayed the LCP it
 * measured. This adds a 50 ms timer to the page and nothing else.
 */
async function waitForSelector(cdp: CDPSession, selector: string, timeoutMs = 60_000): Promise<void> {
  const found = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const until = Date.now() + ${timeoutMs};
      const poll = () => (document.querySelector(${JSON.stringify(selector)}) ? resolve(true) : Date.now() > until ? resolve(false) : setTimeout(poll, 50));
      poll();
    })`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (found.result.value !== true) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
}

/**
 * One cold load of `baseUrl + path` in a new browser context (empty cache, cache disabled) on a 360×640 phone.
 * Waits until the page's content is there and the network has been quiet for half a second, so what loads after
 * the first paint (the live header, socket.io) is counted too.
 */
export async function loadRoute(browser: Browser, baseUrl: string, label: string, path: string, options: LoadOptions = {}): Promise<RouteLoad> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    storageState: {
      cookies: [],
      origins: options.localStorage
        ? [{ origin: baseUrl, localStorage: Object.entries(options.localStorage).map(([name, value]) => ({ name, value })) }]
        : [],
    },
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Long tasks are not buffered for a late observer: watch them from before the page's first script runs.
    if (options.trace) {
      await page.addInitScript(() => {
        const tasks: Array<{ start: number; duration: number }> = [];
        (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }).observe({ type: 'longtask' });
        // When each test id first entered the page: which part of the screen waited for what.
        const seen: Record<string, number> = {};
        (window as unknown as { __testIdsSeen: typeof seen }).__testIdsSeen = seen;
        new MutationObserver(() => {
          for (const element of Array.from(document.querySelectorAll('[data-testid]'))) {
            const id = element.getAttribute('data-testid')!;
            if (!(id in seen)) seen[id] = Math.round(performance.now());
          }
        }).observe(document, { childList: true, subtree: true });
      });
    }
    const cdp = await context.newCDPSession(page);
    const transfers = await recordTransfers(cdp);
    if (options.throttle) {
      await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, connectionType: 'cellular4g' });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const tracing = options.traceFile ? await startTracing(cdp) : undefined;
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const cpuBefore = cpuSample();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: 60_000 });
    await waitForSelector(cdp, options.readySelector ?? '#main .page');
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const failed = await page.locator('[data-testid="route-error"], [data-testid="not-found"]').count();
    if (failed > 0 || errors.length > 0) throw new Error(`${label} (${path}) did not load: ${errors.join('; ') || 'error page shown'}`);
    const lcp = options.throttle ? await readLcp(page) : undefined;
    const profile = options.profile ? selfTimes((await cdp.send('Profiler.stop')).profile, lcp?.ms) : undefined;
    const timeline = options.trace ? { ...(await readTimeline(page)), lcpCandidates: lcp?.candidates } : undefined;
    if (tracing && options.traceFile) fs.writeFileSync(options.traceFile, await tracing());
    const othersCpu = othersShare(cpuBefore, cpuSample());
    const all = transfers();
    const sum = (pick: (t: Transfer) => boolean) => all.filter(pick).reduce((total, t) => total + t.bytes, 0);
    return {
      label,
      path,
      js: sum((t) => t.kind === 'js'),
      css: sum((t) => t.kind === 'css'),
      total: sum((t) => t.kind !== 'image'),
      images: sum((t) => t.kind === 'image'),
      transfers: all,
      lcpMs: lcp?.ms,
      lcpElement: lcp?.element,
      load1: os.loadavg()[0]!,
      othersCpu,
      timeline,
      profile,
    };
  } finally {
    await context.close();
  }
}

/** Self time per function (ms) from a V8 CPU profile, counting the samples taken before `untilMs`, biggest first. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function selfTimes(profile: CpuProfile, untilMs = Number.POSITIVE_INFINITY): ProfileLine[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, ProfileLine>();
  let at = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const previous = at;
    at += deltas[i] ?? 0;
    if ((at - profile.startTime) / 1000 > untilMs) break;
    const frame = byNode.get(samples[i]!)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const where = frame.url ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName}\t${where}`;
    const line = totals.get(key) ?? { self: 0, functionName: frame.functionName || '(anonymous)', where };
    line.self += (at - previous) / 1000;
    totals.set(key, line);
  }
  return [...totals.values()].sort((a, b) => b.self - a.self);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export interface LcpRow {
  label: string;
  runs: number[];
  median: number;
  element?: string;
  /** The 1-minute load average at each run. */
  loads: number[];
  /** The share of the CPU other work took during each run (RouteLoad.othersCpu). */
  others: number[];
}

/** The per-route table that the test and `npm run budget` print. */
export function formatTable(loads: RouteLoad[], lcp: LcpRow[]): string {
  const lines = [
    `First load, cold, 360×640 Chromium, bytes on the wire (KB = 1000 bytes; budgets: JS ≤ ${kb(BUDGET.jsBytes)}, total ≤ ${kb(BUDGET.totalBytes)} without images)`,
    `${'route'.padEnd(28)} ${'JS'.padStart(7)} ${'CSS'.padStart(7)} ${'total'.padStart(7)} ${'images'.padStart(7)} ${'reqs'.padStart(5)} ${'load1'.padStart(6)}`,
  ];
  for (const load of loads) {
    lines.push(
      `${`${load.label} ${load.path}`.slice(0, 28).padEnd(28)} ${kb(load.js).padStart(7)} ${kb(load.css).padStart(7)} ${kb(load.total).padStart(7)} ${kb(load.images).padStart(7)} ${String(load.transfers.length).padStart(5)} ${load.load1.toFixed(2).padStart(6)}`,
    );
  }
  if (lcp.length > 0) {
    lines.push(
      '',
      `LCP, cold, Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up) + ${CPU_SLOWDOWN}× CPU, median of ${lcp[0]!.runs.length} (budget ≤ ${BUDGET.lcpMs} ms); ${os.cpus().length} cores`,
    );
    for (const row of lcp) {
      lines.push(
        `${row.label.padEnd(28)} median ${String(row.median).padStart(5)} ms   runs ${row.runs.join(' / ')} ms   load1 ${row.loads.map((l) => l.toFixed(2)).join(' / ')}   others' CPU ${row.others.map((o) => `${Math.round(o * 100)}%`).join(' / ')}   LCP: ${row.element ?? '?'}`,
      );
    }
  }
  return lines.join('\n');
}

/** The transfers of one load, biggest first: what to cut when a budget breaks. */
export function formatTransfers(load: RouteLoad): string {
  return [...load.transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .map((t) => `  ${kb(t.bytes).padStart(7)} ${t.kind.padEnd(5)} ${(t.contentEncoding ?? '-').padEnd(4)} ${t.url.replace(/^https?:\/\/[^/]+/, '')}`)
    .join('\n');
}

/** A traced load as text: each request's start → first byte → end (ms) and size, then long tasks and paints. */
export function formatTimeline(load: RouteLoad): string {
  const t = load.timeline;
  if (!t) return '';
  const lines = [`${load.label} ${load.path}: LCP ${load.lcpMs ?? '?'} ms (${load.lcpElement ?? '?'}), FCP ${t.firstContentfulPaint ?? '?'} ms, DCL ${t.domContentLoaded} ms, load ${t.load} ms`];
  for (const r of [...t.requests].sort((a, b) => a.start - b.start)) {
    lines.push(`  ${String(r.start).padStart(5)} → ${String(r.firstByte).padStart(5)} → ${String(r.end).padStart(5)} ms ${kb(r.bytes).padStart(6)} KB ${r.initiator.padEnd(10)} ${r.url.slice(0, 90)}`);
  }
  const busy = t.longTasks.reduce((sum, task) => sum + task.duration, 0);
  const seen = Object.entries(t.testIdsSeen).sort((a, b) => a[1] - b[1]);
  if (seen.length > 0) lines.push(`  appeared: ${seen.map(([id, ms]) => `${id} ${ms}`).join(', ')}`);
  for (const c of t.lcpCandidates ?? []) lines.push(`  LCP candidate at ${String(c.ms).padStart(5)} ms, ${String(c.size).padStart(6)} px²: ${c.element}`);
  lines.push(`  long tasks (${busy} ms): ${t.longTasks.map((task) => `${task.start}+${task.duration}`).join(', ') || 'none'}`);
  return lines.join('\n');
}
