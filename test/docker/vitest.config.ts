import { defineConfig } from 'vitest/config';

// `npm run test:docker`: the compose files on a real Docker engine. Slow (image builds, stacks up and down), so
// it is not part of `npm test`'s vitest run; .ci/run runs it after `npm test`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 2_400_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
