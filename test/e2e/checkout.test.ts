// The heart of the lesson on three phones: a seller waits on "Pesanan", a buyer checks out palm sugar with JNE REG and
// a BCA virtual account, and pays it in the simulator's "bank app". Nobody reloads: the seller sees the order arrive
// unpaid ("jangan kirim dulu"), then move to "Perlu Dikirim" once the payment is detected; the buyer's instructions
// page flips from "Menunggu pembayaran" to "Pembayaran diterima".
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { ARTIFACTS } from '../support/paths.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  api,
  collectErrors,
  expectNoSideScroll,
  expectTall,
  expectOnFirstScreen,
  expectTapTarget,
  fullShot,
  joinOnPhone,
  markPage,
  startTestApp,
  stillTheSamePage,
  stopTestApp,
} from '../support/e2e.js';
import { createWorkshopClass, PALM_SUGAR as TITLE, placeOrder, postPalmSugar, WORKSHOP_CLASS } from '../support/workshop.js';

/** "Live" means without a reload, within a few seconds. */
const LIVE_MS = 8_000;

test.describe('checkout: a buyer pays a palm-sugar order with JNE REG and BCA VA, the seller sees it move live', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('checks out, pays in the simulator, and flips both phones without a reload', async () => {
    // The facilitator's class in Kabupaten Pringsewu, through the API.
    const { adminToken, ...created } = await createWorkshopClass(app);
    // The class clock runs at 60×: a day to pay is 24 real minutes, so the countdown moves.
    await api(app, 'POST', `/api/classes/${created.id}/clock`, { action: 'speed', speed: 60 }, adminToken);
    await api(app, 'POST', `/api/classes/${created.id}/clock`, { action: 'resume' }, adminToken).catch(() => undefined);

    // The seller joins on her phone; her palm sugar is posted through the API (the catalog test covers the form).
    const { context: sellerContext, page: seller, errors: sellerErrors, token: sellerToken } = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    await postPalmSugar(app, sellerToken);

    // She opens "Pesanan" from the bottom navigation and waits there.
    await seller.getByTestId('nav-orders').click();
    await seller.waitForURL(/\/toko\/pesanan$/);
    await seller.getByTestId('orders-empty').waitFor();
    await expect.poll(() => seller.getByTestId('shop-orders-page').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
    await markPage(seller);

    // The buyer joins as a demo buyer and finds the palm sugar in the class market.
    const { context: buyerContext, page: buyer, errors: buyerErrors } = await joinOnPhone(browser, app, created.joinCode, 'Bu Rahma', { buyer: true });
    await buyer.getByRole('link', { name: 'Lihat Pasar Kelas' }).click();
    await buyer.getByTestId('product-card').filter({ hasText: TITLE }).getByRole('link').click();
    await buyer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectTapTarget(buyer, 'Beli Sekarang');
    await expectTapTarget(buyer, '+ Keranjang');
    // In reach without scrolling past the photo: a bar at the bottom of the phone's screen.
    await expectOnFirstScreen(buyer, 'Beli Sekarang');
    await expectOnFirstScreen(buyer, '+ Keranjang');
    await fullShot(buyer, 'checkout-product-buy-360x640.png');
    await buyer.getByRole('button', { name: 'Beli Sekarang' }).click();
    await buyer.waitForURL(/\/checkout\?produk=/);

    // Checkout: the delivery address (Kota Bandar Lampung, same province), then the couriers appear.
    await buyer.getByRole('textbox', { name: 'Nomor HP penerima' }).fill('0812 3456 7890');
    await buyer.getByRole('textbox', { name: /Alamat lengkap/ }).fill('Jl. Teuku Umar No. 5, RT 03 RW 02, Kedaton');
    await buyer.getByRole('combobox', { name: 'Provinsi' }).selectOption({ label: 'Lampung' });
    const regency = buyer.getByRole('combobox', { name: 'Kabupaten / kota' });
    await expect.poll(() => regency.locator('option', { hasText: 'Kota Bandar Lampung' }).count()).toBe(1);
    await regency.selectOption({ label: 'Kota Bandar Lampung' });
    await buyer.getByRole('textbox', { name: 'Kecamatan (boleh dikosongkan)' }).fill('Kedaton');
    // Nine services from Pringsewu: the four cheapest show, JNE REG (the seventh) is one tap away.
    await expect.poll(() => buyer.getByTestId('courier-options').getByRole('radio').count()).toBe(4);
    await buyer.getByRole('button', { name: 'Lihat 5 kurir lain' }).click();
    const jne = buyer.getByTestId('courier-jne-reg');
    await jne.waitFor();
    expect(await jne.textContent()).toContain('estimasi tiba 2-3 hari');
    await expectTall(jne, 'JNE REG');
    await jne.click();
    await buyer.getByTestId('payment-bca_va').click();
    await buyer.getByRole('textbox', { name: /Catatan untuk penjual/ }).fill('Tolong dibungkus rapi');
    expect(await buyer.getByTestId('summary-subtotal').textContent()).toBe('Rp 25.000');
    expect(await buyer.getByTestId('summary-shipping').textContent()).toBe('Rp 11.000');
    const total = (await buyer.getByTestId('summary-total').textContent())!;
    expect(total).toMatch(/^Rp \d{2}\.\d{3}$/);
    await expectNoSideScroll(buyer);
    await expectTapTarget(buyer, 'Buat Pesanan');
    await fullShot(buyer, 'checkout-form-360x640.png');
    // What the phone shows at the end of the form: the summary, with the total and "Buat Pesanan" kept in reach.
    await buyer.getByTestId('checkout-summary').scrollIntoViewIfNeeded();
    await buyer.screenshot({ path: path.join(ARTIFACTS, 'checkout-summary-360x640.png') });

    const placeRequests: string[] = [];
    buyer.on('request', (request) => {
      if (request.url().endsWith('/api/orders') && request.method() === 'POST') placeRequests.push(request.headers()['idempotency-key'] ?? '');
    });
    // The first "Buat Pesanan" reaches the server, which places the order, but its answer is lost on the way back
    // (the village 4G drops). The buyer sees "not connected", reloads the page, and taps again.
    await buyer.route('**/api/orders', async (route) => route.fetch().then(() => route.abort('connectionreset')), { times: 1 });
    await buyer.getByRole('button', { name: 'Buat Pesanan' }).click();
    await expect.poll(() => buyer.getByRole('alert').textContent()).toContain('Tidak tersambung ke server');
    await buyer.reload();
    await expect.poll(() => buyer.getByTestId('courier-jne-reg').getByRole('radio').isChecked()).toBe(true);
    // "Buat Pesanan" double-tapped after the reload: the same Idempotency-Key, so the order made the first time, not a
    // second one (the class's orders are checked below: exactly one).
    await buyer.getByRole('button', { name: 'Buat Pesanan' }).dblclick();
    await buyer.waitForURL(/\/pesanan\/[0-9a-f-]{36}\/bayar$/);
    expect(placeRequests).toHaveLength(2);
    expect(placeRequests[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(placeRequests[1]).toBe(placeRequests[0]);
    const orderId = /\/pesanan\/([0-9a-f-]{36})\/bayar$/.exec(buyer.url())![1]!;

    // The payment instructions: the VA number in big type, the amount, the countdown, "Cara bayar".
    const status = buyer.getByTestId('payment-status');
    expect(await status.textContent()).toBe('Menunggu pembayaran');
    const vaNumber = (await buyer.getByTestId('va-number').getAttribute('data-number'))!;
    expect(vaNumber).toMatch(/^\d{10,20}$/);
    expect(await buyer.getByTestId('pay-amount').textContent()).toBe(total);
    expect(await buyer.getByTestId('how-to-pay').locator('li').count()).toBe(4);
    await buyer.getByTestId('payment-countdown').waitFor();
    await expect.poll(() => buyer.getByTestId('payment-page').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
    await markPage(buyer);
    await expectNoSideScroll(buyer);
    await fullShot(buyer, 'checkout-payment-instructions-360x640.png');
    const classOrders = await api<{ items: { id: string; state: string }[] }>(app, 'GET', `/api/classes/${created.id}/orders`, undefined, adminToken);
    expect(classOrders.items.map((order) => order.id)).toEqual([orderId]);

    // The seller's phone: the order arrived, unpaid, with the lesson: do not ship yet.
    const card = seller.getByTestId('order-card');
    await card.waitFor({ timeout: LIVE_MS });
    expect(await card.getAttribute('data-order-id')).toBe(orderId);
    expect(await card.getByTestId('unpaid-warning').textContent()).toBe('Belum dibayar — jangan kirim dulu');
    await expect.poll(() => seller.getByTestId('tab-count-belum_bayar').textContent(), { timeout: LIVE_MS }).toBe('1');
    await expectNoSideScroll(seller);
    await fullShot(seller, 'checkout-seller-unpaid-360x640.png');

    // The "bank app": "Buka aplikasi bank (simulasi)" opens the simulator beside the instructions, BCA already chosen;
    // the buyer types the VA number, checks the bill and pays exactly the amount.
    const [bank] = await Promise.all([buyerContext.waitForEvent('page'), buyer.getByTestId('open-simulator').click()]);
    const bankErrors = collectErrors(bank);
    await bank.waitForLoadState('load');
    expect(new URL(bank.url()).pathname).toBe('/simulator');
    await bank.getByTestId('simulation-banner').waitFor();
    expect(await bank.getByRole('button', { name: 'BCA Virtual Account' }).getAttribute('aria-pressed')).toBe('true');
    await bank.getByRole('textbox', { name: 'Nomor Virtual Account BCA' }).fill(vaNumber);
    await bank.getByRole('button', { name: 'Cek Tagihan' }).click();
    expect(await bank.getByTestId('bill-amount').textContent()).toBe(total);
    expect(await bank.getByTestId('bill-recipient').textContent()).toContain('Pasar Latihan');
    await bank.getByRole('textbox', { name: 'Jumlah yang dibayar (Rupiah)' }).fill(total.replace(/\D/g, ''));
    await expectTapTarget(bank, 'Bayar');
    await expectNoSideScroll(bank);
    await fullShot(bank, 'checkout-simulator-bill-360x640.png');
    await bank.getByRole('button', { name: 'Bayar', exact: true }).click();
    await bank.getByTestId('receipt').waitFor();
    expect(await bank.getByTestId('receipt').textContent()).toContain('Pembayaran Berhasil');
    await fullShot(bank, 'checkout-simulator-receipt-360x640.png');

    // The buyer's page flips to "Pembayaran diterima", live.
    await expect.poll(() => status.textContent(), { timeout: LIVE_MS }).toBe('Pembayaran diterima');
    expect(await stillTheSamePage(buyer)).toBe(true);
    await fullShot(buyer, 'checkout-payment-received-360x640.png');

    // The seller's phone: the paid card left Belum Bayar (never a paid card under "jangan kirim dulu") and is counted
    // under Perlu Dikirim, with a banner to it, without a reload.
    await expect.poll(() => seller.getByTestId('order-card').count(), { timeout: LIVE_MS }).toBe(0);
    await seller.getByTestId('orders-empty').waitFor();
    await expect.poll(() => seller.getByTestId('tab-count-perlu_dikirim').textContent(), { timeout: LIVE_MS }).toBe('1');
    expect(await seller.getByTestId('tab-count-belum_bayar').count()).toBe(0);
    expect(await stillTheSamePage(seller)).toBe(true);
    await fullShot(seller, 'checkout-seller-paid-360x640.png');
    await seller.getByTestId('fresh-banner').click();
    const paidCard = seller.getByTestId('order-card');
    await expect.poll(() => paidCard.getAttribute('data-state')).toBe('PAID');
    expect(await paidCard.getByTestId('fresh-paid').isVisible()).toBe(true);
    expect(await stillTheSamePage(seller)).toBe(true);

    // The seller opens it: the address to ship to, the courier; no ship button yet (the next lesson).
    await paidCard.getByRole('link').click();
    await seller.waitForURL(new RegExp(`/toko/pesanan/${orderId}$`));
    expect(await seller.getByTestId('order-address').textContent()).toContain('Jl. Teuku Umar No. 5');
    expect(await seller.getByTestId('order-courier').textContent()).toBe('JNE Reguler');
    expect(await seller.getByTestId('ready-to-ship').isVisible()).toBe(true);
    await expectNoSideScroll(seller);
    await fullShot(seller, 'checkout-seller-order-360x640.png');

    const order = await api<{ state: string; total: number; payment: { state: string } }>(app, 'GET', `/api/orders/${orderId}`, undefined, sellerToken);
    expect(order.state).toBe('PAID');
    expect(`Rp ${String(order.total).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`).toBe(total);

    expect(sellerErrors).toEqual([]);
    // The one answer lost on purpose, nothing else.
    expect(buyerErrors).toEqual([expect.stringMatching(/^Failed to load resource: net::ERR_CONNECTION_RESET \(http:\/\/[^)]+\/api\/orders\)$/)]);
    expect(bankErrors).toEqual([]);
    await Promise.all([sellerContext.close(), buyerContext.close()]);
  });
  test('a class in Makassar reads its times in WITA: the payment deadline on the buyer’s phone', async () => {
    // A class in Kota Makassar, Sulawesi Selatan (UTC+8): its times are shown in WITA, not in WIB (UTC+7).
    const { token: adminToken } = await api<{ token: string }>(app, 'POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const created = await api<{ id: string; joinCode: string; timeZone: string }>(
      app,
      'POST',
      '/api/classes',
      { ...WORKSHOP_CLASS, name: 'Pelatihan PKH Makassar', place: 'Aula Kelurahan', regencyCode: '73.71' },
      adminToken,
    );
    expect(created.timeZone).toBe('Asia/Makassar');
    const seller = await api<{ token: string; shop: { id: string } }>(app, 'POST', '/api/join', { code: created.joinCode, displayName: 'Daeng Ratna', role: 'trainee' });
    const product = await postPalmSugar(app, seller.token);
    const buyer = await joinOnPhone(browser, app, created.joinCode, 'Bu Hasnah', { buyer: true });
    const order = await placeOrder(app, buyer.token, { productId: product.id, shopId: seller.shop.id });
    const { payment } = await api<{ payment: { expiresAt: string } }>(app, 'GET', `/api/orders/${order.id}`, undefined, buyer.token);

    await buyer.page.goto(`${app.url}/pesanan/${order.id}/bayar`);
    const deadline = buyer.page.locator('.countdown__deadline');
    await deadline.waitFor();
    // The same moment on a wall clock in Makassar.
    const makassar = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Makassar', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(payment.expiresAt));
    expect(await deadline.textContent()).toContain(`${makassar.replace(':', '.')} WITA`);
    // The order's page says when it was placed, in WITA too.
    await buyer.page.goto(`${app.url}/pesanan/${order.id}`);
    await expect(buyer.page.getByText(/Dipesan .* WITA/)).toBeVisible();
    await buyer.context.close();
  });
});
