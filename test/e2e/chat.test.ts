// Chat on two phones at 360×640: a buyer asks about palm sugar with "Chat Penjual", the seller answers with a quick
// reply, and both see it live. Then the fraud lesson: the buyer places an order with a BCA virtual account, does not
// pay, and sends a "bukti transfer" picture in chat. The order stays Belum Bayar, and the order card on the seller's
// phone, read from the system, says so.
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { ARTIFACTS } from '../support/paths.js';
import { api, expectNoSideScroll, expectTall, joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass, PALM_SUGAR as TITLE, placeOrder, postPalmSugar, svgJpeg } from '../support/workshop.js';

const LIVE_MS = 8_000;
const QUESTION = 'Kak, gula arennya masih ada?';
const QUICK_REPLY = 'Stok masih tersedia, silakan diorder';

/** A fake "bukti transfer": a screenshot-like receipt that says BERHASIL. It pays nothing. */
const fakeProof = () =>
  svgJpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900">
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

test.describe('chat: a question answered with a quick reply, and a fake transfer proof that pays nothing', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('delivers both ways live, and keeps the order Belum Bayar whatever the chat shows', async () => {
    test.setTimeout(120_000);
    const created = await createWorkshopClass(app);

    // The seller joins on her phone; her palm sugar is posted through the API.
    const { page: seller, errors: sellerErrors, token: sellerToken, session: sellerSession } = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    const product = await postPalmSugar(app, sellerToken);

    // She waits on her chat inbox (the header's chat icon).
    await seller.getByTestId('chat-link').click();
    await seller.waitForURL(/\/chat$/);
    await expect.poll(() => seller.getByTestId('chat-list').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');

    // The buyer opens the product and taps "Chat Penjual": the product card is attached.
    const { page: buyer, errors: buyerErrors, token: buyerToken } = await joinOnPhone(browser, app, created.joinCode, 'Bu Rahma', { buyer: true });
    await buyer.goto(`${app.url}/pasar/produk/${product.id}`, { waitUntil: 'load' });
    await buyer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const chatButton = buyer.getByRole('button', { name: 'Chat Penjual' });
    await expectTall(chatButton, '"Chat Penjual"');
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
    const { id: orderId } = await placeOrder(app, buyerToken, { productId: product.id, shopId: sellerSession.shopId });

    // From her order page, "Chat Penjual" attaches the order card; then the fake proof, with words.
    await buyer.goto(`${app.url}/pesanan/${orderId}`, { waitUntil: 'load' });
    await buyer.getByRole('button', { name: 'Chat Penjual' }).click();
    await buyer.waitForURL(`**/chat/${conversationId}`);
    const buyerCard = buyer.getByTestId('chat-thread').getByTestId('chat-order-card');
    await buyerCard.waitFor();
    expect(await buyerCard.getByTestId('chat-order-status').getAttribute('data-state')).toBe('AWAITING_PAYMENT');
    // The photo's upload is held, so the "uploading" line is surely there: when it goes, "Kirim" must not move (a tap
    // as it went once missed the button, and her words stayed in the box).
    let releaseUpload!: () => void;
    const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve));
    await buyer.route('**/api/media', async (route) => {
      if (route.request().method() === 'POST') await uploadHeld;
      await route.fallback();
    });
    await buyer.getByTestId('chat-image-input').setInputFiles({ name: 'bukti-transfer.jpg', mimeType: 'image/jpeg', buffer: await fakeProof() });
    const uploading = buyer.getByRole('status').filter({ hasText: 'Mengunggah foto' });
    await uploading.waitFor();
    const sendBox = async () => (await buyer.getByTestId('chat-send').boundingBox())!;
    const whileUploading = await sendBox();
    releaseUpload();
    await buyer.locator('[data-testid="chat-message"][data-kind="image"]').waitFor({ timeout: LIVE_MS });
    await uploading.waitFor({ state: 'detached', timeout: LIVE_MS });
    // Within a pixel (a scaled picture's height has a fraction); a jump was 158 px.
    const afterUpload = await sendBox();
    expect(Math.abs(afterUpload.y - whileUploading.y)).toBeLessThan(1);
    expect(afterUpload.x).toBe(whileUploading.x);
    // Nor does it move between the composer stuck at the screen's bottom (the page a little above its end) and the
    // page scrolled to its very end: which of the two a picture's arrival left was a race (it moved 9 px once).
    const kirimAt = async (top: 'end' | 'above') => {
      await buyer.evaluate((where) => {
        const root = document.scrollingElement ?? document.documentElement;
        window.scrollTo(0, root.scrollHeight - window.innerHeight - (where === 'end' ? 0 : 60));
      }, top);
      await buyer.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
      return (await sendBox()).y;
    };
    const atEnd = await kirimAt('end');
    const stuck = await kirimAt('above');
    expect(Math.abs(atEnd - stuck)).toBeLessThan(1);
    await buyer.unroute('**/api/media');
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
  });
});
