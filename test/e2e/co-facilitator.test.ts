// Two facilitators in one class (issue 13), each on her own 1366×768 laptop: the owner adds a co-facilitator by email
// on the class page, the class shows in the co-facilitator's list as shared, and on the two live consoles one's demo
// order and clock change appear on the other's without a reload. When both tap "+1 hari" on the same reading, the
// class moves one day: the second laptop is told the clock changed ("CLOCK_CHANGED") and shows the new time. A drill
// started on one console shows running on the other, which cannot start a second one on the same trainee; a demo
// buyer made and "Tutup pendaftaran" tapped by one show on the other; and the owner removes the co-facilitator.
import { expect, test, type Browser, type BrowserContext, type Page, type Request, type Route } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, api, collectErrors, startTestApp, stopTestApp, until } from '../support/e2e.js';
import { createWorkshopClass, postPalmSugar } from '../support/workshop.js';

const LIVE_MS = 15_000;
const DAY_MS = 24 * 3600 * 1000;
const BUDI = { email: 'budi.pendamping@test.pasar', name: 'Budi Pendamping', password: 'budi-password-123' };

function projectorLaptop(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
}

async function signIn(page: Page, app: AppProcess, email: string, password: string): Promise<void> {
  await page.goto(`${app.url}/fasilitator/masuk`, { waitUntil: 'load' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/fasilitator$/);
}

/** Waits until a console shows this clock version (the clock panel carries it). */
async function waitForVersion(page: Page, version: number): Promise<void> {
  await page.locator(`[data-testid="clock-controls"][data-version="${version}"]`).waitFor({ timeout: LIVE_MS });
}

test.describe('two facilitators in one class', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(150_000);
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stopTestApp(app, browser);
  });

  test('shows one facilitator’s demo order, clock change, scenario, demo buyer and closing live on the other’s console, applies a double jump once, and removes the co-facilitator', async () => {
    test.setTimeout(300_000);
    const { adminToken, ...created } = await createWorkshopClass(app);
    await api(app, 'POST', '/api/facilitators', BUDI, adminToken);
    const sriyati = await api<{ token: string; participantId: string }>(app, 'POST', '/api/join', { code: created.joinCode, displayName: 'Sriyati' });
    await postPalmSugar(app, sriyati.token);
    const clockOf = () => api<{ simNow: string; version: number }>(app, 'GET', `/api/classes/${created.id}/clock`, undefined, adminToken);

    const rinaLaptop = await projectorLaptop(browser);
    contexts.push(rinaLaptop);
    const budiLaptop = await projectorLaptop(browser);
    contexts.push(budiLaptop);
    const rina = await rinaLaptop.newPage();
    const budi = await budiLaptop.newPage();
    const rinaErrors = collectErrors(rina);
    const budiErrors = collectErrors(budi);

    // 1. The owner adds Budi by email on the class page; before that, Budi's list does not have the class.
    await signIn(budi, app, BUDI.email, BUDI.password);
    expect(await budi.locator(`[data-testid="class-item"][data-class-id="${created.id}"]`).count()).toBe(0);
    await signIn(rina, app, ADMIN_EMAIL, ADMIN_PASSWORD);
    await rina.goto(`${app.url}/fasilitator/kelas/${created.id}`, { waitUntil: 'load' });
    const team = rina.getByTestId('team-panel');
    await team.getByLabel('Email fasilitator pendamping').fill(BUDI.email);
    await team.getByRole('button', { name: 'Tambah fasilitator' }).click();
    await team.locator(`[data-testid="team-member"][data-name="${BUDI.name}"]`).waitFor({ timeout: LIVE_MS });

    // 2. The class is in Budi's list, marked as shared, and he opens its live console.
    await budi.reload({ waitUntil: 'load' });
    const shared = budi.locator(`[data-testid="class-item"][data-class-id="${created.id}"]`);
    await shared.waitFor({ timeout: LIVE_MS });
    expect(await shared.getByTestId('shared-class').textContent()).toContain('Kelas bersama');
    await budi.goto(`${app.url}/fasilitator/kelas/${created.id}/konsol`, { waitUntil: 'load' });
    await rina.goto(`${app.url}/fasilitator/kelas/${created.id}/konsol`, { waitUntil: 'load' });
    for (const page of [rina, budi]) {
      await page.getByTestId('live-console').waitFor();
      // Live: the console has joined the class's rooms, so what the other laptop does reaches it from now on.
      await page.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ timeout: LIVE_MS });
    }

    // 3. Rina's demo order shows on Budi's console (its feed) without a reload.
    await budi.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    const demo = rina.getByTestId('demo-orders');
    await demo.getByTestId('demo-send').click();
    await demo.getByTestId('demo-result-row').first().waitFor({ timeout: 60_000 });
    await budi.locator('[data-testid="activity-feed"] li[data-type="order.placed"]').first().waitFor({ timeout: LIVE_MS });
    await budi.locator('[data-testid="activity-feed"] li[data-type="demo_orders.requested"]').first().waitFor({ timeout: LIVE_MS });

    // 4. Budi pauses the clock and jumps it a day: Rina's console shows the same clock, live.
    await budi.getByRole('button', { name: 'Jeda', exact: true }).click();
    const paused = await until('the clock paused', clockOf, (clock) => clock.version >= 2);
    await waitForVersion(rina, paused.version);
    await waitForVersion(budi, paused.version);
    await budi.getByRole('button', { name: '+1 hari', exact: true }).click();
    await waitForVersion(rina, paused.version + 1);
    const jumped = await clockOf();
    expect(Date.parse(jumped.simNow) - Date.parse(paused.simNow)).toBe(DAY_MS);
    const rinaDate = await rina.locator('[data-testid="clock-controls"] .sim-clock__date').textContent();
    expect(rinaDate).toBe(await budi.locator('[data-testid="clock-controls"] .sim-clock__date').textContent());
    expect(await budi.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    // 5. Both tap "+1 hari" on the same reading. Budi's request is held back until Rina's has been answered, so both
    //    carry the version they saw: the class moves one day, and Budi's console says so and shows the new time.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldBody: { expectedVersion?: number } | undefined;
    await budi.route('**/api/classes/*/clock', async (route: Route, request: Request) => {
      if (request.method() !== 'POST') return route.continue();
      heldBody = request.postDataJSON() as { expectedVersion?: number };
      await held;
      await route.continue();
    });
    await budi.getByRole('button', { name: '+1 hari', exact: true }).click();
    await until('Budi’s jump held', async () => heldBody, (body) => body !== undefined, LIVE_MS);
    expect(heldBody!.expectedVersion).toBe(jumped.version);
    const rinaAnswer = rina.waitForResponse((res) => res.url().endsWith('/clock') && res.request().method() === 'POST');
    await rina.getByRole('button', { name: '+1 hari', exact: true }).click();
    expect((await rinaAnswer).status()).toBe(200);
    const budiAnswer = budi.waitForResponse((res) => res.url().endsWith('/clock') && res.request().method() === 'POST');
    release();
    expect((await budiAnswer).status()).toBe(409);
    await budi.locator('[data-testid="clock-error"][data-code="CLOCK_CHANGED"]').waitFor({ timeout: LIVE_MS });
    expect(await budi.getByTestId('clock-error').textContent()).toContain('diubah fasilitator lain');
    await budi.unroute('**/api/classes/*/clock');
    const once = await clockOf();
    expect(Date.parse(once.simNow) - Date.parse(jumped.simNow)).toBe(DAY_MS);
    expect(once.version).toBe(jumped.version + 1);
    await waitForVersion(budi, once.version);
    await waitForVersion(rina, once.version);
    expect(await budi.locator('[data-testid="clock-controls"] .sim-clock__date').textContent()).toBe(
      await rina.locator('[data-testid="clock-controls"] .sim-clock__date').textContent(),
    );

    // 6. Rina runs the fake-transfer drill: Budi's console shows it running (waiting on the paused class clock) without
    //    a reload. Budi, seeing it, taps the same scenario: his console says in words that a drill is still running
    //    for the trainee, and the class still has one run.
    const runsOf = () => api<{ id: string; scenarioId: string; status: string }[]>(app, 'GET', `/api/classes/${created.id}/scenario-runs`, undefined, adminToken);
    const fakeTransfer = (page: Page) => page.locator('[data-testid="scenarios"] [data-testid="scenario"][data-scenario="fake_transfer_proof"]').getByRole('button');
    const started = rina.waitForResponse((res) => /\/scenarios\/fake_transfer_proof\/runs$/.test(res.url()) && res.request().method() === 'POST');
    await fakeTransfer(rina).click();
    const startAnswer = await started;
    expect(startAnswer.status()).toBe(201);
    expect(await startAnswer.json()).toMatchObject([{ scenarioId: 'fake_transfer_proof', traineeName: 'Sriyati', status: 'waiting' }]);
    const budiRun = budi.locator('[data-testid="scenario-runs"] [data-testid="scenario-run"][data-scenario="fake_transfer_proof"]');
    await budiRun.first().waitFor({ timeout: LIVE_MS });
    await budi.locator('[data-testid="scenario-runs"] [data-testid="scenario-run"][data-scenario="fake_transfer_proof"][data-status="waiting"]').waitFor({ timeout: LIVE_MS });
    expect(await budiRun.count()).toBe(1);
    const refusedStart = budi.waitForResponse((res) => /\/scenarios\/fake_transfer_proof\/runs$/.test(res.url()) && res.request().method() === 'POST');
    await fakeTransfer(budi).click();
    expect((await refusedStart).status()).toBe(409);
    const note = budi.locator('[data-testid="scenarios"] .error-note[data-code="SCENARIO_ALREADY_RUNNING"]');
    await note.waitFor({ timeout: LIVE_MS });
    expect(await note.textContent()).toContain('masih berjalan');
    expect((await runsOf()).filter((run) => run.scenarioId === 'fake_transfer_proof')).toHaveLength(1);
    expect(await budiRun.count()).toBe(1);

    // 7. Rina makes a demo buyer on the class page (another tab): she is in Budi's console's buyer lists at once.
    const rinaClassPage = await rinaLaptop.newPage();
    const rinaClassErrors = collectErrors(rinaClassPage);
    await rinaClassPage.goto(`${app.url}/fasilitator/kelas/${created.id}`, { waitUntil: 'load' });
    const personas = rinaClassPage.getByTestId('personas-panel');
    await personas.getByTestId('persona-name').fill('Bu Endang');
    await personas.getByRole('button', { name: 'Buat pembeli demo' }).click();
    await personas.locator('[data-testid="persona"][data-name="Bu Endang"]').waitFor({ timeout: LIVE_MS });
    await budi.locator('#demo-persona option', { hasText: 'Bu Endang' }).waitFor({ state: 'attached', timeout: LIVE_MS });

    // 8. Rina closes joining on her console: Budi's console offers "Buka lagi" instead of "Tutup pendaftaran", live.
    await rina.locator('[data-testid="lifecycle"] [data-testid="status-closed"]').click();
    await rina.getByRole('alertdialog').getByRole('button', { name: 'Tutup pendaftaran', exact: true }).click();
    await budi.locator('[data-testid="lifecycle"] [data-testid="status-open"]').waitFor({ timeout: LIVE_MS });
    expect(await budi.locator('[data-testid="lifecycle"] [data-testid="status-closed"]').count()).toBe(0);
    expect((await api<{ status: string }>(app, 'GET', `/api/classes/${created.id}`, undefined, adminToken)).status).toBe('closed');
    expect(await budi.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    // Budi's 409s are the lesson, not a fault: the browser logs the refused requests, nothing else.
    expect(rinaErrors).toEqual([]);
    expect(rinaClassErrors).toEqual([]);
    expect(budiErrors.filter((line) => !/status of 409/.test(line))).toEqual([]);

    // 9. The owner removes Budi, after confirming: his console says so at once, and the class is no longer his.
    const rinaTeam = rinaClassPage.getByTestId('team-panel');
    await rinaTeam.getByRole('button', { name: `Keluarkan ${BUDI.name} dari kelas ini` }).click();
    await rinaTeam.getByRole('alertdialog').getByRole('button', { name: 'Keluarkan', exact: true }).click();
    await rinaTeam.getByTestId('team-removed').waitFor({ timeout: LIVE_MS });
    await rinaTeam.locator(`[data-testid="team-member"][data-name="${BUDI.name}"]`).waitFor({ state: 'detached', timeout: LIVE_MS });
    await budi.getByTestId('removed-from-class').waitFor({ timeout: LIVE_MS });
    expect(await budi.getByTestId('removed-from-class').textContent()).toContain('dikeluarkan dari kelas ini');
    const budiToken = await budi.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const match = /"token":"([^"]+)"/.exec(localStorage.getItem(localStorage.key(i)!) ?? '');
        if (match) return match[1]!;
      }
      return '';
    });
    expect(budiToken).not.toBe('');
    const denied = await fetch(`${app.url}/api/classes/${created.id}/clock`, { headers: { authorization: `Bearer ${budiToken}` } });
    expect(denied.status).toBe(404);
    // His list (he has no other class) says it has none.
    await budi.goto(`${app.url}/fasilitator`, { waitUntil: 'load' });
    await budi.locator('[data-testid="class-list"] .note').waitFor({ timeout: LIVE_MS });
    expect(await budi.locator('[data-testid="class-item"]').count()).toBe(0);
  });
});
