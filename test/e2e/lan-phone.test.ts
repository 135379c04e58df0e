// A phone on the hall's Wi-Fi opens the app at the laptop's LAN address over plain http, as most workshops run it
// (`npm start` on the facilitator's laptop). That is no secure context: no service worker, so nothing precaches the
// pages she has not opened yet. Once her first screen is quiet, the code of the pages she is about to open is fetched
// (client/src/app/fetch-ahead.ts): on the join page her home's; on her home the bottom navigation's pages and the
// product form's. So her first tap on each waits for its data, not for its code too.
//
// The LAN address is a name Chromium is told to resolve to this machine (support/browser.ts, LAN_HOST), so the origin
// is neither localhost nor https, as http://192.168.1.10:3000 would be.
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { lanOrigin, launchChromium, phoneContext } from '../support/browser.js';
import { startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';

/** No new request for this long: the page has done what it does once quiet (first-screen-quiet.ts waits 1.5 s). */
async function untilNetworkQuiet(page: Page, quietMs: number): Promise<void> {
  await page.waitForFunction(
    (ms) => {
      const seen = window as unknown as { quietCount?: number; quietSince?: number };
      const count = performance.getEntriesByType('resource').length;
      if (seen.quietCount !== count) {
        seen.quietCount = count;
        seen.quietSince = performance.now();
      }
      return performance.now() - seen.quietSince! >= ms;
    },
    quietMs,
    { polling: 200, timeout: 60_000 },
  );
}

test.describe('a phone at the laptop’s LAN address (no service worker)', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess | undefined;
  let browser: Browser | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    [app, browser] = await Promise.all([startTestApp(), launchChromium({ lan: true })]);
  });

  test.afterAll(async () => {
    await stopTestApp(app, browser);
    await browser?.close();
  });

  test('fetches her home’s code on the join page, and the bottom navigation’s pages and the product form on her home: a first tap on each fetches no code', async () => {
    const { joinCode } = await createWorkshopClass(app!);
    const origin = lanOrigin(app!.url);
    const context = await phoneContext(browser!);
    const page = await context.newPage();
    await page.goto(`${origin}/gabung/${joinCode}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => ({ secure: isSecureContext, serviceWorker: 'serviceWorker' in navigator }))).toEqual({ secure: false, serviceWorker: false });
    await page.getByRole('textbox', { name: /^Nama/ }).fill('Bu Sari');
    // While she types her name, the code of the page "Gabung" opens (her shop's home) is fetched.
    await untilNetworkQuiet(page, 3_000);
    const onJoining: string[] = [];
    const recordJoining = (request: Request) => onJoining.push(new URL(request.url()).pathname);
    page.on('request', recordJoining);
    await page.getByRole('button', { name: 'Gabung', exact: true }).click();
    await page.waitForURL(/\/toko$/);
    await page.getByTestId('bottom-nav').waitFor();
    page.off('request', recordJoining);
    // The home page's module is src/features/shop/routes/shop-home-page.tsx: its chunk is named after it.
    expect(onJoining.filter((path) => /\/assets\/shop-home-page-[^/]*\.js$/.test(path)), 'her home’s code was fetched on "Gabung"').toEqual([]);

    // A new start of the home, as she opens the app again: its code and the rest come once it is quiet.
    await page.goto(`${origin}/toko`, { waitUntil: 'load' });
    await page.getByTestId('bottom-nav').waitFor();
    await untilNetworkQuiet(page, 3_000);

    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const [item, heading] of [
      ['products', 'Produk Saya'],
      ['orders', 'Pesanan'],
      ['chat', 'Chat'],
      ['wallet', 'Saldo'],
    ] as const) {
      await page.getByTestId(`nav-${item}`).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(scripts, `the first tap on ${item} fetched code`).toEqual([]);
    }
    // Her first task: "Tambah Produk" on Produk.
    await page.getByTestId('nav-products').click();
    await page.getByRole('link', { name: 'Tambah Produk' }).first().click();
    await page.getByTestId('product-form').waitFor();
    expect(scripts, 'the first tap on "Tambah Produk" fetched code').toEqual([]);
    await context.close();
  });
});
