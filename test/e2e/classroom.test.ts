// A class as it happens in the hall: the facilitator's laptop on the projector, phones joining by the code.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Download } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { laptopContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import {
  collectErrors,
  expectNoSideScroll,
  joinOnPhone,
  markPage,
  SESSION_KEY,
  signInAsFacilitator,
  startTestApp,
  stillTheSamePage,
  stopTestApp,
} from '../support/e2e.js';
import { WORKSHOP_CLASS } from '../support/workshop.js';

/** "Live" means without a reload, within a few seconds. */
const LIVE_MS = 5_000;

test.describe('classroom: a facilitator creates a class and phones join it live', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('shows Sriyati and Siti on the projector as they join, and lists both in the attendance CSV', async () => {
    // The facilitator signs in on the laptop and creates the class.
    const laptop = await laptopContext(browser);
    const laptopPage = await laptop.newPage();
    const consoleErrors = collectErrors(laptopPage);
    await signInAsFacilitator(laptopPage, app);

    await laptopPage.getByRole('button', { name: 'Buat Kelas' }).click();
    await laptopPage.getByLabel('Nama kelas').fill(WORKSHOP_CLASS.name);
    await laptopPage.getByLabel('Tempat').fill(WORKSHOP_CLASS.place);
    await expect.poll(() => laptopPage.getByLabel('Kabupaten / kota').inputValue(), { timeout: 10_000 }).toBe('18.10');
    await laptopPage.getByRole('button', { name: 'Buat Kelas' }).last().click();
    await laptopPage.waitForURL(/\/fasilitator\/kelas\/[0-9a-f-]{36}$/);
    const classId = laptopPage.url().split('/').at(-1)!;
    const code = (await laptopPage.getByTestId('join-code').getAttribute('aria-label'))!;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    // The projector page, at 1280×720, hears the class live.
    await laptopPage.getByRole('link', { name: 'Buka layar proyektor' }).click();
    await laptopPage.waitForURL(/\/proyektor$/);
    const projector = laptopPage;
    expect(await projector.getByTestId('projector-code').textContent()).toBe(`${code.slice(0, 3).split('').join(' ')} · ${code.slice(3).split('').join(' ')}`);
    await expect.poll(() => projector.getByRole('img', { name: /Kode QR/ }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => projector.getByTestId('live-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('live');
    expect(await projector.getByTestId('projector-count').textContent()).toBe('0 peserta sudah bergabung');
    // Marks this document: if the page reloaded, the mark would be gone.
    await markPage(projector);

    // Two phones join by the code.
    const sriyati = await joinOnPhone(browser, app, code, 'Sriyati', { village: 'Pekon Ambarawa' });
    await sriyati.page.getByRole('heading', { level: 1, name: 'Halo, Sriyati!' }).waitFor();
    const names = projector.getByTestId('projector-names');
    await expect.poll(() => names.getByRole('listitem').allTextContents(), { timeout: LIVE_MS }).toEqual(['Sriyati']);
    const siti = await joinOnPhone(browser, app, code, 'Siti');
    await siti.page.getByRole('heading', { level: 1, name: 'Halo, Siti!' }).waitFor();
    await expect.poll(() => names.getByRole('listitem').allTextContents(), { timeout: LIVE_MS }).toEqual(['Siti', 'Sriyati']);
    await expect.poll(() => projector.getByTestId('projector-count').textContent(), { timeout: LIVE_MS }).toBe('2 peserta sudah bergabung');
    expect(await stillTheSamePage(projector)).toBe(true);
    // The join code is readable from the back of the hall.
    const codeSize = await projector.getByTestId('projector-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThanOrEqual(64);
    await projector.screenshot({ path: path.join(ARTIFACTS, 'classroom-projector-1280x720.png') });
    // Nothing on the wall covers anything else: the app reached at 127.0.0.1 is not an address phones can open, so
    // the address picker shows beside the code, and the mission counters below must leave it (and its button) whole.
    await expect.poll(() => projector.locator('[data-testid="mission-counter"]').count(), { timeout: LIVE_MS }).toBe(9);
    // With `scrolled`, each control is first scrolled into view within its column, as the facilitator's mouse wheel would.
    const coveredControls = (scrolled = false) =>
      projector.evaluate((scrolled) => {
        const controls = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="projector"] :is(button, input, a, [data-testid="projector-code"], img)'));
        return controls.flatMap((control) => {
          if (control.getBoundingClientRect().width === 0 || control.closest('.mission-counters')) return [];
          if (scrolled) control.scrollIntoView({ block: 'nearest' });
          const box = control.getBoundingClientRect();
          const counters = document.querySelector('.mission-counters')!.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const inView = box.top >= 0 && box.bottom <= window.innerHeight;
          const clear = box.bottom <= counters.top || box.top >= counters.bottom;
          return inView && clear && hit !== null && (hit === control || control.contains(hit)) ? [] : [`${control.tagName} "${control.textContent?.trim() ?? ''}" ${Math.round(box.top)}–${Math.round(box.bottom)} px`];
        });
      }, scrolled);
    expect(await projector.getByTestId('join-address').isVisible()).toBe(true);
    expect(await coveredControls()).toEqual([]);
    // An older projector's 1024×768: the counters take two rows, and the picker's form is reached by scrolling the
    // join column, never under the counters.
    await projector.setViewportSize({ width: 1024, height: 768 });
    await projector.screenshot({ path: path.join(ARTIFACTS, 'classroom-projector-1024x768.png') });
    expect(await coveredControls(true)).toEqual([]);
    await projector.setViewportSize({ width: 1280, height: 720 });

    // The trainee's home on her phone: her name, her class, the class clock and her shop.
    const phone = sriyati.page;
    await phone.getByTestId('shop-card').waitFor();
    expect(await phone.getByTestId('shop-name').textContent()).toBeTruthy();
    await phone.getByTestId('sim-clock-time').waitFor();
    expect(await phone.getByText(`Kelas: ${WORKSHOP_CLASS.name}`).count()).toBe(1);
    await expectNoSideScroll(phone);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'classroom-trainee-home-360x640.png'), fullPage: true });

    // A reload keeps the same person on the phone.
    await phone.reload({ waitUntil: 'load' });
    await phone.getByRole('heading', { level: 1, name: 'Halo, Sriyati!' }).waitFor();

    // The attendance CSV lists both, fetched with the facilitator's token...
    const session = JSON.parse((await projector.evaluate((key) => localStorage.getItem(key), SESSION_KEY))!) as { token: string };
    const res = await fetch(`${app.url}/api/classes/${classId}/attendance.csv`, { headers: { Authorization: `Bearer ${session.token}` } });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain('"Sriyati"');
    expect(csv).toContain('"Pekon Ambarawa"');
    expect(csv).toContain('"Siti"');

    // ...and through the console's download button, as the facilitator gets it.
    await projector.getByRole('link', { name: 'Kembali' }).click();
    await projector.waitForURL(/\/fasilitator\/kelas\/[0-9a-f-]{36}$/);
    // A click that lands while the page still settles (live cards, the table) is clicked again, as she would; the
    // download itself must come (a clean run once waited 3 minutes for one after a single click).
    let download: Download | undefined;
    await expect(async () => {
      [download] = await Promise.all([
        projector.waitForEvent('download', { timeout: 10_000 }),
        projector.getByRole('button', { name: 'Unduh Daftar Hadir (CSV)' }).click({ timeout: 10_000 }),
      ]);
    }).toPass({ timeout: 60_000 });
    if (!download) throw new Error('no download');
    expect(download.suggestedFilename()).toMatch(new RegExp(`^daftar-hadir-\\d{4}-\\d{2}-\\d{2}-${code}\\.csv$`));
    await projector.getByTestId('participants-table').getByText('Pekon Ambarawa').waitFor();
    await projector.screenshot({ path: path.join(ARTIFACTS, 'classroom-console-1280x720.png'), fullPage: true });
    const downloaded = fs.readFileSync((await download.path())!, 'utf8');
    expect(downloaded).toContain('"Sriyati"');
    expect(downloaded).toContain('"Siti"');

    // The printable sheet numbers both rows and leaves room to sign.
    await projector.goto(`${app.url}/fasilitator/kelas/${classId}/daftar-hadir`, { waitUntil: 'load' });
    const rows = projector.getByTestId('attendance-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('1');
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('Siti');
    await projector.emulateMedia({ media: 'print' });
    expect(await projector.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    await projector.screenshot({ path: path.join(ARTIFACTS, 'classroom-attendance-sheet-print.png'), fullPage: true });

    expect(consoleErrors).toEqual([]);
    expect(sriyati.errors).toEqual([]);
    expect(siti.errors).toEqual([]);
    await Promise.all([laptop.close(), sriyati.context.close(), siti.context.close()]);
  });
});
