// The trainee's phone budgets, measured on what the built app really sends: every trainee route loaded cold in
// Chromium at 360×640, its bytes on the wire counted per kind (JS ≤ 150 KB, everything but images ≤ 230 KB), and
// the Largest Contentful Paint of the join page, the trainee's home and the storefront under Slow 4G and a 4× slower
// CPU (median of 3 cold loads ≤ 2.5 s). `npm run budget` runs this file and prints the same table.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { startTestApp, stopTestApp } from '../support/e2e.js';
import { ARTIFACTS } from '../support/paths.js';
import { BUDGET, formatTable, formatTransfers, loadRoute, median, type LcpRow, type RouteLoad } from './measure.js';
import { lcpRoutes, seedClass } from './seed.js';

interface Route {
  label: string;
  path: string;
  as?: Record<string, string>;
  readySelector?: string;
  /** LCP is held to its budget on these (the three first screens). */
  lcp?: boolean;
  /** A read sent early by index.html's route-preload script (client/src/app/early-reads.ts): the page must take
   * that answer rather than ask again, so it goes out exactly once. */
  readOnce?: RegExp;
}

const LCP_RUNS = 3;
/** Below this on the wire (headers included), a file too small for brotli to shrink may go uncompressed. */
const TINY_FILE_BYTES = 600;
/** Above this share of the CPU taken by other work during the LCP loads, the LCP figures are not held to the budget. */
const OTHERS_CPU_LIMIT = 0.15;
/** Ten cold loads, then nine throttled ones: about a minute each on a quiet machine, far more on a busy one. */
const TEST_TIMEOUT_MS = 600_000;
/** Chunks a trainee's first load must never carry: English, the facilitator's screens, the payment simulator. */
const NEVER_FIRST = /\/assets\/(en|facilitator[a-z-]*|class-(list-)?page|live-console-page|projector-page|attendance-sheet-page|report-page|class-conversations-page|console|simulator[a-z-]*|desk)-[\w-]{8}\.(js|css)$/;

test.describe('first load on a phone: bytes on the wire and LCP', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  let routes: Route[];
  const loads: RouteLoad[] = [];
  const lcpRows: LcpRow[] = [];

  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
    const seeded = await seedClass(app);
    const { asTrainee, asBuyer } = seeded;
    const [join, home, storefront] = lcpRoutes(seeded);
    routes = [
      { ...join!, lcp: true, readOnce: /\/api\/join\/\w+$/ },
      { ...home!, lcp: true },
      { ...storefront!, lcp: true },
      { label: 'product (buyer)', path: `/pasar/produk/${seeded.productId}`, as: asBuyer },
      { label: 'post a product', path: '/toko/produk/baru', as: asTrainee },
      { label: 'shop orders', path: '/toko/pesanan', as: asTrainee },
      { label: 'my orders (buyer)', path: '/pesanan', as: asBuyer },
      { label: 'chat', path: '/chat', as: asTrainee },
      { label: 'saldo', path: '/toko/saldo', as: asTrainee },
      { label: 'missions', path: '/toko/misi', as: asTrainee },
    ];
  });

  test.afterAll(async () => {
    if (loads.length > 0 || lcpRows.length > 0) {
      const table = formatTable(loads, lcpRows);
      console.log(`\n${table}\n`);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, 'first-load-budget.txt'), `${table}\n`);
    }
    await stopTestApp(app, browser);
  });

  test('keeps every trainee route within the byte budgets, JS and CSS sent compressed', async () => {
    test.setTimeout(TEST_TIMEOUT_MS);
    for (const route of routes) {
      const load = await loadRoute(browser, app.url, route.label, route.path, { localStorage: route.as, readySelector: route.readySelector });
      loads.push(load);
      if (route.readOnce) expect(load.transfers.filter((t) => route.readOnce!.test(t.url)).map((t) => t.url), `${route.label}: the early read taken, not asked again`).toHaveLength(1);
    }
    const over = loads.filter((load) => load.js > BUDGET.jsBytes || load.total > BUDGET.totalBytes);
    // BUDGET_DETAILS=1 lists every route's transfers, biggest first; a route over budget always does.
    for (const load of process.env.BUDGET_DETAILS ? loads : over) console.log(`${over.includes(load) ? 'OVER BUDGET: ' : ''}${load.label} ${load.path}\n${formatTransfers(load)}`);
    for (const load of loads) {
      expect(load.js, `${load.label}: JS bytes on the wire`).toBeLessThanOrEqual(BUDGET.jsBytes);
      expect(load.total, `${load.label}: bytes on the wire without images`).toBeLessThanOrEqual(BUDGET.totalBytes);
      // A test that could pass on an empty page is no test: each route loads the app's JS and CSS, compressed.
      const code = load.transfers.filter((t) => t.kind === 'js' || t.kind === 'css');
      expect(code.length, `${load.label}: scripts and styles loaded`).toBeGreaterThan(2);
      // The build keeps a compressed copy only where it is smaller: a file of a few dozen bytes goes as it is.
      for (const t of code) expect(t.contentEncoding === 'br' || t.bytes < TINY_FILE_BYTES, `${t.url} sent with brotli (${t.bytes} bytes)`).toBe(true);
      expect(code.map((t) => t.url).filter((url) => NEVER_FIRST.test(url)), `${load.label}: no facilitator, simulator or English chunk`).toEqual([]);
    }
  });

  test(`paints the join page, the trainee home and the storefront within ${BUDGET.lcpMs} ms on Slow 4G and a 4× slower CPU`, async () => {
    test.setTimeout(TEST_TIMEOUT_MS);
    for (const route of routes.filter((r) => r.lcp)) {
      const runs: RouteLoad[] = [];
      for (let i = 0; i < LCP_RUNS; i++) {
        runs.push(await loadRoute(browser, app.url, route.label, route.path, { localStorage: route.as, readySelector: route.readySelector, throttle: true }));
      }
      const values = runs.map((run) => run.lcpMs ?? Number.POSITIVE_INFINITY);
      lcpRows.push({ label: route.label, runs: values, median: median(values), element: runs[runs.length - 1]!.lcpElement, loads: runs.map((r) => r.load1), others: runs.map((r) => r.othersCpu) });
    }
    // LCP is CPU time: measured while other work shared the cores it says more about that work than about the app.
    // The test's own tree (this runner, the app, its PostgreSQL, Chromium) is not "other work"; everything else is,
    // read from /proc during each load. The assertion is skipped only when the rest of the machine took more than
    // 15 % of the CPU, and then says so loudly.
    const others = median(lcpRows.flatMap((row) => row.others));
    if (others > OTHERS_CPU_LIMIT) {
      console.warn(
        `\n*** LCP BUDGET NOT ASSERTED: other work took ${Math.round(others * 100)} % of the CPU during the loads ` +
          `(over ${OTHERS_CPU_LIMIT * 100} %); the figures below are inflated by it. Run again on a quiet machine. ***\n${formatTable([], lcpRows)}\n`,
      );
      return;
    }
    for (const row of lcpRows) expect(row.median, `${row.label}: median LCP (${row.runs.join(' / ')} ms)`).toBeLessThanOrEqual(BUDGET.lcpMs);
  });
});
