// A phone on the hall's Wi-Fi opens the app at the laptop's LAN address over plain http, as most workshops run it
// (`npm start` on the facilitator's laptop). That is no secure context: no service worker, so nothing precaches the
// pages she has not opened yet. Once her first screen is quiet, the code of the pages she is about to open is fetched
// (client/src/app/fetch-ahead.ts): on the join page her home's; on her home the bottom navigation's pages and the
// product form's; on each page the pages it leads to (client/src/app/next-pages.ts), buying and selling alike. So her
// first tap on each waits for its data, not for its code too.
//
// The LAN address is a name Chromium is told to resolve to this machine (support/browser.ts, LAN_HOST), so the origin
// is neither localhost nor https, as http://192.168.1.10:3000 would be.
//
// The status dot at the top of every page says whether the server answers. A signed-in phone's socket pings every 20 s
// (a few bytes), so while it is connected the dot reads it and asks nothing; GET /api/health every 30 s as well had
// cost her about 1.4 KB each time, 174 KB an hour (`npm run idle:phone`). Once the socket drops she asks at once and
// every 30 s until it is back. The last test refuses /api/health throughout, so only the socket can make the dot say
// "up": once she has joined, and again after the app has stopped (the dot says "down") and started again. The socket
// stays connected while the database is away (the app is up), so an answer that says so turns the dot to "down" too,
// until /api/health is well again. On a link that drops mid-request, a call gives up once no answer has begun in 30 s,
// or once its body has stopped coming for 30 s (client/src/shared/api/http.ts, ANSWER_WITHIN_MS), so "Buat Pesanan"
// whose answer was lost, or stalled after its headers, tells her so, and tapping it again answers with the order placed
// the first time.
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.js';
import { startTcpProxy, viaProxy } from '../../api/test/tcp-proxy.js';
import { createExternalDatabase, EXTERNAL_PG } from '../support/backup.js';
import { LAN_HOST, lanOrigin, launchChromium, phoneContext, untilNetworkQuiet } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, joinOnPhone, phoneSignedInAs, startTestApp, stopTestApp } from '../support/e2e.js';
import { PhoneNetwork } from '../support/phone-network.js';
import { createWorkshopClass, fillCheckout, PALM_SUGAR, payAndWriteToSeller, postPalmSugar } from '../support/workshop.js';

