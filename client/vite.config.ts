/// <reference types="vitest/config" />
// The API serves dist/ on the same port in production; in development Vite proxies the API to it.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';
import { routePreload } from './build/route-preload';

const apiTarget = 'http://localhost:3000';

/** The .ts tests that need a browser's globals (storage, document, canvas, File); every .tsx test renders. */
const DOM_TESTS = [
  'src/shared/auth/session.test.ts',
  'src/shared/api/http.test.ts',
  'src/shared/i18n/i18n.test.ts',
  'src/features/catalog/api/upload-photo.test.ts',
  'src/features/catalog/resize-photo.test.ts',
  'src/features/catalog/catalog-locales.test.ts',
  'src/features/orders/notification-sound.test.ts',
  'src/features/orders/orders-locales.test.ts',
];

const fromHere = (file: string) => new URL(file, import.meta.url).pathname;

export default defineConfig({
  resolve: {
    // The small subset of i18next and react-i18next the app uses (src/shared/i18n/lite): about 13 KB less on every
    // first load. Types still come from the real packages, so t() keeps its typed keys.
    alias: [
      { find: /^i18next$/, replacement: fromHere('./src/shared/i18n/lite/i18next-lite.ts') },
      { find: /^react-i18next$/, replacement: fromHere('./src/shared/i18n/lite/react-i18next-lite.ts') },
    ],
  },
  // precompress() last: it compresses what every other plugin wrote to dist/.
  plugins: [react(), routePreload(), precompress()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Cheap Android phones on Chrome from the last few years; keeps syntax modern without polyfills.
    target: 'es2020',
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
      // Product photos are served by the API beside the app: /media/<hash>-<size>.webp
      '/media': { target: apiTarget, changeOrigin: true },
    },
  },
  test: {
    restoreMocks: true,
    unstubGlobals: true,
    // Setting up jsdom costs seconds per file; pure tests run in plain node, jsdom only where a DOM is needed.
    projects: [
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx', ...DOM_TESTS], setupFiles: ['src/testing/setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'], exclude: DOM_TESTS, setupFiles: ['src/testing/setup-node.ts'] },
      },
    ],
  },
});
