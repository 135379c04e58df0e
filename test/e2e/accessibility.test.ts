// Accessibility of every screen a trainee, a buyer and the payment simulator's payer see, and of the panels they open
// on them (the ship sheet, "are you sure?", the simulator's bill, its refusal and its receipt): axe-core (WCAG 2.2
// A/AA tags) finds no serious or critical violation, in Bahasa Indonesia and in English; every tap target is a thumb
// wide and tall (48 × 48 px, the brief's bar; WCAG's AA asks 24); and at 200 % text size (a phone's "large text"
// setting), in both languages, no screen scrolls sideways and its primary buttons stay on screen.
// Kept fast: one app, one Chromium, one page per person reused for every screen, each screen scanned once per language.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import type { AppProcess } from '../support/app-process.js';
import { phoneContext } from '../support/browser.js';
import { api, joinOnPhone, largeTextProblem, smallTapTargets, startTestApp, stopTestApp, type Phone } from '../support/e2e.js';
import { createWorkshopClass, payInSimulator, placeOrder, postPalmSugar } from '../support/workshop.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGUAGE_KEY = 'pasar-latihan.language';

type Language = 'id' | 'en';

interface Screen {
  name: string;
  who: 'trainee' | 'buyer' | 'payer';
  path: string;
  /**
   * What she taps on that screen to open a panel (a sheet, an "are you sure?", the simulator's next step), waiting
   * until it shows; the screen is then loaded afresh, so no state is left from the screen before.
   */
  open?: (page: Page, language: Language) => Promise<void>;
}

interface Finding {
  screen: string;
  language: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** The page is drawn: no loading bar or "Memuat…" left, and its main heading there (a screen without one is scanned anyway). */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.querySelectorAll('.page-loading, .nav-progress').length === 0 && document.querySelector('h1') !== null, undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
}

/**
 * axe-core's violations of the WCAG tags on the page as it is. axe is put into the page once per document and run
 * there: @axe-core/playwright's AxeBuilder injected it again for every scan and finished each scan in a new blank page,
 * 1.1 s a screen against 0.09 s here (64 scans, quiet machine). Only violations are collected (passes and incomplete
 * results cost time and are not read). The screens have no frames (checked), so the page's own document is all there is.
 */
async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  expect(await page.locator('iframe, frame').count(), 'a frame axe would not scan').toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  return page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    return (await axe.run(document, runOptions)).violations;
  }, options);
}

/** Opens a screen inside the running app (react-router follows popstate): no new page load, so the scan is all that costs. */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction((to) => window.location.pathname + window.location.search === to, path);
}