/** Taps, waits until the next page shows `shown`, and returns the scripts the page asked for in between. */
async function scriptsOnTap(page: Page, tap: () => Promise<unknown>, shown: () => Promise<unknown>): Promise<string[]> {
  const scripts: string[] = [];
  const record = (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  };
  page.on('request', record);
  try {
    await tap();
    await shown();
  } finally {
    page.off('request', record);
  }
  return scripts;
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

    for (const [item, heading] of [
      ['products', 'Produk Saya'],
      ['orders', 'Pesanan'],
      ['chat', 'Chat'],
      ['wallet', 'Saldo'],
    ] as const) {
      const scripts = await scriptsOnTap(
        page,
        () => page.getByTestId(`nav-${item}`).click(),
        () => page.getByRole('heading', { level: 1, name: heading }).waitFor(),
      );
      expect(scripts, `the first tap on ${item} fetched code`).toEqual([]);
    }
    // Her first task: "Tambah Produk" on Produk.
    await page.getByTestId('nav-products').click();
    const onNewProduct = await scriptsOnTap(
      page,
      () => page.getByRole('link', { name: 'Tambah Produk' }).first().click(),
      () => page.getByTestId('product-form').waitFor(),
    );
    expect(onNewProduct, 'the first tap on "Tambah Produk" fetched code').toEqual([]);
    await context.close();
  });
  test('buying from a classmate and selling to her: each next tap fetches no code, once the page before is quiet', async () => {
    const { joinCode } = await createWorkshopClass(app!);
    const origin = lanOrigin(app!.url);
    const seller = await joinOnPhone(browser!, app!, joinCode, 'Bu Siti', { origin });
    await postPalmSugar(app!, seller.token);
    await seller.context.close();

    // The trainee buys: "Lihat Pasar Kelas", the product, "Beli Sekarang", "Buat Pesanan".
    const { context, page, token } = await joinOnPhone(browser!, app!, joinCode, 'Bu Rahma', { origin });
    const product = page.getByTestId('product-card').filter({ hasText: PALM_SUGAR });
    const steps: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      ['"Lihat Pasar Kelas"', () => page.getByTestId('link-storefront').first().click(), () => product.waitFor()],
      ['a product', () => product.getByRole('link').click(), () => page.getByRole('heading', { level: 1, name: PALM_SUGAR }).waitFor()],
      ['"Beli Sekarang"', () => page.getByRole('button', { name: 'Beli Sekarang' }).click(), () => page.getByRole('textbox', { name: 'Nomor HP penerima' }).waitFor()],
    ];
    for (const [what, tap, shown] of steps) {
      await untilNetworkQuiet(page, 3_000);
      expect(await scriptsOnTap(page, tap, shown), `the first tap on ${what} fetched code`).toEqual([]);
    }
    await fillCheckout(page);
    await untilNetworkQuiet(page, 3_000);
    const onPlacing = await scriptsOnTap(
      page,
      () => page.getByRole('button', { name: 'Buat Pesanan' }).click(),
      () => page.getByTestId('payment-status').waitFor(),
    );
    expect(onPlacing, 'the first tap on "Buat Pesanan" fetched code').toEqual([]);

    // The order is paid and she writes to the seller; the seller opens the app afresh on her phone.
    const orderId = /\/pesanan\/([0-9a-f-]{36})\/bayar$/.exec(page.url())![1]!;
    await payAndWriteToSeller(app!, orderId, token);
    await context.close();

    const sellerPhone = await phoneSignedInAs(browser!, seller.session);
    const sellerPage = await sellerPhone.newPage();
    await sellerPage.goto(`${origin}/toko`, { waitUntil: 'load' });
    await sellerPage.getByTestId('bottom-nav').waitFor();
    // Pesanan, "Perlu Dikirim", the paid order; Chat, the buyer's conversation; Saldo, her bank account.
    const order = sellerPage.getByTestId('shop-order-list').getByRole('link').first();
    const conversationRow = sellerPage.getByTestId('chat-row').first();
    const bankAccount = sellerPage.getByTestId('link-bank-account');
    const selling: { what: string; reach: () => Promise<unknown>; tap: () => Promise<unknown>; shown: () => Promise<unknown> }[] = [
      {
        what: 'her paid order',
        reach: async () => {
          await sellerPage.getByTestId('nav-orders').click();
          await sellerPage.getByTestId('tab-perlu_dikirim').click();
          await order.waitFor();
        },
        tap: () => order.click(),
        shown: () => sellerPage.getByTestId('order-page').waitFor(),
      },
      {
        what: 'a conversation',
        reach: () => sellerPage.getByTestId('nav-chat').click(),
        tap: () => conversationRow.click(),
        shown: () => sellerPage.getByTestId('chat-title').waitFor(),
      },
      {
        what: 'her bank account',
        reach: async () => {
          await sellerPage.goBack(); // the conversation hides the bottom navigation
          await sellerPage.getByTestId('nav-wallet').click();
        },
        tap: () => bankAccount.click(),
        shown: () => sellerPage.getByTestId('bank-account-page').waitFor(),
      },
    ];
    for (const { what, reach, tap, shown } of selling) {
      await reach();
      await untilNetworkQuiet(sellerPage, 3_000);
      expect(await scriptsOnTap(sellerPage, tap, shown), `the first tap on ${what} fetched code`).toEqual([]);
    }
    await sellerPhone.close();
  });

  for (const [lost, loseAnswers] of [
    ['is lost', (network: PhoneNetwork) => (network.answersLost = true)],
    ['stalls after its headers', (network: PhoneNetwork) => (network.answersStallAfterHeaders = true)],
  ] as const) {
    test(`"Buat Pesanan" whose answer ${lost}: she is told after 30 s instead of waiting minutes, and tapping again places it once`, async () => {
      test.setTimeout(180_000);
      // Her phone reaches the laptop through a link this test can break on the way back.
      const network = new PhoneNetwork();
      try {
        const origin = `http://${LAN_HOST}:${await network.listen(app!.port)}`;
        const { joinCode } = await createWorkshopClass(app!);
        const seller = await joinOnPhone(browser!, app!, joinCode, 'Bu Siti', { origin });
        await postPalmSugar(app!, seller.token);
        await seller.context.close();
        const { context, page, token } = await joinOnPhone(browser!, app!, joinCode, 'Bu Rahma', { origin });
        await page.getByTestId('link-storefront').first().click();
        await page.getByTestId('product-card').filter({ hasText: PALM_SUGAR }).getByRole('link').click();
        await page.getByRole('button', { name: 'Beli Sekarang' }).click();
        await fillCheckout(page);
        await untilNetworkQuiet(page, 2_000);

        // Her request reaches the laptop and the order is placed, but the answer never comes back (or only its headers).
        loseAnswers(network);
        const tapped = Date.now();
        const placeOrder = page.getByRole('button', { name: 'Buat Pesanan' });
        await placeOrder.click();
        await expect(page.getByText('Tidak tersambung ke server.')).toBeVisible({ timeout: 60_000 });
        const toldAfter = Date.now() - tapped;
        expect(toldAfter).toBeGreaterThanOrEqual(29_000);
        await expect(placeOrder).toBeEnabled();
        const placed = await api<{ items: { id: string }[] }>(app!, 'GET', '/api/orders/mine', undefined, token);
        expect(placed.items).toHaveLength(1);

        // The signal is back: "Buat Pesanan" again sends the same Idempotency-Key, so the answer is that order.
        network.answersLost = network.answersStallAfterHeaders = false;
        await placeOrder.click();
        await page.getByTestId('payment-status').waitFor({ timeout: 30_000 });
        expect(page.url()).toContain(`/pesanan/${placed.items[0]!.id}/bayar`);
        expect((await api<{ items: unknown[] }>(app!, 'GET', '/api/orders/mine', undefined, token)).items).toHaveLength(1);
        await context.close();
      } finally {
        await network.close();
      }
    });
  }

  test('the status dot says "down" while the database is away, though her socket stays connected', async () => {
    test.setTimeout(180_000);
    // The app reaches its PostgreSQL through a proxy this test can cut: every connection dropped, new ones refused.
    const database = await createExternalDatabase('dot');
    const upstream = new URL(EXTERNAL_PG);
    const proxy = await startTcpProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) });
    let own: AppProcess | undefined;
    try {
      own = await startTestApp({ env: { DATABASE_URL: viaProxy(database.url, proxy) }, timeoutMs: 120_000 });
      const { joinCode } = await createWorkshopClass(own);
      const phone = await joinOnPhone(browser!, own, joinCode, 'Bu Ani', { origin: lanOrigin(own.url) });
      const dot = phone.page.getByTestId('server-status');
      await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 30_000 });

      await proxy.cut();
      // The app is up, so her socket stays connected; the dot said "up" from it alone before. She taps Pesanan: its
      // read answers 503 DATABASE_UNAVAILABLE.
      await phone.page.getByTestId('nav-orders').click();
      await expect(dot).toHaveAttribute('data-state', 'down', { timeout: 30_000 });
      await expect(dot).toHaveText('Server tidak tersambung');

      // The database is back: the next check of /api/health (on focus here, every 30 s otherwise) says so.
      await proxy.restore();
      await expect(async () => {
        await phone.page.evaluate(() => window.dispatchEvent(new Event('focus')));
        await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 2_000 });
      }).toPass({ timeout: 60_000 });
      await phone.context.close();
    } finally {
      await stopTestApp(own, undefined);
      await proxy.close();
      await database.drop();
    }
  });

  // Last: it stops the app and starts it again on the same address.
  test('the status dot follows her socket, and asks GET /api/health only while the socket is down', async () => {
    test.setTimeout(180_000);
    const { joinCode } = await createWorkshopClass(app!);
    const origin = lanOrigin(app!.url);
    const healthAsked: number[] = [];
    // Her page refuses /api/health from the start: only the socket can make the dot say "up".
    const refuseHealth = async (page: Page) => {
      await page.route('**/api/health', (route) => {
        healthAsked.push(Date.now());
        return route.abort('connectionrefused');
      });
    };
    const phone = await joinOnPhone(browser!, app!, joinCode, 'Bu Ani', { origin, beforeLoad: refuseHealth });
    const dot = phone.page.getByTestId('server-status');

    await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 30_000 });
    // A check asked as her home opened, before the socket connected, may reach the route just after the dot says "up".
    await untilNetworkQuiet(phone.page, 1_000);
    // Back from another app (the bank app, WhatsApp): with the socket connected nothing is asked.
    const askedWhileConnected = healthAsked.length;
    await phone.page.evaluate(() => {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(dot).toHaveAttribute('data-state', 'up');
    expect(healthAsked.length).toBe(askedWhileConnected);

    // The laptop's app stops: the socket drops, the phone asks at once, and the dot says so.
    const { port, dataDir } = app!;
    const stoppedAt = Date.now();
    await app!.stop();
    await expect(dot).toHaveAttribute('data-state', 'down', { timeout: 30_000 });
    expect(healthAsked.some((at) => at >= stoppedAt), `asked at ${healthAsked.map((at) => at - stoppedAt).join(', ')} ms from the stop`).toBe(true);

    // It starts again on the same address: the socket reconnects and the dot says "up" with /api/health still refused.
    app = await startApp({ port, dataDir, env: { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false' }, timeoutMs: 120_000 });
    await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 60_000 });
    await phone.context.close();
  });
});
