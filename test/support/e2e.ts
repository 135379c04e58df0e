// What the browser tests share: the admin they start the app with, the session key the client stores, starting and
// stopping the app, a page's error log, a JSON call to the app's API, and the checks and screenshots every test makes.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { firstStartDataDir, startApp, type AppProcess, type StartOptions } from './app-process.js';
import { phoneContext } from './browser.js';
import { ARTIFACTS } from './paths.js';

export const ADMIN_EMAIL = 'admin@test.pasar';
export const ADMIN_PASSWORD = 'admin-password-123';
/** Where the client keeps the signed-in token (client/src/shared/auth/session.ts). */
export const SESSION_KEY = 'pasar-latihan.session';

/**
 * The built app (with the test admin, no demo class), started for a test file's beforeAll; the screenshot folder is
 * made too. Chromium is the runner's (test/playwright.config.ts), one per worker. Pass `timeoutMs` where a slow first
 * start is expected.
 */
export async function startTestApp(options: StartOptions = {}): Promise<AppProcess> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const env: { ADMIN_EMAIL: string; ADMIN_PASSWORD: string } & Record<string, string> = { ADMIN_EMAIL, ADMIN_PASSWORD, SEED_DEMO: 'false', ...options.env };
  // A first start with the test admin on the embedded PostgreSQL begins from the run's template (firstStartDataDir).
  const firstStart = !options.dataDir && !env.DATABASE_URL && env.SEED_DEMO === 'false';
  return startApp({ ...options, dataDir: firstStart ? await firstStartDataDir(env) : options.dataDir, env });
}

/**
 * The afterAll to startTestApp: closes every context the file opened in the worker's Chromium (its pages' sockets
 * and timers go with them; the next file in this worker starts clean), stops the app and removes its data folder.
 */
export async function stopTestApp(app: AppProcess | undefined, browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close().catch(() => undefined)));
  await app?.stop();
  if (app) {
    keepAppErrors(app);
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
}

/**
 * The app's error lines (pino level 50 and up: 5xx answers, failed jobs; and the error filter's warning that names a
 * 503's code) go to artifacts/app-logs, and the first few to stderr, so a browser test that met a 500 or 503 says
 * which error it was, in CI's output too.
 */
