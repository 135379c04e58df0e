// Issue 15, defect 8: every response carries the security headers (helmet), and the built client lives with its
// Content-Security-Policy (script-src 'self', no inline scripts): the main trainee, buyer, facilitator and simulator
// screens are visited in Chromium and not one `securitypolicyviolation` (nor a CSP console message) may appear.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { AppProcess } from '../support/app-process.js';
import { phoneContext } from '../support/browser.js';
import { joinOnPhone, signInAsFacilitator, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';

interface Violations {
  list: string[];
}

/** Records CSP violations of every page of the context: the DOM event, and Chromium's console message. */
async function watchCsp(context: BrowserContext, into: Violations): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP-VIOLATION ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (text.includes('CSP-VIOLATION') || text.includes('Content Security Policy')) into.list.push(`${message.page()?.url()}: ${text}`);
  });
}

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  // Lazy routes load their own chunks and styles: let them arrive.
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

test.describe('security headers and the Content-Security-Policy', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    test.setTimeout(150_000);
    browser = chromium;
    app = await startTestApp({ timeoutMs: 120_000 });
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('sends CSP, nosniff, frame-ancestors and Referrer-Policy on HTML, and no framing, no sniffing on the API', async () => {
    for (const path of ['/', '/pasar']) {
      const res = await fetch(`${app.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    // An API answer is never a page: nothing may load from it, nobody may frame it (api/src/common/http/security-headers.ts).
    for (const path of ['/api/health', '/api/auth/me']) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    // No inline script in the built page: every <script> has a src.
    const html = await (await fetch(app.url)).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
  });

  test('shows the trainee, buyer, facilitator and simulator screens with zero CSP violations', async () => {
    test.setTimeout(300_000);
    const violations: Violations = { list: [] };
    const created = await createWorkshopClass(app);

    const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await watchCsp(laptop, violations);
    const facilitator = await laptop.newPage();
    await signInAsFacilitator(facilitator, app);
    for (const path of ['', '/proyektor', '/konsol', '/daftar-hadir', '/laporan', '/chat']) {
      await visit(facilitator, `${app.url}/fasilitator/kelas/${created.id}${path}`);
    }
    await visit(facilitator, `${app.url}/fasilitator`);

    const trainee = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    await watchCsp(trainee.context, violations);
    for (const path of ['/toko', '/toko/produk', '/toko/produk/baru', '/toko/pesanan', '/toko/saldo', '/toko/misi', '/notifikasi', '/chat', '/cek-resi']) {
      await visit(trainee.page, `${app.url}${path}`);
    }

    const buyer = await joinOnPhone(browser, app, created.joinCode, 'Bu Rahma', { buyer: true });
    await watchCsp(buyer.context, violations);
    for (const path of ['/pasar', '/keranjang', '/pesanan']) await visit(buyer.page, `${app.url}${path}`);

    const payer = await phoneContext(browser);
    await watchCsp(payer, violations);
    const bank = await payer.newPage();
    for (const path of ['/', '/gabung', '/simulator']) await visit(bank, `${app.url}${path}`);

    expect(violations.list).toEqual([]);
    // The watch itself works: an inline script added now is blocked and reported.
    await bank.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
    });
    await expect.poll(() => violations.list.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await bank.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect([...trainee.errors, ...buyer.errors].filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
    await Promise.all([laptop.close(), trainee.context.close(), buyer.context.close(), payer.close()]);
  });
});
