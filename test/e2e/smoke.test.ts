import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { phoneContext } from '../support/browser.js';
import { expectNoSideScroll, expectTall, startTestApp, stopTestApp } from '../support/e2e.js';
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

  test('answers a deep link with the app, not a 404', async () => {
    const res = await fetch(`${app.url}/gabung`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });
});
