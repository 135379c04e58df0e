// Chat on two phones at 360×640: a buyer asks about palm sugar with "Chat Penjual", the seller answers with a quick
// reply, and both see it live. Then the fraud lesson: the buyer places an order with a BCA virtual account, does not
// pay, and sends a "bukti transfer" picture in chat. The order stays Belum Bayar, and the order card on the seller's
// phone, read from the system, says so.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { launchChromium, phoneContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, collectErrors, SESSION_KEY } from '../support/e2e.js';

const LIVE_MS = 8_000;
const TITLE = 'Gula Aren Asli Pringsewu 1 kg';
const QUESTION = 'Kak, gula arennya masih ada?';
const QUICK_REPLY = 'Stok masih tersedia, silakan diorder';

async function jpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** A fake "bukti transfer": a screenshot-like receipt that says BERHASIL. It pays nothing. */
const fakeProof = () =>
  jpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900">
    <rect width="600" height="900" fill="#ffffff"/>
    <rect x="0" y="0" width="600" height="120" fill="#0060af"/>
    <text x="40" y="80" font-size="48" fill="#ffffff" font-family="sans-serif">m-Transfer</text>
    <text x="40" y="260" font-size="56" fill="#1a7f37" font-family="sans-serif">BERHASIL</text>
    <text x="40" y="360" font-size="36" fill="#333" font-family="sans-serif">Rp 36.000</text>
  </svg>`);

/** What the phone's screen shows (sticky header and composer included), not a stitched full page. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function join(page: Page, url: string, name: string): Promise<string> {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('class-card').waitFor();
  await page.getByRole('textbox', { name: /^Nama/ }).fill(name);
  await page.getByRole('button', { name: 'Gabung', exact: true }).click();
  await page.waitForURL(/\/toko$/);
  return page.evaluate((key) => (JSON.parse(window.localStorage.getItem(key)!) as { token: string }).token, SESSION_KEY);
}

describe('chat: a question answered with a quick reply, and a fake transfer proof that pays nothing', () => {
  let app: AppProcess;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ env: { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false' } }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  });

  it('delivers both ways live, and keeps the order Belum Bayar whatever the chat shows', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const { token: adminToken } = await api<{ token: string }>(app, 'POST', '/api/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const created = await api<{ id: string; joinCode: string }>(
      app,
      'POST',
      '/api/classes',
      { name: 'Pelatihan E-Commerce PKH Ambarawa', place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
      adminToken,
    );

    // The seller joins on her phone; her palm sugar is posted through the API.
    const seller = await (await phoneContext(browser)).newPage();
    const sellerErrors = collectErrors(seller);
    const sellerToken = await join(seller, `${app.url}/gabung/${created.joinCode}`, 'Sriyati');
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(await jpeg('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#7a4a1e"/></svg>'))], {
        type: 'image/jpeg',
      }),
      'gula.jpg',
    );
    const photo = (await (await fetch(`${app.url}/api/media`, { method: 'POST', headers: { Authorization: `Bearer ${sellerToken}` }, body: form })).json()) as {
      id: string;
    };
    const product = await api<{ id: string }>(
      app,
      'POST',
      '/api/products',
      { title: TITLE, description: 'Gula aren cetak dari nira asli, tanpa campuran.', price: 25000, stock: 20, weightGrams: 1000, category: 'gula-aren', photoIds: [photo.id] },
      sellerToken,
    );
    const shop = await api<{ id: string }>(app, 'GET', '/api/shops/mine', undefined, sellerToken);

    // She waits on her chat inbox (the header's chat icon).
    await seller.getByTestId('chat-link').click();
    await seller.waitForURL(/\/chat$/);
    await expect.poll(() => seller.getByTestId('chat-list').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');

    // The buyer opens the product and taps "Chat Penjual": the product card is attached.
    const buyer = await (await phoneContext(browser)).newPage();
    const buyerErrors = collectErrors(buyer);
    const buyerToken = await join(buyer, `${app.url}/gabung/${created.joinCode}?peran=pembeli`, 'Bu Rahma');
    await buyer.goto(`${app.url}/pasar/produk/${product.id}`, { waitUntil: 'load' });
    await buyer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const chatButton = buyer.getByRole('button', { name: 'Chat Penjual' });
    expect((await chatButton.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
    await chatButton.click();
    await buyer.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    const conversationId = /\/chat\/([0-9a-f-]{36})$/.exec(buyer.url())![1]!;
    await buyer.getByTestId('chat-product-card').filter({ hasText: TITLE }).waitFor();
    expect(await buyer.getByTestId('chat-title').textContent()).toBe('Toko Sriyati');
    await expect.poll(() => buyer.getByTestId('chat-page').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
    await buyer.getByTestId('chat-input').fill(QUESTION);
    await buyer.getByTestId('chat-send').click();
    await buyer.getByTestId('chat-message').filter({ hasText: QUESTION }).waitFor();

    // The seller's inbox shows the question live, unread with the product card before it; she opens it.
    const row = seller.getByTestId('chat-row').filter({ hasText: 'Bu Rahma' });
    await row.filter({ hasText: QUESTION }).waitFor({ timeout: LIVE_MS });
    expect(await row.getByTestId('chat-unread').textContent()).toBe('2');
    await row.click();
    await seller.waitForURL(`**/chat/${conversationId}`);
    await seller.getByTestId('chat-message').filter({ hasText: QUESTION }).waitFor();
    await expect.poll(() => seller.getByTestId('chat-page').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
    // Her phone read it: the buyer's ✓✓ turns to read without a reload.
    await expect
      .poll(() => buyer.getByTestId('chat-message').filter({ hasText: QUESTION }).getByTestId('chat-ticks').getAttribute('data-ticks'), { timeout: LIVE_MS })
      .toBe('read');

    // "Balasan cepat": one tap fills the box with the workshop's phrase, "Kirim" sends it.
    await seller.getByTestId('quick-reply-toggle').click();
    await seller.getByTestId('quick-replies').getByRole('button', { name: QUICK_REPLY }).click();
    expect(await seller.getByTestId('chat-input').inputValue()).toBe(QUICK_REPLY);
    await seller.getByTestId('chat-send').click();
    await seller.getByTestId('chat-message').filter({ hasText: QUICK_REPLY }).waitFor();
    // The buyer sees the answer live.
    await buyer.getByTestId('chat-message').filter({ hasText: QUICK_REPLY }).waitFor({ timeout: LIVE_MS });
    await expectNoSideScroll(buyer);
    await expectNoSideScroll(seller);
    await shot(buyer, 'chat-buyer-answered-360x640.png');
    await shot(seller, 'chat-seller-quick-reply-360x640.png');

    // The buyer orders with a BCA virtual account, and does not pay.
    const placed = await fetch(`${app.url}/api/orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${buyerToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        address: { recipient: 'Bu Rahma', phone: '081234567890', street: 'Jl. Teuku Umar No. 5, Kedaton', regencyCode: '18.71', district: 'Kedaton' },
        items: [{ productId: product.id, quantity: 1 }],
        shops: [{ shopId: shop.id, courierCode: 'jne-reg' }],
        paymentMethod: 'bca_va',
      }),
    });
    expect(placed.status).toBe(201);
    const orderId = ((await placed.json()) as { orders: { id: string }[] }).orders[0]!.id;

    // From her order page, "Chat Penjual" attaches the order card; then the fake proof, with words.
    await buyer.goto(`${app.url}/pesanan/${orderId}`, { waitUntil: 'load' });
    await buyer.getByRole('button', { name: 'Chat Penjual' }).click();
    await buyer.waitForURL(`**/chat/${conversationId}`);
    const buyerCard = buyer.getByTestId('chat-thread').getByTestId('chat-order-card');
    await buyerCard.waitFor();
    expect(await buyerCard.getByTestId('chat-order-status').getAttribute('data-state')).toBe('AWAITING_PAYMENT');
    await buyer.getByTestId('chat-image-input').setInputFiles({ name: 'bukti-transfer.jpg', mimeType: 'image/jpeg', buffer: await fakeProof() });
    await buyer.locator('[data-testid="chat-message"][data-kind="image"]').waitFor({ timeout: LIVE_MS });
    await buyer.getByTestId('chat-input').fill('Sudah transfer ya kak, ini buktinya. Tolong langsung dikirim');
    await buyer.getByTestId('chat-send').click();

    // The seller's phone, still open: the card, the picture and the words arrive live. The card says Belum Bayar.
    const sellerCard = seller.getByTestId('chat-thread').getByTestId('chat-order-card');
    await sellerCard.waitFor({ timeout: LIVE_MS });
    await seller.locator('[data-testid="chat-message"][data-kind="image"]').waitFor({ timeout: LIVE_MS });
    await seller.getByTestId('chat-message').filter({ hasText: 'Sudah transfer ya kak' }).waitFor({ timeout: LIVE_MS });
    const status = sellerCard.getByTestId('chat-order-status');
    expect(await status.getAttribute('data-state')).toBe('AWAITING_PAYMENT');
    expect(await status.textContent()).toContain('Belum Bayar');
    expect(await sellerCard.textContent()).toContain('Jangan kirim barang sebelum sistem mengonfirmasi pembayaran');
    // Beside the chat, the buyer's orders with the shop say the same.
    await seller.getByTestId('buyer-orders').waitFor({ timeout: LIVE_MS });
    expect(await seller.getByTestId('buyer-orders').getByTestId('chat-order-status').first().getAttribute('data-state')).toBe('AWAITING_PAYMENT');
    // And the system agrees: nothing in chat paid the order.
    const order = await api<{ state: string }>(app, 'GET', `/api/orders/${orderId}`, undefined, sellerToken);
    expect(order.state).toBe('AWAITING_PAYMENT');
    // No buyer phone number reached the seller's chat.
    expect(await seller.getByTestId('chat-thread').textContent()).not.toContain('081234567890');
    await expectNoSideScroll(seller);
    await sellerCard.scrollIntoViewIfNeeded();
    await shot(seller, 'chat-seller-fake-proof-360x640.png');
    await shot(buyer, 'chat-buyer-fake-proof-360x640.png');

    expect(sellerErrors).toEqual([]);
    expect(buyerErrors).toEqual([]);
  }, 120_000);
});
