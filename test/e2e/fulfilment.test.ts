// The second half of the lesson on two phones (360×640): a palm-sugar order is paid (placed and paid through the API,
// as the checkout test covers those screens), the seller arranges the shipment at a JNE drop point near her shop,
// prints the label (Code 128 resi barcode, masked phone) and confirms the hand-over; the buyer's tracking timeline
// moves without a reload while the facilitator runs the class clock fast; the buyer confirms "Pesanan Diterima"
// and leaves a review, which the product page shows; anyone can look the parcel up on "Cek Resi".
//
// The steps share one class and one order (`ctx`), in order. The wallet steps (balance credited minus the fee, a bank
// account, a withdrawal) append as further `it(...)` blocks at the end of this describe, reusing `ctx`.
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { phoneContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import {
  api,
  collectErrors,
  expectNoSideScroll,
  expectTall,
  fullShot,
  joinOnPhone,
  markPage,
  startTestApp,
  stillTheSamePage,
  stopTestApp,
  type Phone,
} from '../support/e2e.js';
import { createWorkshopClass, payInSimulator, placeOrder, postPalmSugar } from '../support/workshop.js';

/** "Live" means without a reload, within a few seconds. */
const LIVE_MS = 15_000;
const DAY_MINUTES = 24 * 60;

/** What the steps share; the wallet steps appended below use it too. */
const ctx = {} as {
  admin: string;
  classId: string;
  joinCode: string;
  productId: string;
  seller: Phone;
  buyer: Phone;
  order: { id: string; total: number; invoiceNumber: string };
  resi: string;
  /** The facilitator's clock: speed or "+1 hari" jumps. */
  clock: (body: Record<string, unknown>) => Promise<unknown>;
};

test.describe('fulfilment: ship with the label, track live on a fast clock, Pesanan Diterima and a review', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;

  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp({ timeoutMs: 90_000 });
  });

  test.afterAll(async () => {
    // The app is stopped even when a phone logged errors (a failed expect would skip what follows it).
    try {
      for (const phone of [ctx.seller, ctx.buyer]) expect(phone?.errors ?? []).toEqual([]);
    } finally {
      await stopTestApp(app, browser);
    }
  });

  test('has a paid palm-sugar order (placed and paid through the API)', async () => {
    const kelas = await createWorkshopClass(app);
    ctx.admin = kelas.adminToken;
    ctx.classId = kelas.id;
    ctx.joinCode = kelas.joinCode;
    ctx.clock = (body) => api(app, 'POST', `/api/classes/${kelas.id}/clock`, body, ctx.admin);
    await ctx.clock({ action: 'resume' }).catch(() => undefined);

    ctx.seller = await joinOnPhone(browser, app, kelas.joinCode, 'Sriyati');
    ctx.buyer = await joinOnPhone(browser, app, kelas.joinCode, 'Bu Rahma', { buyer: true });

    const product = await postPalmSugar(app, ctx.seller.token);
    ctx.productId = product.id;
    const order = await placeOrder(app, ctx.buyer.token, { productId: product.id, shopId: ctx.seller.session.shopId, quantity: 2 });
    ctx.order = { id: order.id, total: order.total, invoiceNumber: order.invoiceNumber };
    await payInSimulator(app, order, ctx.buyer.token);
  });

  test('lets the seller arrange the shipment at a JNE drop point near her shop, with its deadline on the class clock', async () => {
    const seller = ctx.seller.page;
    await seller.goto(`${app.url}/toko/pesanan/${ctx.order.id}`, { waitUntil: 'load' });
    await seller.getByTestId('ship-countdown').waitFor();
    expect(await seller.getByTestId('ship-countdown').textContent()).toMatch(/Kirim sebelum .+ WIB/);
    const arrange = seller.getByRole('button', { name: 'Atur Pengiriman' });
    await expectTall(arrange, '"Atur Pengiriman"');
    await arrange.click();
    const points = seller.getByTestId('drop-point');
    await expect.poll(() => points.count()).toBe(2);
    expect(await points.first().textContent()).toContain('JNE Agen Pringsewu Ahmad Yani');
    await expectTall(points.nth(1), 'a drop point');
    await seller.getByRole('radio', { name: /JNE Agen Ambarawa/ }).check();
    await fullShot(seller, 'fulfilment-drop-point-360x640.png');
    await seller.getByRole('button', { name: 'Pakai Drop Point Ini' }).click();
    const resi = seller.getByTestId('shipment-resi');
    await resi.waitFor();
    ctx.resi = (await resi.textContent())!;
    expect(ctx.resi).toMatch(/^01\d{14}$/);
    await expectNoSideScroll(seller);
  });

  test('prints a label with the courier, the resi as a barcode, the recipient with a masked phone, and the order number', async () => {
    const seller = ctx.seller.page;
    await seller.getByRole('link', { name: 'Cetak Label' }).click();
    await seller.waitForURL(/\/label$/);
    const label = seller.getByTestId('shipping-label');
    await label.waitFor();
    expect(await seller.getByTestId('label-courier').textContent()).toBe('JNE');
    expect(await seller.getByTestId('label-resi').textContent()).toBe(ctx.resi);
    expect(await seller.getByTestId('label-recipient').textContent()).toBe('Bu Rahma');
    expect(await seller.getByTestId('label-phone').textContent()).toBe('0812****7890');
    expect(await label.textContent()).not.toContain('081234567890');
    expect(await seller.getByTestId('label-invoice').textContent()).toBe(ctx.order.invoiceNumber);
    expect(await seller.getByTestId('label-cod').textContent()).toContain('NON-COD');
    // The barcode: Code 128 C for a 16-digit resi is start + 8 pairs + checksum (11 modules each) + stop (13), 10 quiet each side.
    const viewBox = await seller.getByTestId('barcode').getAttribute('viewBox');
    expect(viewBox).toBe(`0 0 ${10 + 10 * 11 + 13 + 10} 60`);
    expect(await seller.getByTestId('barcode').locator('rect[fill="#000"]').count()).toBe(10 * 3 + 4);
    await expectNoSideScroll(seller);
    await fullShot(seller, 'fulfilment-label-360x640.png');
    // On paper: A6, the tools hidden.
    await seller.emulateMedia({ media: 'print' });
    expect(await seller.getByTestId('label-print').isVisible()).toBe(false);
    await seller.screenshot({ path: path.join(ARTIFACTS, 'fulfilment-label-print.png'), fullPage: true });
    await seller.emulateMedia({ media: 'screen' });
    await seller.getByRole('link', { name: 'Kembali ke pesanan' }).click();
    await seller.waitForURL(/\/toko\/pesanan\/[0-9a-f-]+$/);
  });

  test('ships once the seller confirms the hand-over at the drop point', async () => {
    const seller = ctx.seller.page;
    const handOver = seller.getByRole('button', { name: 'Sudah diserahkan ke drop point' });
    await handOver.waitFor();
    await expectTall(handOver, '"Sudah diserahkan ke drop point"');
    await handOver.click();
    const confirm = seller.getByRole('button', { name: 'Ya, Sudah Diserahkan' });
    await confirm.dblclick();
    await expect.poll(() => seller.getByTestId('order-state').textContent(), { timeout: LIVE_MS }).toBe('Dikirim');
    expect(await seller.getByTestId('tracking-timeline').textContent()).toContain('Paket diterima di drop point (Pringsewu)');
    const order = await api<{ history: { to: string }[] }>(app, 'GET', `/api/orders/${ctx.order.id}`, undefined, ctx.seller.token);
    expect(order.history.filter((entry) => entry.to === 'SHIPPED')).toHaveLength(1);
    await fullShot(seller, 'fulfilment-shipped-360x640.png');
  });

  test('moves the buyer’s tracking timeline live while the class clock runs fast, to "Diterima oleh: YBS"', async () => {
    const buyer = ctx.buyer.page;
    await buyer.goto(`${app.url}/pesanan/${ctx.order.id}`, { waitUntil: 'load' });
    const steps = buyer.getByTestId('tracking-timeline').locator('li');
    await expect.poll(() => steps.count(), { timeout: LIVE_MS }).toBe(1);
    await expect.poll(() => buyer.getByTestId('order-page').getAttribute('data-live'), { timeout: LIVE_MS }).toBe('live');
    await markPage(buyer);

    // 600× and a day forward: the parcel reaches the sorting centres and is on its way.
    await ctx.clock({ action: 'speed', speed: 600 });
    await ctx.clock({ action: 'jump', minutes: DAY_MINUTES });
    await expect.poll(() => steps.count(), { timeout: LIVE_MS }).toBeGreaterThanOrEqual(3);
    const midway = await steps.count();
    await fullShot(buyer, 'fulfilment-tracking-midway-360x640.png');
    await ctx.clock({ action: 'jump', minutes: 2 * DAY_MINUTES });
    await expect.poll(() => buyer.getByTestId('order-state').textContent(), { timeout: LIVE_MS }).toBe('Sampai');
    // The state flips the moment order.delivered arrives; the steps come with the reload that follows.
    await expect.poll(() => steps.count(), { timeout: LIVE_MS }).toBe(6);
    expect(midway).toBeLessThan(6);
    expect(await steps.first().textContent()).toContain('Paket sudah diterima (Kota Bandar Lampung)');
    expect(await buyer.getByTestId('tracking-receiver').textContent()).toBe('Diterima oleh: YBS');
    expect(await stillTheSamePage(buyer)).toBe(true);
    // Back to 1× so the auto-complete does not beat the buyer to it.
    await ctx.clock({ action: 'speed', speed: 1 });
    await fullShot(buyer, 'fulfilment-delivered-360x640.png');
  });

  test('shows anyone the parcel on Cek Resi, by its number, with cities only', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${app.url}/cek-resi`, { waitUntil: 'load' });
    await page.getByRole('textbox', { name: 'Nomor resi' }).fill(ctx.resi);
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL(new RegExp(`/cek-resi/${ctx.resi}$`));
    await page.getByTestId('cek-resi-result').waitFor();
    expect(await page.getByTestId('cek-resi-status').textContent()).toBe('Terkirim');
    const text = (await page.getByTestId('cek-resi-result').textContent())!;
    expect(text).toContain('JNE Reguler');
    expect(text).not.toContain('Bu Rahma');
    expect(text).not.toContain('Teuku Umar');
    await expectNoSideScroll(page);
    await fullShot(page, 'fulfilment-cek-resi-360x640.png');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('completes on "Pesanan Diterima" after a confirm, and takes a five-star review', async () => {
    const buyer = ctx.buyer.page;
    const received = buyer.getByRole('button', { name: 'Pesanan Diterima' });
    await expectTall(received, '"Pesanan Diterima"');
    await received.click();
    await buyer.getByRole('button', { name: 'Ya, Sudah Diterima' }).click();
    await expect.poll(() => buyer.getByTestId('order-state').textContent(), { timeout: LIVE_MS }).toBe('Selesai');

    await buyer.getByTestId('review-form').waitFor();
    await buyer.getByRole('radio', { name: '5 bintang' }).check({ force: true });
    await buyer.getByLabel('Ceritakan barangnya').fill('Gula arennya wangi, dibungkus rapi. Terima kasih Bu Sriyati!');
    await buyer.getByRole('button', { name: 'Kirim Ulasan' }).click();
    await buyer.getByTestId('review-sent').waitFor();
    await expectNoSideScroll(buyer);
    await fullShot(buyer, 'fulfilment-review-360x640.png');

    await buyer.goto(`${app.url}/pasar/produk/${ctx.productId}`, { waitUntil: 'load' });
    const reviews = buyer.getByTestId('product-reviews');
    await buyer.getByTestId('product-review').waitFor();
    expect(await buyer.getByTestId('reviews-average').textContent()).toContain('5,0');
    expect(await reviews.textContent()).toContain('Gula arennya wangi, dibungkus rapi.');
    expect(await reviews.textContent()).toContain('Bu Rahma');
    await fullShot(buyer, 'fulfilment-product-reviews-360x640.png');

    const completed = await api<{ state: string; history: { to: string; actor: string }[] }>(app, 'GET', `/api/orders/${ctx.order.id}`, undefined, ctx.buyer.token);
    expect(completed.state).toBe('COMPLETED');
    expect(completed.history.at(-1)).toMatchObject({ to: 'COMPLETED', actor: 'buyer' });
  });

  // ── Wallet steps append here (issue 6, second half): Saldo Penjual credited minus the admin fee, a bank account
  // registered with the name check, "Tarik Dana" succeeding on the class clock. They can use ctx.seller, ctx.order,
  // ctx.clock and ctx.admin.
});
