// The money end of the lesson on a seller's phone (360×640): a palm-sugar order is paid in the simulator, shipped at a
// drop point, tracked to the door on a fast class clock and confirmed by the buyer (all through the HTTP API, as the
// checkout and fulfilment browser tests cover those screens). Then, in the browser: "Saldo Penjual" shows the money
// credited less the 5 % admin fee, the seller registers her BCA account with the bank's name check, asks "Tarik Dana",
// and on a fast clock sees it turn "Berhasil" without a reload.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { launchChromium, phoneContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, collectErrors, SESSION_KEY } from '../support/e2e.js';

const LIVE_MS = 10_000;
const TITLE = 'Gula Aren Asli Pringsewu 1 kg';

async function photoJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#f3e3c3"/>
    <rect x="250" y="180" width="300" height="240" rx="30" fill="#7a4a1e"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function fullShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function expectTall(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  expect(box?.height ?? 0, `${testId} is at least 48 px tall`).toBeGreaterThanOrEqual(48);
}

/** Polls an API read until `check` says yes. */
async function until<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('wallet: a completed order reaches Saldo Penjual, a bank account is registered, Tarik Dana succeeds', () => {
  let app: AppProcess;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ env: { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false' }, timeoutMs: 90_000 }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  });

  it('credits the balance less the fee, registers the account, and withdraws on a fast clock', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const { token: admin } = await api<{ token: string }>(app, 'POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const kelas = await api<{ id: string; joinCode: string }>(
      app,
      'POST',
      '/api/classes',
      { name: 'Pelatihan E-Commerce PKH Ambarawa', place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
      admin,
    );
    const clock = (body: Record<string, unknown>) => api(app, 'POST', `/api/classes/${kelas.id}/clock`, body, admin);

    // The seller joins on her phone.
    const context = await phoneContext(browser);
    const seller = await context.newPage();
    const errors = collectErrors(seller);
    await seller.goto(`${app.url}/gabung/${kelas.joinCode}`, { waitUntil: 'load' });
    await seller.getByTestId('class-card').waitFor();
    await seller.getByRole('textbox', { name: /^Nama/ }).fill('Sriyati');
    await seller.getByRole('button', { name: 'Gabung', exact: true }).click();
    await seller.waitForURL(/\/toko$/);
    const session = await seller.evaluate((key) => JSON.parse(window.localStorage.getItem(key)!) as { token: string; shopId: string }, SESSION_KEY);

    // Her palm sugar, and a demo buyer's order of it, paid in the simulator's bank app.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await photoJpeg())], { type: 'image/jpeg' }), 'gula.jpg');
    const photo = (await (await fetch(`${app.url}/api/media`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` }, body: form })).json()) as { id: string };
    const product = await api<{ id: string }>(
      app,
      'POST',
      '/api/products',
      { title: TITLE, description: 'Gula aren cetak dari nira asli Pekon Ambarawa.', price: 25000, stock: 20, weightGrams: 1000, category: 'gula-aren', photoIds: [photo.id] },
      session.token,
    );
    const buyer = await api<{ token: string }>(app, 'POST', '/api/join', { code: kelas.joinCode, displayName: 'Bu Rahma', role: 'buyer' });
    const placed = await fetch(`${app.url}/api/orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${buyer.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({
        address: { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Teuku Umar No. 5, Kedaton', regencyCode: '18.71', district: 'Kedaton' },
        items: [{ productId: product.id, quantity: 1 }],
        shops: [{ shopId: session.shopId, courierCode: 'jne-reg' }],
        paymentMethod: 'bca_va',
      }),
    });
    expect(placed.status).toBe(201);
    const order = ((await placed.json()) as { orders: { id: string; total: number; subtotal: number; payment: { instructions: { vaNumber: string } } }[] }).orders[0]!;
    expect(order.subtotal).toBe(25000);
    await api(app, 'POST', '/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
    const orderState = () => api<{ state: string }>(app, 'GET', `/api/orders/${order.id}`, undefined, buyer.token);
    await until('PAID', orderState, (o) => o.state === 'PAID');

    // Shipped at a JNE drop point near Pringsewu; the courier delivers on a fast clock; the buyer confirms.
    const dropPoints = await api<{ id: string }[]>(app, 'GET', `/api/orders/${order.id}/drop-points`, undefined, session.token);
    await api(app, 'POST', `/api/orders/${order.id}/ship`, { dropPointId: dropPoints[0]!.id }, session.token);
    await until('SHIPPED', orderState, (o) => o.state === 'SHIPPED');
    for (let day = 0; day < 4; day++) await clock({ action: 'jump', minutes: 24 * 60 });
    await until('DELIVERED', orderState, (o) => o.state === 'DELIVERED');
    await api(app, 'POST', `/api/orders/${order.id}/received`, undefined, buyer.token);
    await until('COMPLETED', orderState, (o) => o.state === 'COMPLETED');

    // "Saldo Penjual" from the shop's home: Rp 25.000 less the 5 % admin fee.
    await seller.getByTestId('link-wallet').click();
    await seller.waitForURL(/\/toko\/saldo$/);
    await expect.poll(() => seller.getByTestId('wallet-available').textContent(), { timeout: LIVE_MS }).toBe('Rp 23.750');
    expect(await seller.getByTestId('wallet-held').textContent()).toBe('Rp 0');
    const released = seller.getByTestId('wallet-history').locator('[data-kind="order_released"]').first();
    expect(await released.textContent()).toContain('+Rp 23.750');
    expect(await released.textContent()).toContain('Biaya: Rp 1.250');
    await expectNoSideScroll(seller);
    await expectTall(seller, 'link-withdraw');
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
    await expectTall(seller, 'bank-check');
    await seller.getByTestId('bank-check').click();
    expect(await seller.getByTestId('bank-check-name').textContent()).toBe('SRIYATI SPD');
    expect(await seller.getByTestId('bank-save').isDisabled()).toBe(true);
    await seller.getByTestId('bank-confirm-own').check();
    await expectNoSideScroll(seller);
    await fullShot(seller, 'wallet-bank-check-360x640.png');
    await seller.getByTestId('bank-save').click();
    await seller.getByTestId('bank-account-current').waitFor();
    expect(await seller.getByTestId('bank-account-current').textContent()).toContain('BCA 1234 5678 90');

    // Tarik Dana: everything; the fee shown; a double tap makes one withdrawal.
    await seller.getByTestId('link-withdraw').click();
    await seller.waitForURL(/\/toko\/tarik-dana$/);
    await seller.getByTestId('withdraw-all').click();
    expect(await seller.getByTestId('withdraw-net').textContent()).toBe('Rp 21.250');
    await seller.getByTestId('withdraw-submit').click();
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
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
