// The programme view (issue 17) on the admin's laptop (1280×720): two classes in two regencies, set up through the
// API; the admin opens "Ringkasan program" from her class list, filters by regency, downloads the CSV, and prints the
// summary: in print media the toolbar is gone and each class's attendance sheet starts on a page of its own
// (print media screenshot).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { laptopContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import { api, collectErrors, fullShot, signInAsFacilitator, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';

test.describe('programme view', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(async () => {
    await stopTestApp(app, browser);
  });

  test('lists, filters, downloads and prints the programme with one attendance sheet per page', async () => {
    test.setTimeout(180_000);
    const { adminToken, ...pringsewu } = await createWorkshopClass(app);
    const kota = await api<{ id: string; joinCode: string }>(
      app,
      'POST',
      '/api/classes',
      { name: 'Pelatihan E-Commerce PKH Kedaton', place: 'Aula Kelurahan Kedaton', date: '2026-11-30', regencyCode: '18.71' },
      adminToken,
    );
    for (const name of ['Sriyati', 'Wartini', 'Sumarni']) await api(app, 'POST', '/api/join', { code: pringsewu.joinCode, displayName: name, village: 'Pekon Ambarawa' });
    await api(app, 'POST', '/api/join', { code: kota.joinCode, displayName: 'Painem', village: 'Kedaton' });

    const context = await laptopContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signInAsFacilitator(page, app);
    await page.getByTestId('programme-link').click();
    await page.waitForURL(/\/fasilitator\/program$/);
    await expect.poll(() => page.getByTestId('programme-class').count()).toBe(2);
    expect(await page.getByTestId('programme-total').textContent()).toContain('Jumlah (2 kelas)');
    await fullShot(page, 'programme-view-1280x720.png');

    // Only Pringsewu's class.
    await page.getByTestId('programme-regency').selectOption('18.10');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/kabupaten=18\.10/);
    await expect.poll(() => page.getByTestId('programme-class').count()).toBe(1);
    expect(await page.getByTestId('programme-class').getAttribute('data-class-id')).toBe(pringsewu.id);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('programme-csv').click()]);
    expect(download.suggestedFilename()).toBe('ringkasan-program-18.10.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('"Sriyati"');
    expect(csv).not.toContain('"Painem"');

    // The print view: both classes (filter cleared), the summary first, then each class's sheet on its own page.
    await page.goto(`${app.url}/fasilitator/program/cetak`, { waitUntil: 'load' });
    await page.getByTestId('programme-summary').waitFor();
    await expect.poll(() => page.getByTestId('programme-attendance').count()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.attendance-toolbar').isVisible()).toBe(false);
    const breaks = await page.getByTestId('programme-attendance').evaluateAll((sheets) => sheets.map((sheet) => getComputedStyle(sheet).breakBefore));
    expect(breaks).toEqual(['page', 'page']);
    await fullShot(page, 'programme-print-a4.png');
    // The same page as a PDF (A4): the summary and two sheets make at least three pages.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    fs.writeFileSync(path.join(ARTIFACTS, 'programme-print-a4.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
