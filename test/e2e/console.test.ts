// The facilitator's live console on the projector (1280×720) and two trainee phones (360×640): the trainees post
// palm sugar with a photo, the facilitator sends paid demo orders with one tap, the grid fills in live, a fast clock
// (+1 hari on the console) carries the parcels to the buyers and completes the orders, the fraud drill (a fake transfer
// proof) goes to both shops: Sriyati tries to ship the unpaid order and fails it, Wati waits and passes once the order
// expires; the grid shows both, and the report lists both with their missions.
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { type AppProcess, freePort } from '../support/app-process.js';
import { laptopContext, phoneContext } from '../support/browser.js';
import { ARTIFACTS } from '../support/paths.js';
import {
  api,
  collectErrors,
  expectNoSideScroll,
  joinOnPhone,
  largeTextProblem,
  signInAsFacilitator,
  smallTapTargets,
  startTestApp,
  stopTestApp,
  until,
} from '../support/e2e.js';
import { createWorkshopClass, PALM_SUGAR, postPalmSugar, shipAtDropPoint } from '../support/workshop.js';

/** "Live" means without a reload, within a few seconds. */
const LIVE_MS = 10_000;
/** Courier steps and deadlines run as scheduled work after each jump of the clock. */
const CLOCK_MS = 30_000;
/**
 * The demo-order request's own answer: it places and pays an order for each trainee (the simulator's payment and its
 * webhook included) before it answers. Not a live push: beside a second `npm test` (load average about 15, 5 Dec 2026)
 * it once took longer than LIVE_MS although both orders were paid.
 */
const DEMO_ANSWER_MS = 30_000;

function cell(console: Page, name: string, mission: string) {
  return console.locator(`[data-testid="grid-row"][data-name="${name}"] td[data-mission="${mission}"]`);
}

/**
 * Scheduled work of the class that is already due on its clock and not yet done (courier steps, completions,
 * payment deadlines): after a "+1 hari" the test waits for this to reach 0 rather than for a fixed time.
 */
async function dueTasks(db: pg.Pool, classId: string): Promise<number> {
  const { rows } = await db.query<{ due: number }>(
    `SELECT count(*)::int AS due FROM scheduled_task t JOIN sim_clock c ON c.class_id = t.class_id
      WHERE t.class_id = $1 AND t.status = 'pending'
        AND t.due_sim <= CASE WHEN c.paused THEN c.anchor_sim ELSE c.anchor_sim + (now() - c.anchor_real) * c.speed END`,
    [classId],
  );
  return rows[0]!.due;
}

async function cellState(console: Page, name: string, mission: string): Promise<string | null> {
  return cell(console, name, mission).getAttribute('data-state', { timeout: 2_000 }).catch(() => null);
}

