import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './support/browser.js';

// The browser tests: @playwright/test drives Debian's Chromium (never a downloaded browser), one per worker; each
// file starts its own built app in its beforeAll (support/e2e.ts, startTestApp) and stops it in its afterAll, also on
// failure. The tests of a file build on each other (a class, a shop, an order), so they run in order and a failure
// skips the rest of its file (each file's `mode: 'serial'`).
//
// Two files run side by side; those that measure the machine (the LCP budget, the action-to-grid latency of a full
// class on the projector) run afterwards, one at a time. The other cross-cutting tests (contract, docs, load, faults,
// backup) start no browser and run under vitest (vitest.config.ts); `npm test` runs vitest, then this.
const ALONE = ['budget/**/*.test.ts', 'e2e/console-full-class.test.ts'];

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.test.ts', 'budget/**/*.test.ts'],
  globalSetup: './support/global-setup.ts',
  // A hang guard, not a budget: a test (or a beforeAll that starts the app) that needs longer says so with
  // test.setTimeout. startApp's own start-up limit (120 s) scales on a slow machine.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'artifacts/playwright',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'paired', testIgnore: ALONE, workers: 2 },
    { name: 'alone', testMatch: ALONE, workers: 1, dependencies: ['paired'] },
  ],
  workers: 2,
});
