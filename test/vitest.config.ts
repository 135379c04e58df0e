import { defineConfig } from 'vitest/config';

// Cross-cutting tests without a browser: they start the built app as a real process, or read the repo. Two files run
// side by side, except those that load the machine (the load, the faults, backup and restore), which run one at a time
// after the others, alone. A first start with the test admin begins from one template per run
// (support/global-setup.ts, support/app-process.ts firstStartDataDir).
const ALONE = ['load/**/*.test.ts', 'fault/**/*.test.ts', 'backup/**/*.test.ts'];
// e2e/** and budget/**: the browser tests, on @playwright/test (playwright.config.ts). docker/**: `npm run
// test:docker`, on a real engine (its own config).
const EXCLUDE = ['node_modules/**', 'artifacts/**', 'docker/**', 'e2e/**', 'budget/**'];

export default defineConfig({
  test: {
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 90_000,
    // A beforeAll that starts the app may wait up to startApp's limit (120 s) on a busy machine.
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'paired', include: ['**/*.test.ts'], exclude: [...EXCLUDE, ...ALONE], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, exclude: EXCLUDE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