test.describe('live console: demo orders, a fast clock and the fraud drill fill the grid live, and the report lists both trainees', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  let db: pg.Pool;
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(150_000);
    const embeddedPgPort = await freePort();
    // A busy machine (an embedded PostgreSQL's first initdb) may need more than the default 30 s to answer.
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000, embeddedPgPort });
    db = new pg.Pool({ connectionString: `postgres://pasar:pasar-latihan-local@127.0.0.1:${embeddedPgPort}/pasar_latihan`, max: 1 });
  });
  test.afterAll(async () => {
    await db?.end();
    await stopTestApp(app, browser);
  });

  test('runs the workshop from the console', async () => {
    test.setTimeout(300_000);
    // The class, made through the API; the facilitator signs in on the laptop and opens the live console.
    const { adminToken, ...created } = await createWorkshopClass(app);
    const laptop = await laptopContext(browser);
    const facilitator = await laptop.newPage();
    const facilitatorErrors = collectErrors(facilitator);
    await signInAsFacilitator(facilitator, app);
    await facilitator.goto(`${app.url}/fasilitator/kelas/${created.id}`, { waitUntil: 'load' });
    await facilitator.getByTestId('open-console').click();
    await facilitator.waitForURL(/\/konsol$/);
    await facilitator.getByTestId('live-console').waitFor();
    await facilitator.getByText('Langsung', { exact: true }).first().waitFor({ timeout: LIVE_MS });

    // 1. Two trainees join on their phones; the grid fills in as they join, and each posts palm sugar with a photo.
    const sriyati = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    const wati = await joinOnPhone(browser, app, created.joinCode, 'Wati');
    await facilitator.locator('[data-testid="grid-row"][data-name="Wati"]').waitFor({ timeout: LIVE_MS });
    await postPalmSugar(app, sriyati.token, PALM_SUGAR, '#7a4a1e');
    await postPalmSugar(app, wati.token, 'Gula Semut Aren 500 g', '#8a5a2e');
    await expect.poll(() => cellState(facilitator, 'Sriyati', 'product_with_photo'), { timeout: LIVE_MS }).toBe('done');
    await expect.poll(() => cellState(facilitator, 'Wati', 'product_with_photo'), { timeout: LIVE_MS }).toBe('done');
    expect(await facilitator.locator('[data-testid="mission-counter"][data-mission="product_with_photo"]').textContent()).toContain('2/2');
    await facilitator.getByTestId('activity-feed').getByText('Sriyati memposting Gula Aren Asli Pringsewu 1 kg').waitFor({ timeout: LIVE_MS });

    // Sriyati keeps "Misi hari ini" open on her phone.
    await sriyati.page.getByTestId('link-missions').click();
    await sriyati.page.waitForURL(/\/toko\/misi$/);
    await expect.poll(() => sriyati.page.getByTestId('mission-product_with_photo').getAttribute('data-state'), { timeout: LIVE_MS }).toBe('done');
    expect(await sriyati.page.getByTestId('mission-paid_order').getAttribute('data-state')).toBe('todo');
    await sriyati.page.screenshot({ path: path.join(ARTIFACTS, 'console-missions-360x640.png'), fullPage: true });

    // 2. One tap (double-clicked) sends paid demo orders to everyone with an active product: one request.
    const demoRequests: string[] = [];
    facilitator.on('request', (request) => {
      if (request.url().endsWith('/demo-orders') && request.method() === 'POST') demoRequests.push(request.headers()['idempotency-key'] ?? '');
    });
    const demo = facilitator.getByTestId('demo-orders');
    await demo.getByLabel('Toko tujuan').selectOption({ label: 'Semua peserta dengan produk aktif' });
    expect(await demo.getByRole('checkbox', { name: /Bayar langsung/ }).isChecked()).toBe(true);
    await demo.getByTestId('demo-send').dblclick();
    const results = demo.getByTestId('demo-result-row');
    await expect.poll(() => results.count(), { timeout: DEMO_ANSWER_MS }).toBe(2);
    expect(demoRequests).toHaveLength(1);
    expect(demoRequests[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await results.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(['PAID', 'PAID']);

    // 3. The grid fills in live: both have a paid order; so does Sriyati's phone, without a reload.
    await expect.poll(() => cellState(facilitator, 'Sriyati', 'paid_order'), { timeout: LIVE_MS }).toBe('done');
    await expect.poll(() => cellState(facilitator, 'Wati', 'paid_order'), { timeout: LIVE_MS }).toBe('done');
    await expect.poll(() => sriyati.page.getByTestId('mission-paid_order').getAttribute('data-state'), { timeout: LIVE_MS }).toBe('done');
    expect(await sriyati.page.getByTestId('mission-shipped_on_time').textContent()).toMatch(/Pesanan INV\/\S+ sudah dibayar/);
    // Two trainees: each row one comfortable line (44 px), not half the screen (they stretched to ~260 px each).
    const rowHeights = await facilitator.getByTestId('mission-grid').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
    expect(rowHeights).toHaveLength(2);
    for (const height of rowHeights) expect(height).toBeLessThanOrEqual(45);
    await facilitator.screenshot({ path: path.join(ARTIFACTS, 'console-grid-paid-1280x720.png'), fullPage: true });

    // 4. Both ship at a drop point (the fulfilment test covers those screens); "+1 hari" on the console, day by day,
    // carries the parcels to the buyer and completes the orders (3 days after delivery).
    for (const trainee of [sriyati, wati]) {
      const paid = await api<{ items: { id: string; state: string }[] }>(app, 'GET', '/api/shops/mine/orders?state=PAID', undefined, trainee.token);
      expect(paid.items).toHaveLength(1);
      await shipAtDropPoint(app, paid.items[0]!.id, trainee.token);
    }
    await expect.poll(() => cellState(facilitator, 'Sriyati', 'shipped_on_time'), { timeout: LIVE_MS }).toBe('done');
    await expect.poll(() => cellState(facilitator, 'Wati', 'shipped_on_time'), { timeout: LIVE_MS }).toBe('done');
    // A demo buyer's address may be a few days away (its courier's ETD), and completion comes 3 days after delivery.
    const plusDay = facilitator.getByRole('button', { name: '+1 hari' });
    const bothDone = async (mission: string) =>
      (await cellState(facilitator, 'Sriyati', mission)) === 'done' && (await cellState(facilitator, 'Wati', mission)) === 'done';
    for (let day = 0; day < 14 && !(await bothDone('order_completed')); day++) {
      await plusDay.click();
      await expect.poll(() => plusDay.isEnabled(), { timeout: LIVE_MS }).toBe(true);
      await expect.poll(() => dueTasks(db, created.id), { timeout: CLOCK_MS, message: 'the day’s scheduled work ran' }).toBe(0);
    }
    const classOrders = () => api<{ items: { invoiceNumber: string; state: string }[] }>(app, 'GET', `/api/classes/${created.id}/orders`, undefined, adminToken);
    await expect
      .poll(() => bothDone('order_completed'), { timeout: CLOCK_MS, message: 'both orders completed' })
      .toBe(true)
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}; orders: ${JSON.stringify((await classOrders()).items)}`);
      });

    // 5. The fraud drill to both shops: a demo buyer orders, sends a "bukti transfer" in chat and urges shipping.
    const scenarios = facilitator.getByTestId('scenarios');
    await scenarios.getByLabel('Untuk siapa').selectOption({ label: 'Semua peserta' });
    await scenarios.getByRole('button', { name: /Jalankan skenario Bukti transfer palsu/ }).click();
    const runs = scenarios.locator('[data-testid="scenario-run"][data-scenario="fake_transfer_proof"]');
    await expect.poll(() => runs.count(), { timeout: LIVE_MS }).toBe(2);
    type Run = { scenarioId: string; participantId: string; orders: { orderId: string; invoiceNumber: string; state: string }[] };
    const fraudOrders = await until(
      'the two fraud-drill orders',
      async () => {
        const list = await api<Run[]>(app, 'GET', `/api/classes/${created.id}/scenario-runs`, undefined, adminToken);
        return list
          .filter((run) => run.scenarioId === 'fake_transfer_proof')
          .flatMap((run) => run.orders.map((order) => ({ ...order, participantId: run.participantId })));
      },
      (list) => list.length === 2,
      CLOCK_MS,
    );
    await expect.poll(() => cellState(facilitator, 'Sriyati', 'fraud_drill'), { timeout: LIVE_MS }).toBe('todo');

    // Sriyati believes the receipt and tries to ship the unpaid order: the system refuses, and the drill is failed.
    const sriyatiFraud = fraudOrders.find((order) => order.participantId === sriyati.session.id)!;
    const refused = await fetch(`${app.url}/api/orders/${sriyatiFraud.orderId}/ship`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sriyati.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('NOT_PAID');
    await expect.poll(() => cellState(facilitator, 'Sriyati', 'fraud_drill'), { timeout: LIVE_MS }).toBe('failed');
    await facilitator.getByTestId('activity-feed').getByText(/Sriyati|Gula Aren/).first().waitFor();
    await expect.poll(() => sriyati.page.getByTestId('mission-fraud_drill').getAttribute('data-state'), { timeout: LIVE_MS }).toBe('failed');
    await sriyati.page.screenshot({ path: path.join(ARTIFACTS, 'console-missions-fraud-failed-360x640.png'), fullPage: true });

    // Wati waits; the order expires at its payment deadline (a day on the class clock), and she passes.
    expect(await cellState(facilitator, 'Wati', 'fraud_drill')).toBe('todo');
    for (let day = 0; day < 3 && (await cellState(facilitator, 'Wati', 'fraud_drill')) !== 'done'; day++) {
      await plusDay.click();
      await expect.poll(() => plusDay.isEnabled(), { timeout: LIVE_MS }).toBe(true);
      await expect.poll(() => dueTasks(db, created.id), { timeout: CLOCK_MS, message: 'the day’s scheduled work ran' }).toBe(0);
    }
    await expect.poll(() => cellState(facilitator, 'Wati', 'fraud_drill'), { timeout: CLOCK_MS }).toBe('done');
    expect(await cellState(facilitator, 'Sriyati', 'fraud_drill')).toBe('failed');
    const fraudCounter = facilitator.locator('[data-testid="mission-counter"][data-mission="fraud_drill"]');
    expect(await fraudCounter.textContent()).toContain('1/2');
    expect(await fraudCounter.textContent()).toContain('1 gagal');

    // The drill-down: Sriyati's shop, orders and chats.
    await facilitator.getByRole('button', { name: 'Lihat toko, pesanan dan chat Sriyati' }).click();
    const drill = facilitator.getByTestId('trainee-drill');
    await drill.getByRole('heading', { name: 'Sriyati' }).waitFor();
    await expect.poll(() => drill.getByTestId('drill-order').count(), { timeout: LIVE_MS }).toBeGreaterThanOrEqual(2);
    await expectNoSideScroll(facilitator);
    await facilitator.evaluate(() => window.scrollTo(0, 0));
    await facilitator.screenshot({ path: path.join(ARTIFACTS, 'console-grid-fraud-1280x720.png'), fullPage: true });

    // On her phone (360 px, touch) the console, its drill-down, the class page, her classes, the report and the
    // programme view fit the screen, their tables scrolling in their own boxes, also at 200 % text (the join code, the
    // scenario list and the grid's filter were wider), and every control is a thumb tall and wide. The class page was 959 px wide (a hidden caption word outside
    // its scroller), the console 368 (22rem tools); the grid's names were 18 px tall, its filter 40, and the class
    // page's practice checkbox unstyled when that page opened first (console.css came only with the console).
    const onPhone = await phoneContext(browser);
    const phone = await onPhone.newPage();
    await signInAsFacilitator(phone, app);
    await phone.goto(facilitator.url());
    await phone.locator('[data-testid="grid-row"][data-name="Wati"]').waitFor({ timeout: LIVE_MS });
    await expectNoSideScroll(phone);
    expect(await smallTapTargets(phone)).toEqual([]);
    expect(await largeTextProblem(phone), 'the console at 200 % text').toBe('');
    // The drill-down into a trainee, opened from the grid.
    await phone.getByRole('button', { name: 'Lihat toko, pesanan dan chat Sriyati' }).click();
    await expect.poll(() => phone.getByTestId('trainee-drill').getByTestId('drill-order').count(), { timeout: LIVE_MS }).toBeGreaterThanOrEqual(2);
    await expectNoSideScroll(phone);
    expect(await smallTapTargets(phone)).toEqual([]);
    expect(await largeTextProblem(phone), 'the drill-down at 200 % text').toBe('');
    // Her other pages: the class page, her classes, the report, the programme view.
    for (const [name, address, shown] of [
      ['the class page', `/fasilitator/kelas/${created.id}`, 'practice-enabled'],
      ['her classes', '/fasilitator', 'class-item'],
      ['the report', `/fasilitator/kelas/${created.id}/laporan`, 'report-attendance'],
      ['the attendance sheet', `/fasilitator/kelas/${created.id}/daftar-hadir`, 'attendance-sheet'],
      ['the programme sheet', '/fasilitator/program/cetak', 'programme-summary'],
      ['the programme view', '/fasilitator/program', 'programme-page'],
    ] as const) {
      await phone.goto(`${app.url}${address}`);
      await phone.getByTestId(shown).first().waitFor();
      await expectNoSideScroll(phone);
      expect(await smallTapTargets(phone), name).toEqual([]);
      expect(await largeTextProblem(phone), `${name} at 200 % text`).toBe('');
    }
    await onPhone.close();

    // 6. The report lists both, with their missions.
    await facilitator.getByTestId('open-report').click();
    await facilitator.waitForURL(/\/laporan$/);
    const report = facilitator.getByTestId('report');
    await report.waitFor();
    expect(await facilitator.getByTestId('report-attendance').textContent()).toContain('2 peserta hadir');
    const reportRow = (name: string) => facilitator.locator(`[data-testid="report-trainee"][data-name="${name}"]`);
    expect(await reportRow('Sriyati').locator('td[data-mission="fraud_drill"]').getAttribute('data-state')).toBe('failed');
    expect(await reportRow('Wati').locator('td[data-mission="fraud_drill"]').getAttribute('data-state')).toBe('done');
    for (const name of ['Sriyati', 'Wati']) {
      for (const mission of ['product_with_photo', 'paid_order', 'shipped_on_time', 'order_completed']) {
        expect(await reportRow(name).locator(`td[data-mission="${mission}"]`).getAttribute('data-state'), `${name}: ${mission}`).toBe('done');
      }
    }
    expect(await facilitator.getByTestId('report-chart').locator('rect.report__chart-bar').count()).toBe(9);
    expect(await report.textContent()).toMatch(/Rp \d{2}\.\d{3}/);
    await facilitator.emulateMedia({ media: 'print' });
    // On paper the trainees' table is whole: the box it scrolls in on a phone's screen does not clip it there.
    expect(await facilitator.locator('.sheet-scroll').evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box).overflowX))).toEqual(['visible']);
    await facilitator.pdf({ path: path.join(ARTIFACTS, 'console-report-a4.pdf'), format: 'A4' }).catch(() => undefined);
    await facilitator.emulateMedia({ media: 'screen' });
    await facilitator.screenshot({ path: path.join(ARTIFACTS, 'console-report.png'), fullPage: true });

    expect(facilitatorErrors).toEqual([]);
    expect(sriyati.errors).toEqual([]);
    expect(wati.errors).toEqual([]);
  });
});
