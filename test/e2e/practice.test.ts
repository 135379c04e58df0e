// "Latihan Mandiri" (issue 17) on the facilitator's laptop and a trainee's phone (360×640): the facilitator switches
// the practice on from the class page (one paying buyer a day), the class clock moves a day, a persona buyer comes by
// herself and pays; the trainee's home shows "Latihan minggu ini" with the order to ship and a button to it; the
// facilitator's follow-up lists her and "Kirim pesan ke kelas" reaches her notifications.
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { laptopContext } from '../support/browser.js';
import { api, collectErrors, expectNoSideScroll, fullShot, joinOnPhone, signInAsFacilitator, startTestApp, stopTestApp, until } from '../support/e2e.js';
import { createWorkshopClass, postPalmSugar } from '../support/workshop.js';

const LIVE_MS = 15_000;

test.describe('practice at home after the training', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('brings a persona buyer on the class clock, shows her week on the phone, and messages the class', async () => {
    test.setTimeout(300_000);
    const { adminToken: admin, ...kelas } = await createWorkshopClass(app);
    const trainee = await joinOnPhone(browser, app, kelas.joinCode, 'Sriyati');
    await postPalmSugar(app, trainee.token);

    // 1. The facilitator switches the practice on from the class page: 2 days, one order a day, every buyer pays.
    const laptop = await laptopContext(browser);
    const facilitator = await laptop.newPage();
    const facilitatorErrors = collectErrors(facilitator);
    await signInAsFacilitator(facilitator, app);
    await facilitator.goto(`${app.url}/fasilitator/kelas/${kelas.id}`, { waitUntil: 'load' });
    const panel = facilitator.getByTestId('practice-panel');
    await panel.getByTestId('practice-enabled').waitFor();
    await panel.getByTestId('practice-enabled').check();
    await panel.getByTestId('practice-daysOpen').fill('2');
    await panel.getByTestId('practice-ordersPerDay').fill('1');
    await panel.getByTestId('practice-unpaidPercent').fill('0');
    await panel.getByTestId('practice-fraudPercent').fill('0');
    await panel.getByTestId('practice-save').click();
    await expect.poll(() => panel.getByTestId('practice-status').textContent(), { timeout: LIVE_MS }).toContain('Berjalan sampai');

    // 2. A class day passes: the buyer comes, asks, orders and pays through the normal checkout and the bank app.
    await api(app, 'POST', `/api/classes/${kelas.id}/clock`, { action: 'jump', minutes: 24 * 60 }, admin);
    await until(
      'the paid practice order',
      () => api<{ toShip: number }>(app, 'GET', '/api/practice/mine', undefined, trainee.token),
      (week) => week.toShip === 1,
      LIVE_MS,
    );

    // 3. Her home shows the week, below the counters, with the next step.
    const phone = trainee.page;
    await phone.reload({ waitUntil: 'load' });
    const card = phone.getByTestId('practice-week');
    await card.waitFor();
    expect(await phone.getByTestId('practice-week-came').textContent()).toBe('1 pesanan datang');
    expect(await phone.getByTestId('practice-week-toShip').textContent()).toBe('1 sudah dibayar, perlu dikirim');
    expect(await phone.getByTestId('practice-week-next').textContent()).toBe('Berikutnya: kirim pesanan yang sudah dibayar.');
    await expectNoSideScroll(phone);
    await card.scrollIntoViewIfNeeded();
    await fullShot(phone, 'practice-week-360x640.png');
    await phone.getByTestId('practice-week-go').click();
    await phone.waitForURL(/\/toko\/pesanan\?tab=perlu_dikirim$/);

    // 4. The follow-up lists her with the practice order; one message to the class reaches her notifications.
    await facilitator.reload({ waitUntil: 'load' });
    const followUp = facilitator.getByTestId('practice-follow-up');
    const row = followUp.getByTestId('practice-follow-up-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Sriyati');
    await followUp.getByTestId('practice-message').fill('Ibu-ibu, pesanan yang sudah dibayar dikirim hari ini ya.');
    await followUp.getByTestId('practice-message-send').click();
    await expect.poll(() => followUp.getByTestId('practice-message-sent').textContent(), { timeout: LIVE_MS }).toBe('Terkirim ke 1 peserta.');
    await phone.goto(`${app.url}/notifikasi`, { waitUntil: 'load' });
    await expect.poll(() => phone.locator('body').textContent(), { timeout: LIVE_MS }).toContain('Ibu-ibu, pesanan yang sudah dibayar dikirim hari ini ya.');

    expect(trainee.errors).toEqual([]);
    expect(facilitatorErrors).toEqual([]);
  });
});
