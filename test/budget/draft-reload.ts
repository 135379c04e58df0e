// A trainee on a cheap phone types a new product's name and price, and the tab reloads at once (the camera app takes
// it down, a thumb pulls the page): how many forms come back with both fields? A script that prints figures, not a
// test (the catalog browser test checks the mechanism):
//
//   npm run draft:reload -- [N]        (10 by default; each with a new trainee)
//
// Throttled as the budget test is (Slow 4G, 4× slower CPU, 360×640). A form that comes back without them prints what
// the page did with the phone's database around the reload (its reads, writes and their commits, and the page's
// hide), logged by the page into sessionStorage, which outlives the reload.
import { launchChromium } from '../support/browser.js';
import { joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass } from '../support/workshop.js';
import { CPU_SLOWDOWN, SLOW_4G } from './measure.js';

const runs = Number(process.argv[2] ?? 10);
const TITLE = 'Keripik Pisang Lampung';
const PRICE = '15000';

const [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
let kept = 0;
try {
  const { joinCode } = await createWorkshopClass(app);
  for (let run = 1; run <= runs; run++) {
    const phone = await joinOnPhone(browser, app, joinCode, `Peserta ${run}`);
    const page = phone.page;
    await page.addInitScript(() => {
      const log = (line: string) => {
        const lines = JSON.parse(sessionStorage.getItem('draft-reload') ?? '[]') as string[];
        lines.push(`${Math.round(performance.now())} ms ${line}`);
        sessionStorage.setItem('draft-reload', JSON.stringify(lines));
      };
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const title = (value as { draft?: { title?: string } } | undefined)?.draft?.title;
        log(`put ${String(key).split(':')[0]}${title === undefined ? '' : ` title=${JSON.stringify(title)}`}`);
        this.transaction.addEventListener('complete', () => log(`committed ${String(key).split(':')[0]}`));
        this.transaction.addEventListener('abort', () => log(`aborted ${String(key).split(':')[0]}`));
        return put.call(this, value, key);
      };
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
        log(`get ${String(key).split(':')[0]}`);
        return get.call(this, key);
      };
      window.addEventListener('pagehide', () => log('pagehide'));
      log(`load ${location.pathname}`);
    });
    const cdp = await phone.context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, connectionType: 'cellular4g' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${app.url}/toko/produk/baru`, { waitUntil: 'load', timeout: 60_000 });
    await page.getByTestId('product-form').waitFor({ timeout: 60_000 });
    await page.getByRole('textbox', { name: /Nama produk/ }).fill(TITLE);
    await page.getByRole('textbox', { name: /Harga/ }).fill(PRICE);
    await page.reload({ waitUntil: 'load', timeout: 60_000 });
    await page.getByTestId('product-form').waitFor({ timeout: 60_000 });
    await page.getByTestId('draft-restored').waitFor({ timeout: 15_000 }).catch(() => undefined);
    const title = await page.getByRole('textbox', { name: /Nama produk/ }).inputValue();
    const price = (await page.getByRole('textbox', { name: /Harga/ }).inputValue()).replace(/\D/g, '');
    const ok = title === TITLE && price === PRICE;
    if (ok) kept++;
    console.log(`reload ${run}: ${ok ? 'kept' : `LOST (name ${JSON.stringify(title)}, price ${JSON.stringify(price)})`}`);
    if (!ok) for (const line of JSON.parse((await page.evaluate(() => sessionStorage.getItem('draft-reload'))) ?? '[]') as string[]) console.log(`  ${line}`);
    await phone.context.close();
  }
  console.log(`kept both fields through an immediate reload: ${kept} of ${runs}`);
} finally {
  await stopTestApp(app, browser);
  await browser.close();
}
