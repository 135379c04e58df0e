/* global console, process */
// Measures the JavaScript a first visit downloads before the page can render: index.html's entry chunk,
// the lazy chunk of the page opened, and everything those import statically (dynamic imports such as
// socket.io-client, loaded after the first render, are not counted). Sizes are gzip -9 (Vite's own report reads about 1 kB higher in total).
// Usage: node scripts/first-load-size.mjs   (builds into a temporary folder with a manifest; dist/ is untouched)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_KB = 150;
const ROUTES = {
  '/': 'src/features/home/routes/home-page.tsx',
  '/gabung': 'src/features/join-class/routes/join-page.tsx',
  '/toko': 'src/features/shop/routes/shop-home-page.tsx',
  '/pasar': 'src/features/catalog/routes/storefront-page.tsx',
  '/keranjang': 'src/features/checkout/routes/cart-page.tsx',
  '/pesanan': 'src/features/orders/routes/my-orders-page.tsx',
  // Opened from a link rather than first, but held to the same budget: a shared product link, the seller's pages,
  // the checkout and the payment instructions (a reload there is a first load too).
  '/pasar/produk/:id': 'src/app/routes/product-route.tsx',
  '/pasar/toko/:id': 'src/features/catalog/routes/shop-page.tsx',
  '/toko/produk': 'src/features/catalog/routes/my-products-page.tsx',
  '/toko/produk/baru': 'src/features/catalog/routes/new-product-page.tsx',
  '/toko/pesanan': 'src/features/orders/routes/shop-orders-page.tsx',
  '/checkout': 'src/features/checkout/routes/checkout-page.tsx',
  '/pesanan/:id/bayar': 'src/features/orders/routes/order-payment-page.tsx',
};
// Never in a trainee's first load: the facilitator's console, the payment simulator (the "bank app"), English.
const NEVER_FIRST = /features\/(facilitator-console|payment-simulator)\/|i18n\/en\.json/;

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-first-load-'));
try {
  execFileSync('npx', ['vite', 'build', '--manifest', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: clientDir,
    stdio: 'inherit',
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  // kB of 1000 bytes, as Vite reports them.
  const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length / 1000;

  const staticClosure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
    return seen;
  };

  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  let failed = false;
  for (const [route, source] of Object.entries(ROUTES)) {
    if (!manifest[source]) throw new Error(`${source} is not a chunk of its own`);
    const keys = new Set([...staticClosure(entry), ...staticClosure(source)]);
    const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
    const total = files.reduce((sum, file) => sum + gzipKb(file), 0);
    const socketIo = files.some((file) => /socket|engine/i.test(file)) || [...keys].some((key) => /socket\.io|engine\.io/.test(key));
    const stray = [...keys].filter((key) => NEVER_FIRST.test(key) || (manifest[key].src && NEVER_FIRST.test(manifest[key].src)));
    const warning = `${socketIo ? '  (includes socket.io!)' : ''}${stray.length ? `  (includes ${stray.join(', ')}!)` : ''}`;
    console.log(`${route.padEnd(20)} ${total.toFixed(1).padStart(6)} kB gz in ${files.length} chunks${warning}`);
    for (const file of files.sort()) console.log(`                       ${gzipKb(file).toFixed(1).padStart(6)}  ${file}`);
    if (total > BUDGET_KB || socketIo || stray.length) failed = true;
  }
  if (failed) {
    console.error(`Over the ${BUDGET_KB} kB budget, or socket.io, the console, the simulator or English in a first load.`);
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
