// The browser every browser test and measurement drives (support/browser.ts): Playwright's own switches kept, and
// Chromium's address-bar pages off. Chromium keeps only the last `--disable-features`, so ours must carry every
// feature Playwright turns off; and a new window must open no chrome://omnibox-popup page beside the one under test
// (it took CPU from the phone being measured, support/browser.ts#CHROME_UI_FEATURES_OFF).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../support/browser.js';

/** The command line of the browser process started with `marker` among its switches (Linux /proc). */
function browserCommandLine(marker: string): string[] {
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(marker) && !args.some((arg) => arg.startsWith('--type='))) return args;
  }
  throw new Error(`no browser process with ${marker}`);
}

const features = (arg: string) => arg.slice(arg.indexOf('=') + 1).split(',').filter(Boolean);

describe('the browser the tests drive', () => {
  it("keeps every feature Playwright turns off, and opens no address-bar page beside the page under test", async () => {
    const marker = `--pasar-latihan-test=${randomUUID()}`;
    const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_ARGS, marker] });
    try {
      const args = browserCommandLine(marker);
      const disabled = args.filter((arg) => arg.startsWith('--disable-features='));
      // Playwright's comes first, ours last; Chromium honours only the last.
      expect(disabled.length).toBeGreaterThanOrEqual(2);
      const playwrights = features(disabled[0]!);
      const honoured = features(disabled[disabled.length - 1]!);
      expect(playwrights.filter((feature) => !honoured.includes(feature))).toEqual([]);

      const context = await browser.newContext();
      await context.newPage();
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      expect(targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://'))).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
