/// <reference types="vitest/config" />
// The API serves dist/ on the same port in production; in development Vite proxies the API to it.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';
import { routePreload } from './build/route-preload';

const apiTarget = 'http://localhost:3000';

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
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
