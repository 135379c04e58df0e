import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { phoneContext } from '../support/browser.js';
import { collectErrors, expectNoSideScroll, expectTall, joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';
import { ARTIFACTS } from '../support/paths.js';

test.describe('smoke: the built app on a phone', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('shows the Indonesian home page at 360×640 with the server connected', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(app.url, { waitUntil: 'load' });

    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await page.getByTestId('home').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('Pasar Latihan');
    const join = page.getByRole('link', { name: /Gabung Kelas/ });
    await join.waitFor();
    await expectTall(join, '"Gabung Kelas"');

    const status = page.getByTestId('server-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('up');

    // Nothing overflows the phone's width.
    await expectNoSideScroll(page);

    await page.screenshot({ path: path.join(ARTIFACTS, 'smoke-home-360x640.png'), fullPage: true });

    await join.click();
    await page.waitForURL(/\/gabung$/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test("a trainee's home, loaded cold, reads each thing once when nothing happened meanwhile", async () => {
    const created = await createWorkshopClass(app);
    const phone = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    // The app's broadcasts so far (the count in its read mark): the class made, her join, and just after it her
    // missions' first states. Once that third one is out, the class is quiet.
    const broadcasts = async () => Number((await fetch(`${app.url}/api/health`)).headers.get('x-event-mark')?.split('.')[1]);
    await expect.poll(broadcasts, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    // The page she joined on goes (a busy run once counted its own late reads here); the home opens cold in a new
    // page of the same phone, with her session.
    const joinErrors = phone.errors;
    await phone.page.close();
    const page = await phone.context.newPage();
    const errors = collectErrors(page);
    const reads: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.pathname.startsWith('/api/')) reads.push(`${url.pathname}${url.search}`);
    });
    // The live connection's question and the server's answers (socket.io frames).
    const asked: string[] = [];
    const answers: string[] = [];
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"sync:since"')) asked.push(frame.payload);
      });
      socket.on('framereceived', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('"missed"')) answers.push(frame.payload);
      });
    });
    await page.goto(`${app.url}/toko`, { waitUntil: 'load' });
    // Every live part of the home (header, cards) asked once its socket connected, and was answered.
    await expect.poll(() => asked.length > 0 && answers.length === asked.length, { timeout: 15_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(answers.every((answer) => answer.includes('"missed":false')), `answers: ${answers.join(' ')}`).toBe(true);
    // The home's own cards, read once: no second load when the socket connected (before: every read twice, about a
    // second after the paint on a phone). Other parts (the bottom bar's counts, loaded later) may read on their own.
    for (const card of ['/api/shops/mine', '/api/missions/mine', '/api/learning-check/mine']) {
      expect(reads.filter((read) => read === card), `${card} in ${reads.join(', ')}`).toHaveLength(1);
    }
    expect([...joinErrors, ...errors]).toEqual([]);
    await phone.context.close();
  });

  test('answers a deep link with the app, not a 404', async () => {
    const res = await fetch(`${app.url}/gabung`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });
});
