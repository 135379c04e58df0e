// A trainee on a cheap phone takes a product photo: how long from choosing it to "Foto terkirim", and how many bytes
// go up? A script that prints figures, not a test (the catalog browser test checks the mechanism):
//
//   npm run photo:upload -- PHOTO[,PHOTO…] [RUNS]
//
// Each photo (any picture the browser reads) is first made a 4000×3000 camera JPEG (12 MP, quality 0.92, cropped to
// 4:3), as a phone camera writes it. Then, for each one and each run, a new trainee on a 360×640 phone with Slow 4G
// (750 kbps up) and a 4× slower CPU opens "Tambah Produk" and picks it. Printed per photo: the camera file, the bytes
// uploaded, the time the phone took to shrink it (until the upload starts), the upload with the server's answer,
// and the time until the page says "Foto terkirim".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';
import { CPU_SLOWDOWN, SLOW_4G } from './measure.js';

const files = (process.argv[2] ?? '').split(',').filter(Boolean);
const runs = Number(process.argv[3] ?? 1);
if (files.length === 0) {
  console.error('usage: npm run photo:upload -- PHOTO[,PHOTO…] [RUNS]');
  process.exit(2);
}

/** The picture as a 12 MP phone camera writes it. */
async function asCameraJpeg(browser: Browser, file: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(async (source) => {
      const bytes = Uint8Array.from(atob(source), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = document.createElement('canvas');
      canvas.width = 4000;
      canvas.height = 3000;
      const scale = Math.max(4000 / bitmap.width, 3000 / bitmap.height);
      const [w, h] = [bitmap.width * scale, bitmap.height * scale];
      canvas.getContext('2d')!.drawImage(bitmap, (4000 - w) / 2, (3000 - h) / 2, w, h);
      return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
    }, readFileSync(file).toString('base64'));
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}

const [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
try {
  const photos = await Promise.all(files.map(async (file) => ({ name: path.basename(file), camera: await asCameraJpeg(browser, file) })));
  const { joinCode } = await createWorkshopClass(app);
  let trainee = 0;
  for (let run = 1; run <= runs; run++) {
    for (const { name, camera } of photos) {
      const phone = await joinOnPhone(browser, app, joinCode, `Peserta ${++trainee}`);
      const page = phone.page;
      const cdp = await phone.context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, connectionType: 'cellular4g' });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${app.url}/toko/produk/baru`, { waitUntil: 'load', timeout: 60_000 });
      await page.getByTestId('product-form').waitFor({ timeout: 60_000 });
      let startedAt = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/api/media') && request.method() === 'POST') startedAt = Date.now();
      });
      const answered = page.waitForResponse((res) => res.url().endsWith('/api/media') && res.request().method() === 'POST', { timeout: 120_000 });
      const picked = Date.now();
      await page.getByTestId('photo-camera').setInputFiles({ name: 'IMG_20261207_101500.jpg', mimeType: 'image/jpeg', buffer: camera });
      const response = await answered;
      const answeredAt = Date.now();
      const bytes = Number((await response.request().headerValue('content-length')) ?? 0);
      await page.getByText('Foto terkirim').waitFor({ timeout: 60_000 });
      const shownAt = Date.now();
      console.log(
        `run ${run} ${name}: camera ${(camera.length / 1e6).toFixed(1)} MB → ${response.status()}, uploaded ${(bytes / 1000).toFixed(0)} KB; ` +
          `shrink ${startedAt - picked} ms, upload and answer ${answeredAt - startedAt} ms, "Foto terkirim" after ${shownAt - picked} ms`,
      );
      await phone.context.close();
    }
  }
} finally {
  await stopTestApp(app, browser);
  await browser.close();
}
