// A trainee's first taps at the laptop's LAN address over plain http (no service worker, so nothing precached): how
// long from each tap to the page with its content? A script that prints figures, not a test
// (test/e2e/lan-phone.test.ts checks the mechanism):
//
//   npm run first:taps -- [N] [--rtt MS] [--reading S]
//
// N runs (3 by default), each with a new trainee and a new phone for the seller. 360×640, Slow 4G, 4× slower CPU.
// With `--rtt MS`, the phone reaches the laptop through support/phone-network.ts instead of Chromium's latency: MS
// for each exchange and once more for each new TCP connection, as a mobile network costs (Chromium's emulation adds
// its latency per request, so a new connection costs nothing there); the bandwidth stays Chromium's Slow 4G. The
// connections each phone opened are printed. `--reading S`: how long she reads a page before the next tap (5 s).
//
// Each trainee joins (timed from "Gabung" to her home, after 5 s on the join page as she types her name), opens her
// home again, waits there a few seconds (as she reads it), then taps Produk, Pesanan, Chat, Saldo and Beranda in
// turn, then Produk and "Tambah Produk".
// Then she buys from a classmate, as the workshop has her do: Beranda, "Lihat Pasar Kelas", the classmate's product,
// "Beli Sekarang", "Buat Pesanan" once the form is filled (a BCA virtual account), and "the bank app" (the payment
// simulator, a page load of its own: a new tab on her phone).
// Then the classmate, on a phone of her own opening the app afresh, meets that order and a chat from her: Pesanan, the
// order; Chat, the conversation; Saldo, her bank account.
// A page counts as there when the loading bar and the "Memuat" status are gone and it shows what it is waited for by
// (a heading; the product form; the page's own element). Also printed: what the phone fetched ahead on the home.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppProcess } from '../support/app-process.js';
import { LAN_HOST, lanOrigin, launchChromium, phoneContext } from '../support/browser.js';
import { joinOnPhone, phoneSignedInAs, SESSION_KEY, startTestApp, stopTestApp, type Session } from '../support/e2e.js';
import { PhoneNetwork } from '../support/phone-network.js';
import { createWorkshopClass, fillCheckout, PALM_SUGAR, payAndWriteToSeller, postPalmSugar } from '../support/workshop.js';
import { CPU_SLOWDOWN, SLOW_4G } from './measure.js';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : undefined);
const runs = argv[0] && !argv[0].startsWith('--') ? Number(argv[0]) : 3;
/** The round trip of the phone's network, when it is modelled by the proxy instead of Chromium. */
const RTT_MS = option('rtt');
const ITEMS = ['products', 'orders', 'chat', 'wallet', 'home'] as const;
/** How long she looks at a page before her next tap. */
const READING_MS = (option('reading') ?? 5) * 1000;
const network = new PhoneNetwork(RTT_MS ?? 0);

/** The page is there: nothing loading, and `shown` on it. */
async function untilShown(page: Page, shown: string): Promise<void> {
  await page.waitForFunction((selector) => !document.querySelector('.page-loading, .nav-progress, [aria-busy="true"]') && document.querySelector(selector), shown, {
    timeout: 30_000,
    polling: 50,
  });
}

/** Taps, and returns the milliseconds until the page is there. */
async function timedTap(page: Page, tap: () => Promise<void>, shown: string): Promise<number> {
  const tapped = Date.now();
  await tap();
  await untilShown(page, shown);
  return Date.now() - tapped;
}

async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // With --rtt the proxy adds the latency, per exchange and per connection; Chromium keeps Slow 4G's bandwidth.
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, ...(RTT_MS === undefined ? {} : { latency: 0 }), connectionType: 'cellular4g' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

