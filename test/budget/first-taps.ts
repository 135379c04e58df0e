// A trainee's first tap on each item of the bottom navigation, at the laptop's LAN address over plain http (no
// service worker, so nothing precached): how long from the tap to the page with its content? A script that prints
// figures, not a test (test/e2e/lan-phone.test.ts checks the mechanism):
//
//   npm run first:taps -- [N]        (3 by default; each with a new trainee)
//
// 360×640, Slow 4G, 4× slower CPU. Each trainee joins (timed from "Gabung" to her home, after 5 s on the join page as
// she types her name), opens her home again, waits there a few seconds (as she reads it), then taps Produk, Pesanan,
// Chat, Saldo and Beranda in turn, then Produk and "Tambah Produk". A page counts as there when the loading bar and
// the "Memuat" status are gone and it shows what it is waited for by (a heading; the product form).
// Also printed: what the phone fetched ahead while she waited.
import type { Browser, Page } from 'playwright-core';
import { lanOrigin, launchChromium, phoneContext } from '../support/browser.js';
import { startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';
import { CPU_SLOWDOWN, SLOW_4G } from './measure.js';

const runs = Number(process.argv[2] ?? 3);
const ITEMS = ['products', 'orders', 'chat', 'wallet', 'home'] as const;

/** The page is there: nothing loading, and `shown` on it. */
async function untilShown(page: Page, shown: string): Promise<void> {
  await page.waitForFunction((selector) => !document.querySelector('.page-loading, .nav-progress, [aria-busy="true"]') && document.querySelector(selector), shown, {
    timeout: 30_000,
    polling: 50,
  });
}

async function trainee(browser: Browser, origin: string, joinCode: string, n: number): Promise<string> {
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, connectionType: 'cellular4g' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/gabung/${joinCode}`, { waitUntil: 'load', timeout: 60_000 });
    await page.getByRole('textbox', { name: /^Nama/ }).fill(`Peserta ${n}`);
    await page.waitForTimeout(5_000); // she types her name
    const joined = Date.now();
    await page.getByRole('button', { name: 'Gabung', exact: true }).click();
    await page.waitForURL(/\/toko$/);
    await untilShown(page, 'main h1, main h2');
    const toHome = Date.now() - joined;
    await page.goto(`${origin}/toko`, { waitUntil: 'load' });
    await page.getByTestId('bottom-nav').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(5_000); // she reads her home: the time the phone has to fetch ahead
    const ahead = await page.evaluate(() => {
      const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
      const late = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime > loaded + 1000 && e.name.includes('/assets/'));
      return `${late.length} files, ${(late.reduce((sum, e) => sum + e.transferSize, 0) / 1000).toFixed(1)} KB`;
    });
    const taps: string[] = [`Gabung → her home ${toHome} ms`];
    for (const item of ITEMS) {
      const tapped = Date.now();
      await page.getByTestId(`nav-${item}`).click();
      await untilShown(page, 'main h1');
      taps.push(`${item} ${Date.now() - tapped} ms`);
      await page.waitForTimeout(1_500);
    }
    // Her first task: Produk, then "Tambah Produk" (the form hides the bottom navigation).
    await page.getByTestId('nav-products').click();
    await page.getByRole('link', { name: 'Tambah Produk' }).first().waitFor({ timeout: 30_000 });
    const tapped = Date.now();
    await page.getByRole('link', { name: 'Tambah Produk' }).first().click();
    await untilShown(page, '[data-testid="product-form"]');
    taps.push(`Tambah Produk ${Date.now() - tapped} ms`);
    return `trainee ${n}: ${taps.join(', ')}; fetched ahead on her home: ${ahead}`;
  } finally {
    await context.close();
  }
}

const [app, browser] = await Promise.all([startTestApp(), launchChromium({ lan: true })]);
try {
  const { joinCode } = await createWorkshopClass(app);
  const origin = lanOrigin(app.url);
  for (let n = 1; n <= runs; n++) console.log(await trainee(browser, origin, joinCode, n));
} finally {
  await stopTestApp(app, browser);
  await browser.close();
}
