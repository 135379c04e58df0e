import { defineConfig } from 'vitest/config';

export default defineConfig({
  // NestJS and TypeORM read constructor and property types from decorator metadata, as tsc emits it for the build.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.int-spec.ts', 'test/**/*.int-spec.ts'],
    globals: true,
    environment: 'node',
    globalSetup: ['test/global-setup.mjs'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
  },
});