async function trainee(browser: Browser, app: AppProcess, origin: string, joinCode: string, seller: Session, n: number): Promise<string[]> {
  const context = await phoneContext(browser);
  network.phase = `trainee ${n}`;
  try {
    const page = await throttledPage(context);
    await page.goto(`${origin}/gabung/${joinCode}`, { waitUntil: 'load', timeout: 60_000 });
    await page.getByRole('textbox', { name: /^Nama/ }).fill(`Peserta ${n}`);
    await page.waitForTimeout(5_000); // she types her name
    const toHome = await timedTap(page, () => page.getByRole('button', { name: 'Gabung', exact: true }).click(), 'main h1, main h2');
    await page.goto(`${origin}/toko`, { waitUntil: 'load' });
    await page.getByTestId('bottom-nav').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(READING_MS); // the time the phone has to fetch ahead
    const ahead = await page.evaluate(() => {
      const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
      const late = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime > loaded + 1000 && e.name.includes('/assets/'));
      return `${late.length} files, ${(late.reduce((sum, e) => sum + e.transferSize, 0) / 1000).toFixed(1)} KB`;
    });
    const taps: string[] = [`Gabung → her home ${toHome} ms`];
    for (const item of ITEMS) {
      taps.push(`${item} ${await timedTap(page, () => page.getByTestId(`nav-${item}`).click(), 'main h1')} ms`);
      await page.waitForTimeout(1_500);
    }
    // Her first task: Produk, then "Tambah Produk" (the form hides the bottom navigation).
    await page.getByTestId('nav-products').click();
    await page.getByRole('link', { name: 'Tambah Produk' }).first().waitFor({ timeout: 30_000 });
    taps.push(`Tambah Produk ${await timedTap(page, () => page.getByRole('link', { name: 'Tambah Produk' }).first().click(), '[data-testid="product-form"]')} ms`);

    // She buys from her classmate.
    const buying: string[] = [];
    await page.goBack();
    await page.getByTestId('nav-home').click();
    await untilShown(page, 'main h1');
    await page.waitForTimeout(READING_MS);
    buying.push(`Lihat Pasar Kelas ${await timedTap(page, () => page.getByTestId('link-storefront').first().click(), '[data-testid="product-card"]')} ms`);
    await page.waitForTimeout(READING_MS);
    const card = page.getByTestId('product-card').filter({ hasText: PALM_SUGAR }).getByRole('link').first();
    buying.push(`the product ${await timedTap(page, () => card.click(), '[data-testid="product-page"] h1')} ms`);
    await page.waitForTimeout(READING_MS);
    buying.push(`Beli Sekarang ${await timedTap(page, () => page.getByRole('button', { name: 'Beli Sekarang' }).click(), '[data-testid="checkout-page"] h1')} ms`);
    await fillCheckout(page);
    await page.waitForTimeout(READING_MS); // she checks the total
    buying.push(`Buat Pesanan ${await timedTap(page, () => page.getByRole('button', { name: 'Buat Pesanan' }).click(), '[data-testid="payment-page"] h1')} ms`);
    const orderId = /\/pesanan\/([0-9a-f-]{36})\/bayar$/.exec(page.url())![1]!;

    // She reads the VA number, then opens "the bank app" (a tab of its own on her phone; here the same tab, throttled).
    await page.waitForTimeout(READING_MS);
    const bankApp = (await page.getByTestId('open-simulator').getAttribute('href'))!;
    buying.push(`the bank app ${await timedTap(page, () => page.goto(`${origin}${bankApp}`, { waitUntil: 'commit' }).then(() => undefined), '[data-testid="lookup-form"]')} ms`);

    // Her classmate gets the order, paid, and a chat: on a phone of her own, she opens the app afresh.
    const buyer = JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY))!) as Session;
    await payAndWriteToSeller(app, orderId, buyer.token);
    const opened = network.connections.get(network.phase) ?? 0;
    network.phase = `seller ${n}`;
    const selling = await sellerSteps(browser, origin, seller);
    return [
      `trainee ${n}: ${taps.join(', ')}; fetched ahead on her home: ${ahead}`,
      `  buying: ${buying.join(', ')}`,
      `  her classmate selling: ${selling.join(', ')}`,
      ...(RTT_MS === undefined ? [] : [`  connections opened: hers ${opened}, her classmate's ${network.connections.get(network.phase) ?? 0}`]),
    ];
  } finally {
    await context.close();
  }
}

async function sellerSteps(browser: Browser, origin: string, seller: Session): Promise<string[]> {
  const context = await phoneSignedInAs(browser, seller);
  try {
    const page = await throttledPage(context);
    await page.goto(`${origin}/toko`, { waitUntil: 'load', timeout: 60_000 });
    await page.getByTestId('bottom-nav').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(READING_MS);
    const steps: string[] = [];
    for (const [item, open, shown, label] of [
      ['orders', '[data-testid="shop-order-list"] a', '[data-testid="order-page"] h1', 'the order'],
      ['chat', '[data-testid="chat-row"]', '[data-testid="chat-title"]', 'the conversation'],
      ['wallet', '[data-testid="link-bank-account"]', '[data-testid="bank-account-page"] h1', 'Rekening'],
    ] as const) {
      await page.getByTestId(`nav-${item}`).click();
      // Pesanan opens on "Belum Bayar"; the paid order waits under "Perlu Dikirim".
      if (item === 'orders') await page.getByTestId('tab-perlu_dikirim').click();
      await untilShown(page, open);
      await page.waitForTimeout(READING_MS);
      steps.push(`${label} ${await timedTap(page, () => page.locator(open).first().click(), shown)} ms`);
      if (item === 'chat') await page.goBack(); // the conversation hides the bottom navigation
    }
    return steps;
  } finally {
    await context.close();
  }
}

const [app, browser] = await Promise.all([startTestApp(), launchChromium({ lan: true })]);
try {
  const { joinCode } = await createWorkshopClass(app);
  const origin = RTT_MS === undefined ? lanOrigin(app.url) : `http://${LAN_HOST}:${await network.listen(Number(new URL(app.url).port))}`;
  if (RTT_MS !== undefined) console.log(`the phone's network: ${RTT_MS} ms round trip (the proxy), Slow 4G's bandwidth; reading ${READING_MS / 1000} s`);
  // The classmate whose product she buys: joined once, her session opens a new phone for each run.
  const classmate = await joinOnPhone(browser, app, joinCode, 'Bu Siti', { origin });
  await postPalmSugar(app, classmate.token);
  await classmate.context.close();
  const seller = classmate.session;
  for (let n = 1; n <= runs; n++) console.log((await trainee(browser, app, origin, joinCode, seller, n)).join('\n'));
} finally {
  await network.close();
  await stopTestApp(app, browser);
  await browser.close();
}
