// The dot at the top of every page says whether the Pasar Latihan server answers. A signed-in phone has its socket
// connected, whose ping (every 20 s, a few bytes) already says so; asking GET /api/health every 30 s as well cost her
// about 1.4 KB each time, 174 KB an hour of her data (`npm run idle:phone`). So while the socket is connected the
// phone asks nothing, and once it drops it asks at once and every 30 s until the socket is back.
//
// Here GET /api/health is refused for the whole test, so the dot can say "up" only from the socket: it must, once she
// has joined; it must say "down" when the app stops; and "up" again, from the socket, when the app is back.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startApp, type AppProcess } from '../support/app-process.js';
import { lanOrigin, launchChromium } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';

test.describe('the server status dot on a signed-in phone', () => {
  let app: AppProcess | undefined;
  let browser: Browser | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    [app, browser] = await Promise.all([startTestApp(), launchChromium({ lan: true })]);
  });

  test.afterAll(async () => {
    await stopTestApp(app, browser);
    await browser?.close();
  });

  test('follows her socket, and asks GET /api/health only while the socket is down', async () => {
    test.setTimeout(180_000);
    const { joinCode } = await createWorkshopClass(app!);
    const origin = lanOrigin(app!.url);
    const healthAsked: number[] = [];
    // Every phone context this test opens refuses /api/health: only the socket can make the dot say "up".
    const refuseHealth = async (page: Page) => {
      await page.route('**/api/health', (route) => {
        healthAsked.push(Date.now());
        return route.abort('connectionrefused');
      });
    };
    const phone = await joinOnPhone(browser!, app!, joinCode, 'Bu Ani', { origin, beforeLoad: refuseHealth });
    const dot = phone.page.getByTestId('server-status');

    await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 30_000 });
    // Back from another app (the bank app, WhatsApp): with the socket connected nothing is asked.
    const askedWhileConnected = healthAsked.length;
    await phone.page.evaluate(() => {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(dot).toHaveAttribute('data-state', 'up');
    expect(healthAsked.length).toBe(askedWhileConnected);

    // The laptop's app stops: the socket drops, the phone asks at once, and the dot says so.
    const { port, dataDir } = app!;
    const stoppedAt = Date.now();
    await app!.stop();
    await expect(dot).toHaveAttribute('data-state', 'down', { timeout: 30_000 });
    expect(healthAsked.some((at) => at >= stoppedAt)).toBe(true);

    // It starts again on the same address: the socket reconnects and the dot says "up" with /api/health still refused.
    app = await startApp({ port, dataDir, env: { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false' }, timeoutMs: 120_000 });
    await expect(dot).toHaveAttribute('data-state', 'up', { timeout: 60_000 });
    await phone.context.close();
  });
});
