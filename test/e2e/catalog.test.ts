// Lesson one of the workshop on two phones: a trainee posts a product with a photo through the guided form,
// and a classmate already looking at the class market sees it appear without reloading, then opens it.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcess } from '../support/app-process.js';
import { ARTIFACTS } from '../support/paths.js';
import {
  expectNoSideScroll,
  expectTall,
  expectTapTarget,
  fullShot,
  joinOnPhone,
  markPage,
  startAppAndChromium,
  stillTheSamePage,
  stopAppAndChromium,
} from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';

/** "Live" means without a reload, within a few seconds. */
const LIVE_MS = 5_000;
const TITLE = 'Telur Bebek Asin Pringsewu';

/** A phone camera's photo: 2400×1800, drawn on a canvas and saved as JPEG by the browser itself. */
async function cameraJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const ctx = canvas.getContext('2d')!;
    const sky = ctx.createLinearGradient(0, 0, 0, 1800);
    sky.addColorStop(0, '#f3e3c3');
    sky.addColorStop(1, '#c99a5b');
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, 2400, 1800);
    // A woven tray with eggs on it, and some grain so the JPEG is not trivially small.
    ctx.fillStyle = '#8b5a2b';
    ctx.beginPath();
    ctx.ellipse(1200, 1150, 900, 380, 0, 0, Math.PI * 2);
    ctx.fill();
    for (let i = 0; i < 12; i++) {
      ctx.fillStyle = i % 2 ? '#dfe8e4' : '#c9dcd5';
      ctx.beginPath();
      ctx.ellipse(560 + (i % 6) * 250, 1000 + Math.floor(i / 6) * 220, 110, 140, 0.2, 0, Math.PI * 2);
      ctx.fill();
    }
    const noise = ctx.getImageData(0, 0, 2400, 300);
    for (let i = 0; i < noise.data.length; i += 4) noise.data[i] = (noise.data[i]! + ((i * 7919) % 37)) & 255;
    ctx.putImageData(noise, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

describe('catalog: a trainee posts a product with a photo, a classmate sees it live', () => {
  let app: AppProcess;
  let browser: Browser;
  beforeAll(async () => {
    ({ app, browser } = await startAppAndChromium());
  });
  afterAll(() => stopAppAndChromium(app, browser));

  it('posts "Telur Bebek Asin" through the guided form and shows it on the other phone at once', async () => {
    // The facilitator's class, created through the API.
    const created = await createWorkshopClass(app);
    const code = created.joinCode;

    // The second participant (a demo buyer) is already looking at the class market.
    const { context: buyerContext, page: buyer, errors: buyerErrors } = await joinOnPhone(browser, app, code, 'Bu Rahma', { buyer: true });
    await buyer.getByTestId('buyer-home').waitFor();
    await buyer.getByRole('link', { name: 'Lihat Pasar Kelas' }).click();
    await buyer.waitForURL(/\/pasar$/);
    await buyer.getByTestId('storefront-empty').waitFor();
    await expect.poll(() => buyer.getByTestId('storefront').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
    await markPage(buyer);

    // The trainee joins and opens "Produk Saya" from her shop's home.
    const { context: traineeContext, page: phone, errors: traineeErrors } = await joinOnPhone(browser, app, code, 'Sriyati');
    await phone.getByRole('link', { name: 'Produk Saya' }).click();
    await phone.getByTestId('my-products-empty').waitFor();
    await phone.getByRole('link', { name: 'Tambah Produk' }).click();
    await phone.waitForURL(/\/toko\/produk\/baru$/);

    // Step 1: a photo from the camera, shrunk in the browser and uploaded with its progress shown.
    const step = phone.getByTestId('step-counter');
    expect(await step.textContent()).toBe('Langkah 1 dari 7');
    const photo = await cameraJpeg(phone);
    expect(photo.length).toBeGreaterThan(50_000);
    const uploaded = phone.waitForResponse((res) => res.url().endsWith('/api/media') && res.request().method() === 'POST');
    await phone.getByTestId('photo-camera').setInputFiles({ name: 'IMG_20261128_101500.jpg', mimeType: 'image/jpeg', buffer: photo });
    const upload = await uploaded;
    expect(upload.status()).toBe(201);
    const stored = (await upload.json()) as { width: number; height: number };
    // 2400×1800 went up as 1280×960: the browser shrank it before sending.
    expect([stored.width, stored.height]).toEqual([1280, 960]);
    expect(Number((await upload.request().headerValue('content-length')) ?? '0')).toBeLessThan(500_000 + 1_000);
    await phone.getByText('Foto terkirim').waitFor();
    await expect.poll(() => phone.getByRole('img', { name: 'Foto produk ke-1' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectTapTarget(phone, 'Lanjut');
    await expectNoSideScroll(phone);
    await fullShot(phone, 'catalog-guided-form-photo-360x640.png');
    await phone.getByRole('button', { name: 'Lanjut' }).click();

    // Steps 2–7: one question each.
    await expect.poll(() => step.textContent()).toBe('Langkah 2 dari 7');
    await phone.getByRole('textbox', { name: /Nama produk/ }).fill(TITLE);
    await phone.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => step.textContent()).toBe('Langkah 3 dari 7');
    await phone.getByRole('textbox', { name: /Harga/ }).fill('25000');
    await phone.getByText('Pembeli melihat: Rp 25.000').waitFor();
    await phone.screenshot({ path: path.join(ARTIFACTS, 'catalog-guided-form-price-360x640.png') });
    await phone.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => step.textContent()).toBe('Langkah 4 dari 7');
    await phone.getByRole('textbox', { name: /Stok/ }).fill('30');
    await phone.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => step.textContent()).toBe('Langkah 5 dari 7');
    await phone.getByRole('button', { name: '1 kg = 1000 gram' }).click();
    await phone.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => step.textContent()).toBe('Langkah 6 dari 7');
    await phone.getByText('Telur bebek', { exact: true }).click();
    await phone.getByRole('textbox', { name: /Tahan berapa hari/ }).fill('14');
    await expectNoSideScroll(phone);
    await fullShot(phone, 'catalog-guided-form-category-360x640.png');
    await phone.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => step.textContent()).toBe('Langkah 7 dari 7');
    await phone.getByRole('textbox', { name: /Keterangan produk/ }).fill('Telur bebek asin dari Pekon Ambarawa, masir dan gurih. Dibungkus rapi.');
    await phone.getByRole('button', { name: 'Lanjut' }).click();

    // The preview: how buyers will see it.
    await expect.poll(() => step.textContent()).toBe('Langkah terakhir: periksa');
    const preview = phone.getByTestId('product-preview');
    expect(await preview.getByTestId('product-price').textContent()).toBe('Rp 25.000');
    expect(await preview.getByTestId('perishable-badge').textContent()).toBe('Mudah basi: hanya dikirim ke area terdekat');
    await fullShot(phone, 'catalog-guided-form-preview-360x640.png');

    // A double tap posts once.
    const post = phone.getByRole('button', { name: 'Posting Produk' });
    await expectTapTarget(phone, 'Posting Produk');
    await post.dblclick();
    await phone.waitForURL(/\/toko\/produk$/);
    expect(await phone.getByTestId('saved-note').textContent()).toBe(`"${TITLE}" sudah tampil di Pasar.`);
    await expect.poll(() => phone.getByTestId('my-product').count()).toBe(1);
    expect(await phone.getByTestId('my-product-stock').textContent()).toBe('30');
    await expectNoSideScroll(phone);
    await fullShot(phone, 'catalog-my-products-360x640.png');

    // The other phone: the product appears live, without a reload.
    const card = buyer.getByTestId('product-card').filter({ hasText: TITLE });
    await card.waitFor({ timeout: LIVE_MS });
    expect(await buyer.getByTestId('product-card').count()).toBe(1);
    expect(await stillTheSamePage(buyer)).toBe(true);
    expect(await card.getByText('Rp 25.000').count()).toBe(1);
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // A 2× phone at 360 px takes the 480 px card, never the full photo.
    expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-card\.webp$/);
    await expectNoSideScroll(buyer);
    await buyer.screenshot({ path: path.join(ARTIFACTS, 'catalog-storefront-360x640.png') });

    // ...and opens its page.
    await card.getByRole('link').click();
    await buyer.waitForURL(/\/pasar\/produk\/[0-9a-f-]{36}$/);
    await buyer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await buyer.getByTestId('product-price').textContent()).toBe('Rp 25.000');
    expect(await buyer.getByTestId('product-stock').textContent()).toBe('30 tersedia');
    expect(await buyer.getByTestId('product-weight').textContent()).toBe('1 kg');
    expect(await buyer.getByTestId('perishable-badge').isVisible()).toBe(true);
    const galleryPhoto = buyer.getByRole('img', { name: `${TITLE}, foto 1 dari 1` });
    await expect.poll(() => galleryPhoto.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await buyer.getByRole('link', { name: 'Kunjungi Toko' }).count()).toBe(1);
    await expectNoSideScroll(buyer);
    await fullShot(buyer, 'catalog-product-page-360x640.png');

    // A restock on "Produk Saya" reaches the open product page live.
    const plusOne = phone.getByRole('button', { name: `Tambah 1 stok ${TITLE}` });
    await expectTall(plusOne, `"Tambah 1 stok ${TITLE}"`);
    await plusOne.click();
    await expect.poll(() => phone.getByTestId('my-product-stock').textContent()).toBe('31');
    await expect.poll(() => buyer.getByTestId('product-stock').textContent(), { timeout: LIVE_MS }).toBe('31 tersedia');

    // The upload kept no GPS or camera data: the stored photo is a clean WebP.
    const photoUrl = await galleryPhoto.evaluate((img: HTMLImageElement) => img.currentSrc);
    const served = await fetch(photoUrl);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toMatch(/immutable/);

    expect(traineeErrors).toEqual([]);
    expect(buyerErrors).toEqual([]);
    await Promise.all([buyerContext.close(), traineeContext.close()]);
  });
});
