// A full class on the screens it is shown on: 30 trainees join (through the API: the phones are not what this test is
// about), and the facilitator's 1366×768 laptop shows the whole grid (every row and every mission column inside the
// viewport, without scrolling), then a 1920×1080 projector does too; the projector page shows all 30 names. Along the
// way each trainee action (join, shop description, product with a photo) is timed from the moment its request is
// sent until the console's grid shows it, and the p95 must be at most 1 s.
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { ARTIFACTS } from '../support/paths.js';
import { api, collectErrors, signInAsFacilitator, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass, palmSugarJpeg, PALM_SUGAR, uploadPhoto } from '../support/workshop.js';

/** The goal of issue 13: every trainee action reaches the grid within a second (p95). */
const LATENCY_BUDGET_MS = 1_000;
/** Waiting for one action to show at all (a failure is reported as a missing action, not a slow one). */
const SHOW_MS = 15_000;

const FIRST = ['Sriyati', 'Wati', 'Siti', 'Ani', 'Nur', 'Yuli', 'Rina', 'Dewi', 'Tini', 'Lilis'];
const LAST = ['Wulandari', 'Rahayu', 'Aminah', 'Lestari', 'Handayani', 'Kurniasih', 'Susanti', 'Marlina', 'Suryani', 'Ningsih'];
/** Thirty names of two or three words, long enough to wrap in a wide grid. */
const NAMES = Array.from({ length: 30 }, (_, i) => `${FIRST[i % 10]} ${LAST[(i * 3 + Math.floor(i / 10)) % 10]}${i >= 20 ? ' Binti Ahmad' : ''}`);

const PRODUCT = {
  title: PALM_SUGAR,
  description: 'Gula aren cetak dari nira asli Pekon Ambarawa, tanpa campuran. Tahan 6 bulan.',
  price: 25000,
  stock: 20,
  weightGrams: 1000,
  category: 'gula-aren',
};

interface Joined {
  name: string;
  token: string;
  participantId: string;
}

/**
 * Records in the page, with the page's clock (the same machine clock as the test's Date.now()), when each grid row
 * first appeared and when each cell first showed a state: a MutationObserver, so that the time is when the DOM
 * changed, not when a poll from the test happened to look.
 */
async function watchGrid(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    const scan = () => {
      const now = Date.now();
      for (const row of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="grid-row"]'))) {
        const name = row.dataset.name ?? '';
        seen[`row:${name}`] ??= now;
        for (const cell of Array.from(row.querySelectorAll<HTMLElement>('td[data-mission]'))) seen[`cell:${name}:${cell.dataset.mission}:${cell.dataset.state}`] ??= now;
      }
    };
    scan();
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    (window as unknown as { gridSeen: Record<string, number> }).gridSeen = seen;
  });
}

/** When the page first showed this key (see watchGrid), waiting for it up to SHOW_MS. */
async function shownAt(page: Page, key: string): Promise<number> {
  const handle = await page.waitForFunction((k) => (window as unknown as { gridSeen: Record<string, number> }).gridSeen[k], key, { timeout: SHOW_MS, polling: 50 });
  return (await handle.jsonValue()) as number;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Every row and every column header of the grid lies inside the viewport, and the page does not scroll. */
async function expectWholeGridInView(page: Page, rows: number): Promise<void> {
  const viewport = page.viewportSize()!;
  const boxes = await page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      rows: Array.from(document.querySelectorAll('[data-testid="grid-row"]')).map(box),
      columns: Array.from(document.querySelectorAll('[data-testid="mission-column"], [data-testid="done-column"]')).map(box),
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      gridScroll: (() => {
        const scroller = document.querySelector('.mission-grid-scroll');
        return scroller ? { sh: scroller.scrollHeight, ch: scroller.clientHeight, sw: scroller.scrollWidth, cw: scroller.clientWidth } : null;
      })(),
    };
  });
  expect(boxes.rows).toHaveLength(rows);
  // The nine missions and the "Selesai" column.
  expect(boxes.columns.length).toBeGreaterThanOrEqual(10);
  for (const [i, box] of [...boxes.rows, ...boxes.columns].entries()) {
    expect(box.top, `box ${i} top`).toBeGreaterThanOrEqual(0);
    expect(box.left, `box ${i} left`).toBeGreaterThanOrEqual(0);
    expect(box.bottom, `box ${i} bottom (viewport ${viewport.height})`).toBeLessThanOrEqual(viewport.height);
    expect(box.right, `box ${i} right (viewport ${viewport.width})`).toBeLessThanOrEqual(viewport.width);
  }
  // Nothing to scroll to: neither the grid's own box nor (for the grid's part) the page.
  expect(boxes.gridScroll).not.toBeNull();
  expect(boxes.gridScroll!.sh).toBeLessThanOrEqual(boxes.gridScroll!.ch + 1);
  expect(boxes.gridScroll!.sw).toBeLessThanOrEqual(boxes.gridScroll!.cw + 1);
}

