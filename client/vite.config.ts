/// <reference types="vitest/config" />
// The API serves dist/ on the same port in production; in development Vite proxies the API to it.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { localeParts } from './build/locale-parts';
import { precompress } from './build/precompress';
import { routePreload } from './build/route-preload';

const apiTarget = 'http://localhost:3000';
const THEME = '#0b6b47';

// Facilitator and simulator pages are used on a laptop with the server at hand: the phone never downloads them
// ahead. The names are the lazy chunks of those routes (router.tsx).
const NOT_PRECACHED = [
  '**/*.{br,gz}',
  'assets/facilitator-*',
  'assets/class-list-page-*',
  'assets/class-page-*',
  'assets/projector-page-*',
  'assets/attendance-sheet-page-*',
  'assets/live-console-page-*',
  'assets/report-page-*',
  'assets/class-conversations-page-*',
  'assets/simulator-*',
  'assets/console-*',
  'assets/download-attendance-*',
  'assets/desk-*',
];

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * offline.html: what the service worker shows when a page that is not on the phone cannot load. Plain HTML with
 * no script (the CSP allows none inline), its words from the Indonesian locale file.
 */
function offlinePage(): Plugin {
  return {
    name: 'pasar-latihan-offline-page',
    apply: 'build',
    generateBundle() {
      const id = JSON.parse(readFileSync(new URL('./src/shared/i18n/id.json', import.meta.url), 'utf8')) as {
        offline: { title: string; intro: string; stillWorks: string; works: Record<string, string>; home: string };
      };
      const o = id.offline;
      const items = Object.values(o.works)
        .map((text) => `<li>${escapeHtml(text)}</li>`)
        .join('');
      const html = `<!doctype html>
<html lang="id"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="${THEME}"><title>${escapeHtml(o.title)} · Pasar Latihan</title>
<style>body{margin:0;font:18px/1.5 system-ui,sans-serif;color:#1b1f1d;background:#f6f7f5}main{max-width:32rem;margin:0 auto;padding:24px 16px}
h1{font-size:1.5rem;margin:0 0 8px;color:${THEME}}li{margin:6px 0}a{display:inline-flex;align-items:center;min-height:48px;padding:0 20px;margin-top:12px;border-radius:8px;background:${THEME};color:#fff;text-decoration:none;font-weight:600}</style>
</head><body><main data-testid="offline-screen"><h1>${escapeHtml(o.title)}</h1><p>${escapeHtml(o.intro)}</p>
<p>${escapeHtml(o.stillWorks)}</p><ul>${items}</ul><a href="/">${escapeHtml(o.home)}</a></main></body></html>
`;
      this.emitFile({ type: 'asset', fileName: 'offline.html', source: html });
    },
  };
}

/** The .ts tests that need a browser's globals (storage, document, canvas, File); every .tsx test renders. */
const DOM_TESTS = [
  'src/shared/auth/session.test.ts',
  'src/shared/auth/session-time-zone.test.ts',
  'src/shared/api/http.test.ts',
  'src/shared/api/read-marks.test.ts',
  'src/app/early-reads.test.ts',
  'src/shared/i18n/i18n.test.ts',
  'src/features/catalog/api/upload-photo.test.ts',
  'src/features/catalog/resize-photo.test.ts',
  'src/features/catalog/catalog-locales.test.ts',
  'src/features/orders/notification-sound.test.ts',
  'src/features/orders/orders-locales.test.ts',
  'src/features/checkout/choices-draft.test.ts',
];

const fromHere = (file: string) => new URL(file, import.meta.url).pathname;

/**
 * React's API served by Preact (preact/compat) in the app as built: react-dom alone was 207 KB of the 339 KB entry
 * (about 60 KB of brotli), and on a 4× slower phone evaluating it and React's first render were the longest tasks
 * before the first paint (README, "Weight on a phone"). The components, their types and react-router are unchanged.
 * Build only: the development server keeps React (its fast refresh is React's), and so do the unit tests (Vitest,
 * Testing Library); the browser tests run the build, so they cover Preact.
 */