test.describe('accessibility: axe (WCAG 2.2 A/AA) on every trainee, buyer and simulator screen, two languages, 200 % text', () => {
  test.describe.configure({ mode: 'serial' });
  let app: AppProcess;
  let browser: Browser;
  test.beforeAll(async ({ browser: chromium }) => {
    browser = chromium;
    app = await startTestApp();
  });
  test.afterAll(() => stopTestApp(app, browser));

  test('finds no serious or critical violation, and nothing spills sideways at 200 % text', async () => {
    test.setTimeout(900_000); // a busy shared machine; quiet, the whole file takes well under 3 minutes
    const started = Date.now();
    const created = await createWorkshopClass(app);
    const trainee: Phone = await joinOnPhone(browser, app, created.joinCode, 'Sriyati');
    const buyer: Phone = await joinOnPhone(browser, app, created.joinCode, 'Bu Rahma', { buyer: true });
    const payerContext = await phoneContext(browser);
    const payer = await payerContext.newPage();
    await payer.goto(`${app.url}/cek-resi`);

    // The data the screens show: a product, an unpaid order and a paid one, a conversation.
    const product = await postPalmSugar(app, trainee.token);
    const second = await postPalmSugar(app, trainee.token, 'Gula Semut Aren 250 gram', '#a0662a');
    const unpaid = await placeOrder(app, buyer.token, { productId: second.id, shopId: trainee.session.shopId });
    const paid = await placeOrder(app, buyer.token, { productId: product.id, shopId: trainee.session.shopId });
    await payInSimulator(app, paid, buyer.token);
    const conversation = await api<{ id: string }>(app, 'POST', '/api/chat/conversations', { shopId: trainee.session.shopId, productId: product.id }, buyer.token);
    // A certificate (the class asks for a product with a photo), for its page and the public check.
    await api(app, 'PUT', `/api/classes/${created.id}/certificates/settings`, { requiredMissions: ['product_with_photo'] }, created.adminToken);
    const certificate = await api<{ code: string }>(app, 'POST', '/api/certificates/mine', undefined, trainee.token);
    // One more unpaid order per language, for the payer to pay in the simulator's bank app (its receipt).
    const toPay = {
      id: await placeOrder(app, buyer.token, { productId: second.id, shopId: trainee.session.shopId }),
      en: await placeOrder(app, buyer.token, { productId: second.id, shopId: trainee.session.shopId }),
    };
    /** The simulator's bank app: BCA chosen, `vaNumber` typed, "Cek Tagihan" tapped. */
    const askForBill = async (page: Page, vaNumber: string) => {
      const form = page.getByTestId('lookup-form');
      await page.getByTestId('channel-bca_va').click();
      await form.locator('input[name=number]').fill(vaNumber);
      await form.locator('button[type=submit]').click();
    };
    /** … and the bill shows. */
    const lookUpBill = async (page: Page, vaNumber: string) => {
      await askForBill(page, vaNumber);
      await page.getByTestId('bill').waitFor();
    };

    const screens: Screen[] = [
      { name: 'trainee home', who: 'trainee', path: '/toko' },
      {
        name: 'trainee home: leave the class?',
        who: 'trainee',
        path: '/toko',
        open: async (page) => {
          await page.getByTestId('logout').click();
          await page.getByRole('alertdialog').waitFor();
        },
      },
      { name: 'Profil Toko', who: 'trainee', path: '/toko/profil' },
      { name: 'Produk Saya', who: 'trainee', path: '/toko/produk' },
      { name: 'Tambah Produk', who: 'trainee', path: '/toko/produk/baru' },
      { name: 'Ubah Produk', who: 'trainee', path: `/toko/produk/${product.id}/ubah` },
      { name: 'seller orders', who: 'trainee', path: '/toko/pesanan' },
      {
        name: 'seller orders: the ship sheet',
        who: 'trainee',
        path: '/toko/pesanan?tab=perlu_dikirim',
        open: async (page) => {
          await page.getByTestId('ship-open').first().click();
          await page.getByTestId('drop-point').first().waitFor();
        },
      },
      { name: 'seller order', who: 'trainee', path: `/toko/pesanan/${paid.id}` },
      { name: 'Saldo', who: 'trainee', path: '/toko/saldo' },
      { name: 'Rekening', who: 'trainee', path: '/toko/rekening' },
      { name: 'Tarik Dana', who: 'trainee', path: '/toko/tarik-dana' },
      { name: 'Iklan', who: 'trainee', path: '/toko/iklan' },
      { name: 'Misi', who: 'trainee', path: '/toko/misi' },
      { name: 'Cek Pemahaman', who: 'trainee', path: '/toko/cek-pemahaman' },
      { name: 'Sertifikat', who: 'trainee', path: '/toko/sertifikat' },
      { name: 'quick replies', who: 'trainee', path: '/toko/chat' },
      { name: 'seller chat list', who: 'trainee', path: '/chat' },
      { name: 'seller chat', who: 'trainee', path: `/chat/${conversation.id}` },
      { name: 'notifications', who: 'trainee', path: '/notifikasi' },
      { name: 'buyer home', who: 'buyer', path: '/' },
      { name: 'storefront', who: 'buyer', path: '/pasar' },
      { name: 'product page', who: 'buyer', path: `/pasar/produk/${product.id}` },
      { name: 'shop page', who: 'buyer', path: `/pasar/toko/${trainee.session.shopId}` },
      { name: 'cart', who: 'buyer', path: '/keranjang' },
      { name: 'checkout', who: 'buyer', path: `/checkout?produk=${product.id}&jumlah=1` },
      { name: 'Pesanan Saya', who: 'buyer', path: '/pesanan' },
      { name: 'buyer order', who: 'buyer', path: `/pesanan/${paid.id}` },
      {
        name: 'buyer order: cancel it?',
        who: 'buyer',
        path: `/pesanan/${unpaid.id}`,
        open: async (page) => {
          await page.locator('.order-actions > button.button--secondary').click();
          await page.getByRole('alertdialog').waitFor();
        },
      },
      { name: 'payment instructions', who: 'buyer', path: `/pesanan/${unpaid.id}/bayar` },
      { name: 'buyer chat', who: 'buyer', path: `/chat/${conversation.id}` },
      { name: 'join', who: 'payer', path: `/gabung/${created.joinCode}` },
      { name: 'Cek Resi', who: 'payer', path: '/cek-resi' },
      { name: 'certificate check', who: 'payer', path: `/sertifikat/${certificate.code}` },
      { name: 'simulator: choose bank', who: 'payer', path: '/simulator' },
      { name: 'simulator: BCA', who: 'payer', path: '/simulator?bank=bca_va' },
      {
        name: 'simulator: a number that is no bill',
        who: 'payer',
        path: '/simulator',
        open: async (page) => {
          await askForBill(page, '12345');
          await page.getByTestId('lookup-form').getByRole('alert').waitFor();
        },
      },
      {
        name: 'simulator: the bill, the amount typed',
        who: 'payer',
        path: '/simulator',
        open: async (page) => {
          await lookUpBill(page, unpaid.payment.instructions.vaNumber);
          await page.getByTestId('bill').locator('input[name=amount]').fill(String(unpaid.total));
        },
      },
      {
        name: 'simulator: the receipt',
        who: 'payer',
        path: '/simulator',
        open: async (page, language) => {
          await lookUpBill(page, toPay[language].payment.instructions.vaNumber);
          await page.getByTestId('bill').locator('input[name=amount]').fill(String(toPay[language].total));
          await page.getByTestId('bill').locator('button[type=submit]').click();
          await page.getByTestId('receipt').waitFor();
        },
      },
    ];
    const pages = { trainee: trainee.page, buyer: buyer.page, payer };

    const findings: Finding[] = [];
    const zoomProblems: string[] = [];
    const smallTargets: string[] = [];
    let scans = 0;
    for (const language of ['id', 'en'] as const satisfies Language[]) {
      // Each person's page loads once per language (the language is read at start), then moves inside the app.
      const loaded = new Set<Page>();
      for (const page of Object.values(pages)) await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [LANGUAGE_KEY, language] as const);
      for (const screen of screens) {
        const page = pages[screen.who];
        const t0 = Date.now();
        if (loaded.has(page) && !screen.open) await openInApp(page, screen.path);
        else {
          await page.goto(`${app.url}${screen.path}`);
          loaded.add(page);
        }
        // English is a chunk of its own: a page loaded cold may paint in Bahasa Indonesia first, then switch.
        await expect.poll(() => page.evaluate(() => document.documentElement.lang), { message: `${screen.name} in ${language}` }).toBe(language);
        await settled(page);
        await screen.open?.(page, language);
        // Scanned from the top, where the sticky header covers nothing. Opening a panel moves the focus to it, and the
        // page scrolls: a link passing under the header is then partly covered, which axe's target-size counts as a
        // small target (the back link, 9 px of it showing, in English only, where the words are longer).
        await page.evaluate(() => window.scrollTo(0, 0));
        const violations = await axeViolations(page);
        scans++;
        const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        console.log(`${language} ${screen.name}: ${serious.length} serious/critical, ${Date.now() - t0} ms`);
        for (const violation of serious) {
          const finding = { screen: screen.name, language, rule: violation.id, impact: violation.impact!, targets: violation.nodes.map((node) => node.target.join(' ')) };
          console.log(`  ${finding.impact} ${finding.rule}: ${finding.targets.slice(0, 3).join(', ')}`);
          findings.push(finding);
        }
        // Thumb-sized tap targets, in both languages (a longer English word can change a button's width).
        for (const small of await smallTapTargets(page)) {
          console.log(`  smaller than a thumb: ${small}`);
          smallTargets.push(`${language} ${screen.name}: ${small}`);
        }
        // 200 % text, in both languages (English's "SIMULATION" was wider than the phone where Indonesian fit): no
        // sideways scroll, primary buttons on screen.
        const problem = await largeTextProblem(page);
        if (problem) {
          console.log(`  200 %: ${problem}`);
          zoomProblems.push(`${language} ${screen.name}: ${problem}`);
        }
      }
    }

    // The scanner itself can fail: on a page with a pale label and a stray list item it finds both.
    await payer.setContent(
      '<html lang="id"><head><title>x</title></head><body><main><h1>Uji</h1><p style="color:#aaa;background:#fff">Aktif</p><div><li>Pesanan</li></div></main></body></html>',
    );
    const control = await axeViolations(payer);
    expect(control.map((violation) => violation.id)).toEqual(expect.arrayContaining(['color-contrast', 'listitem']));
    // So can the thumb check: a 32 px button and a bare checkbox are found; a link in a sentence and a checkbox whose
    // label is tall enough are not.
    await payer.setContent(
      '<html lang="id"><body><main><button style="width:32px;height:48px">1</button><p>Baca <a href="#s">syarat</a> dulu.</p>' +
        '<label style="display:block;height:48px"><input type="checkbox"> Setuju</label><input type="checkbox" aria-label="sendiri"></main></body></html>',
    );
    expect(await smallTapTargets(payer)).toEqual(['button "1" 32×48 px', expect.stringMatching(/^input\[type=checkbox\] "sendiri" /)]);

    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`accessibility: ${scans} screen scans (${screens.length} screens × 2 languages) in ${seconds} s; ${findings.length} serious/critical`);
    for (const problem of zoomProblems) console.log(`  200 %: ${problem}`);
    expect(scans).toBe(screens.length * 2);
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
    expect(zoomProblems).toEqual([]);
    await Promise.all([trainee.context.close(), buyer.context.close(), payerContext.close()]);
  });
});
