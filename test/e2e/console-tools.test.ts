// The facilitator's tools as screens (issue 13), on the class page of a 1280×720 laptop: renaming the class and
// changing its place and date; demo-buyer personas (created far away, renamed and moved near) whose home the demo
// orders go to; the class money (each shop's saldo, money held and withdrawals) with the ledger check as a sentence;
// and "Tutup pendaftaran" (no new phones, the class goes on) apart from "Akhiri kelas".
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { laptopContext } from '../support/browser.js';
import { api, collectErrors, signInAsFacilitator, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass, postPalmSugar } from '../support/workshop.js';

const LIVE_MS = 15_000;

async function confirmStatus(page: Page, status: 'closed' | 'ended', label: string): Promise<void> {
  await page.getByTestId(`status-${status}`).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: LIVE_MS });
}

test.describe('the class tools as screens: edit, personas, class money, close joining and end the class', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(150_000);
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('runs every tool from the class page', async () => {
    test.setTimeout(240_000);
    const { adminToken, ...created } = await createWorkshopClass(app);
    // A trainee with palm sugar on sale, for the demo orders and the class money.
    const sriyati = await api<{ token: string; participantId: string }>(app, 'POST', '/api/join', { code: created.joinCode, displayName: 'Sriyati' });
    await postPalmSugar(app, sriyati.token);

    const laptop = await laptopContext(browser);
    try {
      const page = await laptop.newPage();
      const errors = collectErrors(page);
      await signInAsFacilitator(page, app);
      await page.goto(`${app.url}/fasilitator/kelas/${created.id}`, { waitUntil: 'load' });
      await page.getByTestId('class-page').waitFor();

      // 1. Rename the class and move it to another hall and day.
      await page.getByTestId('edit-class').click();
      const form = page.getByTestId('edit-class-form');
      await form.getByLabel('Nama kelas').fill('Pelatihan E-Commerce PKH Gadingrejo');
      await form.getByLabel('Tempat').fill('Balai Pekon Gadingrejo');
      await form.getByLabel('Tanggal').fill('2026-12-05');
      await form.getByRole('button', { name: 'Simpan perubahan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pelatihan E-Commerce PKH Gadingrejo' }).waitFor({ timeout: LIVE_MS });
      const stored = await api<{ name: string; place: string; date: string }>(app, 'GET', `/api/classes/${created.id}`, undefined, adminToken);
      expect(stored).toMatchObject({ name: 'Pelatihan E-Commerce PKH Gadingrejo', place: 'Balai Pekon Gadingrejo', date: '2026-12-05' });

      // 2. A demo buyer far away, then renamed and moved near the shops.
      const personas = page.getByTestId('personas-panel');
      await personas.getByTestId('persona-name').fill('Bu Rahma');
      await personas.getByLabel('Tempat tinggal').last().selectOption('far');
      await personas.getByRole('button', { name: 'Buat pembeli demo' }).click();
      const rahma = personas.locator('[data-testid="persona"][data-name="Bu Rahma"]');
      await rahma.waitFor({ timeout: LIVE_MS });
      expect(await rahma.getAttribute('data-destination')).toBe('far');
      await personas.getByRole('button', { name: 'Ubah pembeli demo Bu Rahma' }).click();
      const edit = personas.getByRole('form', { name: 'Ubah pembeli demo Bu Rahma' });
      await edit.getByLabel('Nama pembeli').fill('Bu Rahma Pringsewu');
      await edit.getByLabel('Tempat tinggal').selectOption('near');
      await edit.getByRole('button', { name: 'Simpan' }).click();
      const moved = personas.locator('[data-testid="persona"][data-name="Bu Rahma Pringsewu"]');
      await moved.waitFor({ timeout: LIVE_MS });
      expect(await moved.getAttribute('data-destination')).toBe('near');

      // The persona's demo order, sent from the live console, goes to her home near the shop (Kab. Pringsewu).
      await page.goto(`${app.url}/fasilitator/kelas/${created.id}/konsol`, { waitUntil: 'load' });
      const demo = page.getByTestId('demo-orders');
      await demo.locator('#demo-persona option', { hasText: 'Bu Rahma Pringsewu' }).waitFor({ state: 'attached', timeout: LIVE_MS });
      await demo.locator('#demo-persona').selectOption({ label: 'Bu Rahma Pringsewu' });
      await demo.getByTestId('demo-send').click();
      const row = demo.getByTestId('demo-result-row').first();
      await row.waitFor({ timeout: 60_000 });
      expect(await row.getAttribute('data-state')).toBe('PAID');
      const orders = await api<{ items: { id: string }[] } | { id: string }[]>(app, 'GET', `/api/classes/${created.id}/orders`, undefined, adminToken);
      const orderId = (Array.isArray(orders) ? orders : orders.items)[0]!.id;
      const order = await api<{ address: { regencyCode: string } }>(app, 'GET', `/api/orders/${orderId}`, undefined, sriyati.token);
      expect(order.address.regencyCode).toBe('18.10');

      // 3. The class money: Sriyati's shop holds the paid order's money, and the ledger balances, in words.
      await page.goto(`${app.url}/fasilitator/kelas/${created.id}`, { waitUntil: 'load' });
      const money = page.getByTestId('class-money');
      await money.getByTestId('ledger-sentence').waitFor({ timeout: LIVE_MS });
      expect(await money.getByTestId('ledger-sentence').textContent()).toContain('Semua uang tercatat seimbang');
      expect(await money.getByTestId('ledger-sentence').getAttribute('data-ok')).toBe('true');
      const wallet = money.getByTestId('class-wallet').first();
      expect(await wallet.locator('td[data-col="held"]').textContent()).toMatch(/Rp\s?25\.000/);
      expect(await wallet.locator('td[data-col="available"]').textContent()).toMatch(/Rp\s?0/);
      expect(await wallet.locator('td[data-col="withdrawn"]').textContent()).toMatch(/Rp\s?0/);

      // 4. Close joining: the badge says so, a new phone is refused, and the class goes on (Sriyati still posts).
      await confirmStatus(page, 'closed', 'Tutup pendaftaran');
      await page.getByText('Pendaftaran ditutup', { exact: true }).first().waitFor({ timeout: LIVE_MS });
      const refused = await fetch(`${app.url}/api/join`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: created.joinCode, displayName: 'Wati' }),
      });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      await postPalmSugar(app, sriyati.token, 'Gula Semut Aren 500 g', '#8a5a2e');

      // 5. End the class: a status of its own.
      await confirmStatus(page, 'ended', 'Akhiri kelas');
      await page.getByText('Kelas selesai', { exact: true }).first().waitFor({ timeout: LIVE_MS });
      expect((await api<{ status: string }>(app, 'GET', `/api/classes/${created.id}`, undefined, adminToken)).status).toBe('ended');
      expect(errors).toEqual([]);
    } finally {
      await laptop.close();
    }
  });
});