test.describe('a full class of 30 on a 1366×768 console and the projector', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(150_000);
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('fits all 30 trainees on the screens and brings every action to the grid within a second', async () => {
    test.setTimeout(400_000);
    const { adminToken, ...created } = await createWorkshopClass(app);
    const laptop = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    try {
      const console = await laptop.newPage();
      const errors = collectErrors(console);
      await signInAsFacilitator(console, app);
      await console.goto(`${app.url}/fasilitator/kelas/${created.id}/konsol`, { waitUntil: 'load' });
      await console.getByTestId('live-console').waitFor();
      await console.getByText('Langsung', { exact: true }).first().waitFor({ timeout: SHOW_MS });
      await watchGrid(console);

      const latencies: { action: string; ms: number; httpMs: number }[] = [];
      const timed = async (action: string, key: string, act: () => Promise<unknown>) => {
        const sentAt = Date.now();
        await act();
        const httpMs = Date.now() - sentAt;
        latencies.push({ action, ms: (await shownAt(console, key)) - sentAt, httpMs });
      };

      // 1. Thirty trainees join, one after another as phones do in a hall; each join is timed to its grid row.
      const joined: Joined[] = [];
      for (const name of NAMES) {
        await timed('join', `row:${name}`, async () => {
          const res = await api<{ token: string; participantId: string; name: string }>(app, 'POST', '/api/join', { code: created.joinCode, displayName: name });
          joined.push({ name: res.name, token: res.token, participantId: res.participantId });
        });
      }
      expect(joined.map((j) => j.name)).toEqual(NAMES);

      // 2. Ten describe their shop (the "Toko" mission), ten post palm sugar with a photo (the "Produk" mission).
      for (const trainee of joined.slice(0, 10)) {
        await timed('shop', `cell:${trainee.name}:shop_setup:done`, () =>
          api(app, 'PATCH', '/api/shops/mine', { description: 'Gula aren asli Pekon Ambarawa, dimasak tanpa campuran.' }, trainee.token),
        );
      }
      // The photo is uploaded first (an action of its own, which the grid does not show); the post is timed.
      const photo = await palmSugarJpeg();
      for (const trainee of joined.slice(10, 20)) {
        const photoId = await uploadPhoto(app, trainee.token, photo);
        await timed('post', `cell:${trainee.name}:product_with_photo:done`, () =>
          api(app, 'POST', '/api/products', { ...PRODUCT, photoIds: [photoId] }, trainee.token),
        );
      }

      // 3. The whole grid is in view at 1366×768: 30 rows, every mission column and "Selesai".
      await console.waitForFunction(() => document.querySelectorAll('[data-testid="grid-row"]').length === 30);
      await console.screenshot({ path: path.join(ARTIFACTS, 'console-full-class-1366x768.png') });
      await expectWholeGridInView(console, 30);
      // "Paling lama diam": every name starts at its button's left edge, also a long one that wraps onto two lines.
      const idleNames = await console.$$eval('.idle-list__name', (spans) =>
        spans.map((span) => {
          const range = document.createRange();
          range.selectNodeContents(span);
          const lines = Array.from(range.getClientRects());
          return { lines: new Set(lines.map((line) => Math.round(line.top))).size, left: Math.round(lines[0]!.left - span.closest('button')!.getBoundingClientRect().left) };
        }),
      );
      expect(idleNames.some((name) => name.lines > 1), JSON.stringify(idleNames)).toBe(true);
      expect(new Set(idleNames.map((name) => name.left)).size, JSON.stringify(idleNames)).toBe(1);
      // All five are whole on the first screen, under the mission legend: none cut at the bottom.
      const idleBottoms = await console.$$eval('.idle-list__item', (items) => items.map((item) => Math.round(item.getBoundingClientRect().bottom)));
      expect(idleBottoms).toHaveLength(5);
      expect(Math.max(...idleBottoms), JSON.stringify(idleBottoms)).toBeLessThanOrEqual(768);

      // The filter: only those below the class average (the 20 who did nothing yet, against 10 + 10 who did one).
      await console.getByTestId('behind-filter').click();
      await expect.poll(() => console.locator('[data-testid="grid-row"]').count()).toBe(10);
      expect(await console.getByTestId('behind-note').textContent()).toContain('di bawah rata-rata kelas');
      await console.getByTestId('behind-filter').click();
      await expect.poll(() => console.locator('[data-testid="grid-row"]').count()).toBe(30);

      // The same at 1920×1080.
      await console.setViewportSize({ width: 1920, height: 1080 });
      await console.screenshot({ path: path.join(ARTIFACTS, 'console-full-class-1920x1080.png') });
      await expectWholeGridInView(console, 30);
      expect(errors).toEqual([]);

      // 4. The projector page at 1366×768 shows all 30 names inside the screen, and the mission counters.
      const projector = await laptop.newPage();
      await projector.goto(`${app.url}/fasilitator/kelas/${created.id}/proyektor`, { waitUntil: 'load' });
      await projector.getByTestId('projector').waitFor();
      await expect.poll(() => projector.getByTestId('projector-count').textContent(), { timeout: SHOW_MS }).toContain('30');
      const names = await projector.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="projector-names"] li[data-name]'))
          .filter((li) => {
            const r = li.getBoundingClientRect();
            return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
          })
          .map((li) => li.dataset.name),
      );
      await projector.screenshot({ path: path.join(ARTIFACTS, 'projector-full-class-1366x768.png') });
      expect(new Set(names)).toEqual(new Set(NAMES));
      expect(await projector.getByTestId('projector-more').count()).toBe(0);
      // Nine mission counters, inside the screen, in type read from the back of the hall (the grid they count loads
      // on its own, after the names).
      await expect.poll(() => projector.locator('[data-testid="mission-counter"]').count(), { timeout: SHOW_MS }).toBe(9);
      const counters = await projector.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="mission-counter"]')).map((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
        }),
      );
      expect(counters).toHaveLength(9);
      expect(counters.every(Boolean)).toBe(true);
      const counterSize = await projector.locator('.mission-counter__number').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(counterSize).toBeGreaterThanOrEqual(28);

      // 5. The latency, printed for the record and held to the budget.
      const all = latencies.map((l) => l.ms);
      const byAction = new Map<string, { ms: number; httpMs: number }[]>();
      for (const l of latencies) byAction.set(l.action, [...(byAction.get(l.action) ?? []), l]);
      const summary = [...byAction]
        .map(([action, list]) => {
          const ms = list.map((l) => l.ms);
          return `${action}: n=${list.length} p95=${p95(ms)} ms max=${Math.max(...ms)} ms, its HTTP call alone p95=${p95(list.map((l) => l.httpMs))} ms`;
        })
        .join('; ');
      process.stdout.write(`action-to-grid latency over ${all.length} actions: p95=${p95(all)} ms (${summary})\n`);
      expect(p95(all)).toBeLessThanOrEqual(LATENCY_BUDGET_MS);
      void adminToken;
    } finally {
      await laptop.close();
    }
  });
});
