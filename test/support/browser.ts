// Debian's Chromium driven by Playwright; never a downloaded browser.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright itself turns off (playwright-core's chromiumSwitches.ts, 1.64). Chromium keeps only the last
 * `--disable-features` it is given, so ours repeats them; browser-flags.test.ts fails when Playwright's list grows.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's own address-bar pop-ups, built as web pages (chrome://omnibox-popup.top-chrome, about 400 KB of
 * script). Chromium 156 loads them for every new window, so for every browser context a test opens: a second
 * renderer parsing and running script beside the page under test. On 2 cores it took CPU from the phone being
 * measured: a trainee's home painted 1.9–2.9 s after the same build's, run to run. No phone has them.
 */
export const CHROME_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** As root without a GPU, and quiet: this machine's closed network refuses Chromium's own background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...CHROME_UI_FEATURES_OFF].join(',')}`,
];

/** Throws with the fix when Debian's Chromium is missing (the runner's config and the scripts both ask). */
export function requireChromium(): string {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return CHROMIUM;
}

/**
 * A name this Chromium resolves to this machine, for `launchChromium({ lan: true })`: an origin that is neither
 * localhost nor https, as a hall's LAN address (http://192.168.1.10:3000) is, so no secure context.
 */
export const LAN_HOST = 'laptop-fasilitator.lan';

/** The app's address under LAN_HOST. */
export function lanOrigin(appUrl: string): string {
  return appUrl.replace('127.0.0.1', LAN_HOST);
}

/**
 * Chromium for a script (the LCP A/B) or a test that needs its own; the browser tests get theirs from the runner
 * (test/playwright.config.ts). With `lan`, LAN_HOST resolves to this machine.
 */
export async function launchChromium(options: { lan?: boolean } = {}): Promise<Browser> {
  const args = options.lan ? [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: requireChromium(), headless: true, args });
}

/** A cheap Android phone: 360×640, touch, Indonesian. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
}

/** The facilitator's laptop, on the projector: 1280×720, Indonesian, downloads kept (the attendance CSV). */
export function laptopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
}

/**
 * No request started, finished or failed for `quietMs`: the page has done what it does once quiet (first-screen-quiet.ts
 * waits 1.5 s). Watched from here, not through the page's Resource Timing buffer, which stops at 250 entries.
 */
export async function untilNetworkQuiet(page: Page, quietMs: number, timeoutMs = 60_000): Promise<void> {
  let last = Date.now();
  const seen = () => (last = Date.now());
  page.on('request', seen);
  page.on('requestfinished', seen);
  page.on('requestfailed', seen);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() - last < quietMs) {
      if (Date.now() > deadline) throw new Error(`the network was not quiet for ${quietMs} ms within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    page.off('request', seen);
    page.off('requestfinished', seen);
    page.off('requestfailed', seen);
  }
}
