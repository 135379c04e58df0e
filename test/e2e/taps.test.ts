// Taps from the seller's home at 360×640, counted and held to the budgets of DESIGN ("Fewer taps, the seller's way"):
// ship a paid order in ≤ 3 taps (the "Perlu Dikirim" counter, "Kirim" on the card, "Sudah diserahkan" in its sheet) and,
// once a bank account exists, withdraw in ≤ 4 ("Saldo", "Tarik Dana", "Tarik semua", "Ya, Tarik Dana").
// The order, its payment, delivery and the bank account go through the HTTP API: other browser tests cover those screens.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { api, expectTall, fullShot, joinOnPhone, startTestApp, stopTestApp, until } from '../support/e2e.js';
import { createWorkshopClass, orderState, payInSimulator, placeOrder, postPalmSugar } from '../support/workshop.js';

const LIVE_MS = 15_000;
const BUDGET = { ship: 3, withdraw: 4 } as const;

/** Counts each tap; every tap target is thumb-sized. */
function tapCounter(page: Page) {
  const taps: string[] = [];
  return {
    taps,
    async tap(locator: Locator, what: string) {
      await locator.waitFor({ timeout: LIVE_MS });
      await expectTall(locator, what);
      taps.push(what);
      await locator.click();
    },
    reset: () => taps.splice(0),
    page,
  };
}

test.describe('taps from the seller\'s home (360×640)', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(180_000);
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test(`ships a paid order in ≤ ${BUDGET.ship} taps and withdraws in ≤ ${BUDGET.withdraw}`, async () => {
    test.setTimeout(240_000);
    const { adminToken: admin, ...kelas } = await createWorkshopClass(app);
    const { page, errors, session } = await joinOnPhone(browser, app, kelas.joinCode, 'Sriyati');
    const product = await postPalmSugar(app, session.token);
    const buyer = await api<{ token: string }>(app, 'POST', '/api/join', { code: kelas.joinCode, displayName: 'Bu Rahma', role: 'buyer' });
    const order = await placeOrder(app, buyer.token, { productId: product.id, shopId: session.shopId });
    await payInSimulator(app, order, buyer.token);
    const state = () => orderState(app, order.id, buyer.token);

    // Ship, from home.
    await page.goto(`${app.url}/toko`, { waitUntil: 'load' });
    await expect.poll(() => page.getByTestId('todo-toShip-count').textContent(), { timeout: LIVE_MS }).toBe('1');
    await fullShot(page, 'taps-home-360x640.png');
    const counter = tapCounter(page);
    await counter.tap(page.getByTestId('todo-toShip'), 'Perlu Dikirim');
    await counter.tap(page.getByTestId('ship-open'), 'Kirim');
    await page.getByTestId('drop-point').first().waitFor({ timeout: LIVE_MS });
    expect(await page.getByTestId('drop-point').first().locator('input').isChecked()).toBe(true);
    await fullShot(page, 'taps-ship-sheet-360x640.png');
    await counter.tap(page.getByTestId('ship-hand-over'), 'Sudah diserahkan');
    await page.getByTestId('shipped-note').waitFor({ timeout: LIVE_MS });
    await until('SHIPPED', state, (s) => s === 'SHIPPED');
    console.log(`ship: ${counter.taps.length} taps (${counter.taps.join(' → ')})`);
    expect(counter.taps.length, `ship taps: ${counter.taps.join(' → ')}`).toBeLessThanOrEqual(BUDGET.ship);

    // Delivered on a fast clock, confirmed by the buyer; the bank account registered (its screen has its own test).
    for (let day = 0; day < 4; day++) await api(app, 'POST', `/api/classes/${kelas.id}/clock`, { action: 'jump', minutes: 24 * 60 }, admin);
    await until('DELIVERED', state, (s) => s === 'DELIVERED');
    await api(app, 'POST', `/api/orders/${order.id}/received`, undefined, buyer.token);
    await until('COMPLETED', state, (s) => s === 'COMPLETED');
    const check = await api<{ bankHolderName: string }>(app, 'POST', '/api/wallet/bank-account/check', { bankCode: 'bca', accountNumber: '1234567890', holderName: 'Sriyati' }, session.token);
    await api(app, 'PUT', '/api/wallet/bank-account', { bankCode: 'bca', accountNumber: '1234567890', holderName: 'Sriyati', confirmedHolderName: check.bankHolderName, confirmOwn: true }, session.token);

    // Withdraw, from home.
    await page.goto(`${app.url}/toko`, { waitUntil: 'load' });
    await page.getByTestId('trainee-home').waitFor();
    counter.reset();
    await counter.tap(page.getByTestId('nav-wallet'), 'Saldo');
    await expect.poll(() => page.getByTestId('wallet-available').textContent(), { timeout: LIVE_MS }).toBe('Rp 23.750');
    await counter.tap(page.getByTestId('link-withdraw'), 'Tarik Dana');
    await counter.tap(page.getByTestId('withdraw-all'), 'Tarik semua');
    expect(await page.getByTestId('withdraw-amount').inputValue()).toBe('23.750');
    await fullShot(page, 'taps-withdraw-confirm-360x640.png');
    await counter.tap(page.getByRole('button', { name: 'Ya, Tarik Dana' }), 'Ya, Tarik Dana');
    await page.getByTestId('withdraw-done').waitFor({ timeout: LIVE_MS });
    console.log(`withdraw: ${counter.taps.length} taps (${counter.taps.join(' → ')})`);
    expect(counter.taps.length, `withdraw taps: ${counter.taps.join(' → ')}`).toBeLessThanOrEqual(BUDGET.withdraw);
    expect(errors).toEqual([]);
  });
});
