/// <reference types="vitest/config" />
// The API serves dist/ on the same port in production; in development Vite proxies the API to it.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  // precompress() last: it compresses what every other plugin wrote to dist/.
  plugins: [react(), precompress()],
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
