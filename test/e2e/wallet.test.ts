// The money end of the lesson on a seller's phone (360×640): a palm-sugar order is paid in the simulator, shipped at a
// drop point, tracked to the door on a fast class clock and confirmed by the buyer (all through the HTTP API, as the
// checkout and fulfilment browser tests cover those screens). Then, in the browser: "Saldo Penjual" shows the money
// credited less the 5 % admin fee, the seller registers her BCA account with the bank's name check, asks "Tarik Dana",
// and on a fast clock sees it turn "Berhasil" without a reload.
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { api, expectNoSideScroll, expectTall, fullShot, joinOnPhone, startTestApp, stopTestApp, until } from '../support/e2e.js';
import { createWorkshopClass, orderState, payInSimulator, placeOrder, postPalmSugar, shipAtDropPoint } from '../support/workshop.js';

const LIVE_MS = 10_000;

test.describe('wallet: a completed order reaches Saldo Penjual, a bank account is registered, Tarik Dana succeeds', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp({ timeoutMs: 90_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('credits the balance less the fee, registers the account, and withdraws on a fast clock', async () => {
    const { adminToken: admin, ...kelas } = await createWorkshopClass(app);
    const clock = (body: Record<string, unknown>) => api(app, 'POST', `/api/classes/${kelas.id}/clock`, body, admin);

    // The seller joins on her phone.
    const { page: seller, errors, session } = await joinOnPhone(browser, app, kelas.joinCode, 'Sriyati');

    // Her palm sugar, and a demo buyer's order of it, paid in the simulator's bank app.
    const product = await postPalmSugar(app, session.token);
    const buyer = await api<{ token: string }>(app, 'POST', '/api/join', { code: kelas.joinCode, displayName: 'Bu Rahma', role: 'buyer' });
    const order = await placeOrder(app, buyer.token, { productId: product.id, shopId: session.shopId });
    expect(order.subtotal).toBe(25000);
    await payInSimulator(app, order, buyer.token);
    const state = () => orderState(app, order.id, buyer.token);

    // Shipped at a JNE drop point near Pringsewu; the courier delivers on a fast clock; the buyer confirms.
    await shipAtDropPoint(app, order.id, session.token);
    await until('SHIPPED', state, (s) => s === 'SHIPPED');
    for (let day = 0; day < 4; day++) await clock({ action: 'jump', minutes: 24 * 60 });
    await until('DELIVERED', state, (s) => s === 'DELIVERED');
    await api(app, 'POST', `/api/orders/${order.id}/received`, undefined, buyer.token);
    await until('COMPLETED', state, (s) => s === 'COMPLETED');

    // "Saldo Penjual" from the bottom navigation ("Saldo"): Rp 25.000 less the 5 % admin fee.
    await seller.getByTestId('nav-wallet').click();
    await seller.waitForURL(/\/toko\/saldo$/);
    await expect.poll(() => seller.getByTestId('wallet-available').textContent(), { timeout: LIVE_MS }).toBe('Rp 23.750');
    expect(await seller.getByTestId('wallet-held').textContent()).toBe('Rp 0');
    const released = seller.getByTestId('wallet-history').locator('[data-kind="order_released"]').first();
    expect(await released.textContent()).toContain('+Rp 23.750');
    expect(await released.textContent()).toContain('Biaya: Rp 1.250');
    // Each invoice number, as laid out in its narrow column: a line may end only after a slash, never inside a number
    // ("INV/20261215/PL/0" over "002" reads as two numbers).
    const invoiceLines = await seller.getByTestId('wallet-history').locator('a').evaluateAll((links) =>
      links.map((link) => {
        const lines: string[] = [];
        let top: number | undefined;
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const y = Math.round(range.getBoundingClientRect().top);
            if (top === undefined || Math.abs(y - top) > 4) lines.push('');
            top = y;
            lines[lines.length - 1] += node.textContent![i];
          }
        }
        return lines;
      }),
    );
    expect(invoiceLines.length).toBeGreaterThan(0);
    for (const lines of invoiceLines) {
      expect(lines.join('')).toMatch(/^INV\/\d{8}\/PL\/\d{4}$/);
      for (const line of lines.slice(0, -1)) expect(line, `a line of ${lines.join('')}`).toMatch(/\/$/);
    }
    await expectNoSideScroll(seller);
    await expectTall(seller.getByTestId('link-withdraw'), 'link-withdraw');
    await fullShot(seller, 'wallet-saldo-360x640.png');

    // Rekening: BCA, a number of the wrong length first, then the right one; the bank's name; "ini rekening saya".
    await seller.getByTestId('link-bank-account').click();
    await seller.waitForURL(/\/toko\/rekening$/);
    await seller.getByTestId('bank-select').selectOption('bca');
    await seller.getByTestId('bank-number').fill('12345678');
    await seller.getByTestId('bank-holder').fill('Sriyati, S.Pd.');
    await seller.getByTestId('bank-check').click();
    await expect.poll(() => seller.locator('.error-note').first().getAttribute('data-code'), { timeout: LIVE_MS }).toBe('ACCOUNT_NUMBER_LENGTH');
    await seller.getByTestId('bank-number').fill('123 456 7890');
    await expectTall(seller.getByTestId('bank-check'), 'bank-check');
    await seller.getByTestId('bank-check').click();
    expect(await seller.getByTestId('bank-check-name').textContent()).toBe('SRIYATI SPD');
    expect(await seller.getByTestId('bank-save').isDisabled()).toBe(true);
    await seller.getByTestId('bank-confirm-own').check();
    await expectNoSideScroll(seller);
    await fullShot(seller, 'wallet-bank-check-360x640.png');
    await seller.getByTestId('bank-save').click();
    await seller.getByTestId('bank-account-current').waitFor();
    expect(await seller.getByTestId('bank-account-current').textContent()).toContain('BCA 1234 5678 90');

    // Tarik Dana: "Tarik semua" asks the last question at once; the fee shown; a double tap makes one withdrawal.
    // On a phone whose live connection is up, a tap to a page reads its data once: the connection does not make it
    // load everything again (it did, on every tap from page to page).
    const walletReads: string[] = [];
    seller.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/wallet') walletReads.push(request.url());
    });
    await seller.getByTestId('link-withdraw').click();
    await seller.waitForURL(/\/toko\/tarik-dana$/);
    await expect.poll(() => seller.getByTestId('withdraw-page').getAttribute('data-live'), { timeout: LIVE_MS }).toBe('live');
    await seller.getByTestId('withdraw-all').click();
    expect(await seller.getByTestId('withdraw-net').textContent()).toBe('Rp 21.250');
    expect(walletReads).toHaveLength(1);
    const requests: string[] = [];
    seller.on('request', (request) => {
      if (request.url().endsWith('/api/wallet/withdrawals') && request.method() === 'POST') requests.push(request.headers()['idempotency-key'] ?? '');
    });
    await seller.getByRole('button', { name: 'Ya, Tarik Dana' }).dblclick();
    await seller.getByTestId('withdraw-done').waitFor();
    expect(requests).toHaveLength(1);
    const item = seller.getByTestId('withdrawal');
    await expect.poll(() => item.count(), { timeout: LIVE_MS }).toBe(1);
    expect(await item.getByTestId('withdrawal-status').textContent()).toBe('Diproses');
    await expect.poll(() => seller.getByTestId('wallet-available').textContent(), { timeout: LIVE_MS }).toBe('Rp 0');
    await expect.poll(() => seller.getByTestId('withdraw-page').getAttribute('data-live'), { timeout: LIVE_MS }).toBe('live');
    await expectNoSideScroll(seller);
    await fullShot(seller, 'wallet-withdraw-processing-360x640.png');

    // The facilitator runs the clock fast: 1x24 jam later the bank has paid, and the phone says so without a reload.
    await clock({ action: 'speed', speed: 600 });
    await clock({ action: 'jump', minutes: 24 * 60 });
    await expect.poll(() => item.getByTestId('withdrawal-status').textContent(), { timeout: 20_000 }).toBe('Berhasil');
    await fullShot(seller, 'wallet-withdraw-success-360x640.png');

    const check = await api<{ ok: boolean }>(app, 'GET', `/api/classes/${kelas.id}/ledger-check`, undefined, admin);
    expect(check.ok).toBe(true);
    // The one refusal the test asked for (the too-short BCA number) is the browser's only complaint.
    expect(errors).toEqual([expect.stringMatching(/^Failed to load resource: the server responded with a status of 400 \(Bad Request\) \(http.+\/api\//)]);
  });
});
