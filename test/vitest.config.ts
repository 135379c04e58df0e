import { defineConfig } from 'vitest/config';

// Cross-cutting tests: they start the built app as a real process, so they run one file at a time.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // docker/**: `npm run test:docker`, on a real engine (its own config).
    exclude: ['node_modules/**', 'artifacts/**', 'docker/**'],
    testTimeout: 90_000,
    // A beforeAll that starts the app may wait up to startApp's limit (120 s) on a busy machine.
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