function preactInBuild(): Plugin {
  return {
    name: 'pasar-latihan:preact',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
          { find: /^react-dom$/, replacement: 'preact/compat' },
          { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
          { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
          { find: /^react$/, replacement: 'preact/compat' },
        ],
      },
    }),
  };
}

export default defineConfig({
  resolve: {
    // The small subset of i18next and react-i18next the app uses (src/shared/i18n/lite): about 13 KB less on every
    // first load. Types still come from the real packages, so t() keeps its typed keys.
    alias: [
      { find: /^i18next$/, replacement: fromHere('./src/shared/i18n/lite/i18next-lite.ts') },
      { find: /^react-i18next$/, replacement: fromHere('./src/shared/i18n/lite/react-i18next-lite.ts') },
    ],
  },
  // precompress() last: it compresses what every other plugin wrote to dist/ (the service worker included).
  plugins: [
    react(),
    preactInBuild(),
    localeParts(new URL('./src/shared/i18n/', import.meta.url)),
    routePreload(),
    offlinePage(),
    VitePWA({
      // Registered by the app itself once the first screen has loaded (src/app/register-service-worker.ts), not by
      // a script of the plugin's in index.html's head at the load event.
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['icons/apple-touch-icon.png'],
      manifest: {
        name: 'Pasar Latihan',
        short_name: 'Pasar Latihan',
        description: 'Pasar tiruan untuk latihan jualan online.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME,
        background_color: '#f6f7f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself (listed twice, the precache would refuse them).
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        globIgnores: NOT_PRECACHED,
        // Every app address opens the cached shell; the API, photos, sockets and the facilitator's and the
        // simulator's pages (not cached) go to the network, and a failed navigation there shows offline.html.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/media\//, /^\/socket\.io\//, /^\/fasilitator/, /^\/simulator/],
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: 'offline.html' } },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Cheap Android phones on Chrome from the last few years; keeps syntax modern without polyfills.
    target: 'es2020',
    rolldownOptions: {
      output: {
        // The app's own shared code (src/shared: the API client, hooks, formatters, UI parts) used by two pages or
        // more goes in one chunk, with the libraries it needs, instead of a tiny chunk per module: the trainee home
        // loaded 18 files of under 3 KB each, which queued on HTTP/1.1's six connections in front of the page's
        // own reads. The home's first load 52 → 41 requests; LCP 2244 → 2036 ms (home) and 2348 → 2116 ms (storefront) against the
        // same build without it, medians of 5 interleaved loads (README, "Where the LCP time went").

        codeSplitting: {
          groups: [{ name: 'shared', test: /[\\/]client[\\/]src[\\/]shared[\\/]/, minShareCount: 2 }],
        },
      },
    },
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
    // A hang guard, not a budget: vitest's default 5 s failed a console screen test at 5.3 s with the machine at load
    // average 14 (two test suites and a benchmark on 2 cores, 5 Dec 2026); quiet, the slowest screen test takes ~1 s.
    testTimeout: 30_000,
    restoreMocks: true,
    unstubGlobals: true,
    // Setting up jsdom costs seconds per file; pure tests run in plain node, jsdom only where a DOM is needed.
    projects: [
      {
        extends: true,
        // Shared modules (isolate: false): a fresh worker, jsdom and module graph per file cost about 2 s of CPU each.
        // The screens keep module state (i18n, the outbox, ...), so src/testing/setup.ts puts it back after every
        // test (the *ForTests resets next to that state); shuffled runs (--sequence.shuffle, seeds 1-10) pass. On the
        // 2-core machine, load average under 2.5 (5 Dec 2026): `npx vitest run` 79 s wall, 76 s user isolated; 31 s
        // wall, 19 s user shared.
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx', ...DOM_TESTS], setupFiles: ['src/testing/setup.ts'], isolate: false },
      },
      {
        extends: true,
        // Pure code: no module state carried between files (they pass shuffled), so one worker runs them all without
        // re-importing per file (13 s of CPU down to 3 s on the 2-core machine).
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'], exclude: DOM_TESTS, setupFiles: ['src/testing/setup-node.ts'], isolate: false },
      },
    ],
  },
});