function keepAppErrors(app: AppProcess): void {
  // The error filter logs a 503's cause (its code) as a warning; a 5xx answer's own line is an error.
  const errors = app.output().split('\n').filter((line) => /"level":(5|6)\d\b/.test(line) || (/"level":40\b/.test(line) && line.includes('"context":"ErrorFilter"')));
  if (errors.length === 0) return;
  const folder = path.join(ARTIFACTS, 'app-logs');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `app-${app.port}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
  fs.writeFileSync(file, errors.join('\n') + '\n');
  const shown = errors.slice(0, 3).map((line) => `  ${line.slice(0, 400)}`);
  console.error(`the app on port ${app.port} logged ${errors.length} error line(s), kept in ${path.relative(process.cwd(), file)}:\n${shown.join('\n')}`);
}

/** Uncaught errors and console errors of a page; a test expects none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed load names only its status; the address says which call it was.
    if (message.type() === 'error') errors.push(message.location().url ? `${message.text()} (${message.location().url})` : message.text());
  });
  return errors;
}

/** A JSON call to the running app; throws with the status and body when it is not 2xx. */
export async function api<T>(app: AppProcess, method: string, url: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${app.url}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Polls a read (usually of the API) until `check` says yes; throws with the last value after `timeoutMs`. */
export async function until<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Nothing overflows the phone's (or laptop's) width: no sideways scrolling. Measured against the layout viewport
 * (`clientWidth`), not `innerWidth`: on a phone (and in Chromium's phone emulation, isMobile) a page wider than the
 * screen widens the window to its own width, so `scrollWidth - innerWidth` stayed 0 on a page 959 px wide.
 */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const { spill, out } = await sideways(page, '');
  assert.ok(spill <= 0, `the page is ${spill} px wider than the screen (${out.join(', ')})`);
}

/** A thumb-sized tap target: at least 48 px tall. */
export async function expectTall(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const height = box?.height ?? 0;
  assert.ok(height >= 48, `${what} is at least 48 px tall (it is ${height} px)`);
}

/** The (first) button with this name is a thumb-sized tap target; a string name matches exactly. */
export function expectTapTarget(page: Page, name: string | RegExp): Promise<void> {
  return expectTall(page.getByRole('button', { name, exact: typeof name === 'string' }).first(), `"${String(name)}"`);
}

/**
 * Every tap target on the page as it is that is smaller than a thumb (48 × 48 px), described: links, buttons, form
 * controls and ARIA widgets that show. A checkbox or radio counts with its label (tapping the label ticks it), and a
 * link inside a sentence is left out (WCAG 2.5.8's inline exception: its size is the text's). Nothing is measured
 * under `aria-hidden` or `inert`.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const shows = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const small: string[] = [];
    const targets = document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=tab], [role=checkbox], [role=radio], [role=switch]',
    );
    for (const target of Array.from(targets)) {
      if (!shows(target) || target.closest('[aria-hidden=true], [inert]')) continue;
      let { width, height } = target.getBoundingClientRect();
      const label = target.closest('label') ?? (target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null);
      if (label && shows(label)) {
        const box = label.getBoundingClientRect();
        width = Math.max(width, box.width);
        height = Math.max(height, box.height);
      }
      if (width >= min && height >= min) continue;
      const own = (target.textContent ?? '').trim();
      const around = (target.parentElement?.textContent ?? '').trim();
      if (target.tagName === 'A' && getComputedStyle(target).display === 'inline' && around.length > own.length) continue;
      const name = (target.getAttribute('aria-label') || own || label?.textContent?.trim() || target.getAttribute('placeholder') || target.getAttribute('name') || '')
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      const type = target.getAttribute('type');
      small.push(`${target.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} "${name}" ${Math.round(width)}×${Math.round(height)} px`);
    }
    return small;
  }, 48);
}

/**
 * At 200 % text (a phone's large-text setting, modelled as the root font size): '' when the page fits, else how far it
 * spills sideways, what sticks out (the innermost elements past the right edge, outside any sideways scroller of their
 * own) and which primary buttons are off screen. Measured against the layout viewport, as expectNoSideScroll is.
 */
export async function largeTextProblem(page: Page): Promise<string> {
  const { spill, out, cut } = await sideways(page, '200%');
  return spill > 0 || cut.length > 0 ? `spills ${spill}px (${out.join(', ')}); buttons off screen: ${JSON.stringify(cut)}` : '';
}

/**
 * With the root font size at `rootFontSize` ('' for the page's own): how far the page spills past the layout viewport,
 * what sticks out (the innermost elements past the right edge, outside any sideways scroller of their own; the first
 * three) and which primary buttons in `main` are off screen.
 */
function sideways(page: Page, rootFontSize: string): Promise<{ spill: number; out: string[]; cut: string[] }> {
  return page.evaluate((fontSize) => {
    document.documentElement.style.fontSize = fontSize;
    // The layout viewport: a phone widens innerWidth to a page wider than the screen (expectNoSideScroll).
    const width = document.documentElement.clientWidth;
    const spill = document.documentElement.scrollWidth - width;
    const cut = Array.from(document.querySelectorAll<HTMLElement>('main .button--primary'))
      .filter((button) => button.offsetParent !== null)
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1 || box.width < 24;
      })
      .map((button) => button.textContent?.trim() ?? '');
    const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const past = (element: Element) => element.getBoundingClientRect().right > width + 1;
    const out = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => past(element) && !Array.from(element.children).some(past))
      .filter((element) => !ancestors(element).some(scrolls))
      .slice(0, 3)
      .map((element) => `${ancestors(element).slice(0, 2).reverse().map(named).join(' > ')} > ${named(element)} "${(element.textContent ?? '').trim().slice(0, 24)}"`);
    function named(element: Element): string {
      return `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '').split(' ')[0]}`;
    }
    function ancestors(element: Element): Element[] {
      const list: Element[] = [];
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) list.push(up);
      return list;
    }
    document.documentElement.style.fontSize = '';
    return { spill, out, cut };
  }, rootFontSize);
}

/** The (first) button with this name shows whole on the first screen, without scrolling. */
export async function expectOnFirstScreen(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('button', { name, exact: true }).first().boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  assert.ok(box && box.y >= 0 && box.y + box.height <= height, `"${name}" is whole on the first screen (0–${height} px; it is at ${box ? `${box.y}–${box.y + box.height}` : 'nowhere'} px)`);
}

/** A whole-page screenshot into test/artifacts, from the top (the sticky header would otherwise sit mid-page). */
export async function fullShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** Marks the page's document; stillTheSamePage tells later whether it survived (no reload happened). */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
}

export function stillTheSamePage(page: Page): Promise<boolean | undefined> {
  return page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage);
}

/** The signed-in session the client keeps in localStorage. */
export interface Session {
  token: string;
  /** The participant's id. */
  id: string;
  shopId: string;
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  errors: string[];
  token: string;
  session: Session;
}

/**
 * A new phone joins the class by its code, as the QR code does (/gabung/KODE), under this name: as a trainee with a
 * shop, or with `buyer` as a demo buyer; at the app's address, or at `origin` (a LAN address, support/browser.ts).
 * `beforeLoad` runs on the new page before it opens the join link (a route, say).
 * Checks the "Gabung" button is thumb-sized, and returns on the shop's home.
 */
export async function joinOnPhone(
  browser: Browser,
  app: AppProcess,
  code: string,
  name: string,
  options: { buyer?: boolean; village?: string; origin?: string; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<Phone> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await options.beforeLoad?.(page);
  await page.goto(`${options.origin ?? app.url}/gabung/${code}${options.buyer ? '?peran=pembeli' : ''}`, { waitUntil: 'load' });
  await page.getByTestId('class-card').waitFor();
  await page.getByRole('textbox', { name: /^Nama/ }).fill(name);
  if (options.village) await page.getByRole('textbox', { name: /Desa/ }).fill(options.village);
  const join = page.getByRole('button', { name: 'Gabung', exact: true });
  await expectTall(join, '"Gabung"');
  await join.click();
  await page.waitForURL(/\/toko$/);
  const session = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key)!) as Session, SESSION_KEY);
  return { context, page, errors, token: session.token, session };
}

/** A new phone (nothing cached) already signed in as this person: she opens the app again on another day. */
export async function phoneSignedInAs(browser: Browser, session: Session): Promise<BrowserContext> {
  const context = await phoneContext(browser);
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [SESSION_KEY, JSON.stringify(session)]);
  return context;
}

/** The facilitator signs in with the test admin on this (laptop) page and lands on her classes. */
export async function signInAsFacilitator(page: Page, app: AppProcess): Promise<void> {
  await page.goto(`${app.url}/fasilitator/masuk`, { waitUntil: 'load' });
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/fasilitator$/);
}
