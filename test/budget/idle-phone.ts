// What a trainee's phone spends on data to get to a page, and then while it sits there during the workshop: her home
// open, the phone awake, while the facilitator talks. A script that prints figures, not a test:
//
//   npm run idle:phone -- [MINUTES] [PATH] [busy]   (3 minutes on /toko by default)
//
// The phone reaches the app at the LAN address (http, no service worker) through a TCP proxy that counts every byte
// each way (support/phone-network.ts), so the figures are the bytes on the wire above TCP: HTTP headers and bodies,
// the socket's WebSocket frames. Each HTTP request is named by its path (ids folded to ":id"); the bytes that
// follow it on its connection, until the next, are its answer. Four classmates have each posted three products with
// a photo. A trainee opens the join link, joins, opens PATH and waits for the network to be quiet ("getting there",
// printed by kind), then sits there for MINUTES (printed by request). With `busy`, every 20 s meanwhile one classmate
// buys another's product and pays for it, so the class's events reach her too.
import { LAN_HOST, launchChromium, untilNetworkQuiet } from '../support/browser.js';
import { api, joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { PhoneNetwork, type Tally } from '../support/phone-network.js';
import { createWorkshopClass, payInSimulator, placeOrder, postPalmSugar } from '../support/workshop.js';

const minutes = Number(process.argv[2] ?? 3);
const path = process.argv[3] ?? '/toko';
const busy = process.argv[4] === 'busy';

/** What a request is, for "getting there". */
function kind(name: string): string {
  if (name.startsWith('WebSocket')) return 'the socket';
  if (/^\w+ \/api\//.test(name)) return 'API';
  if (name.includes('/assets/')) return "the app's code and styles";
  if (name.includes('/media/')) return 'photos';
  return 'pages and the rest';
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

const proxy = new PhoneNetwork();
const [app, browser] = await Promise.all([startTestApp(), launchChromium({ lan: true })]);
let classmatesBusy: ReturnType<typeof setInterval> | undefined;
const classmatesBuying = new Set<Promise<void>>();
try {
  const port = await proxy.listen(Number(new URL(app.url).port));
  const origin = `http://${LAN_HOST}:${port}`;
  const { joinCode } = await createWorkshopClass(app);
  const names = ['Siti', 'Rina', 'Dewi', 'Yati'];
  const classmates = await Promise.all(names.map((name) => api<{ token: string; shop: { id: string } }>(app, 'POST', '/api/join', { code: joinCode, displayName: `Bu ${name}` })));
  const products: { id: string }[] = [];
  for (const [n, classmate] of classmates.entries()) {
    for (const [size, fill] of [['250 g', '#7a4a1e'], ['500 g', '#5a3a1e'], ['1 kg', '#8a5a2e']] as const) {
      products.push(await postPalmSugar(app, classmate.token, `Gula Aren Bu ${names[n]} ${size}`, fill));
    }
  }

  proxy.phase = 'getting there';
  const phone = await joinOnPhone(browser, app, joinCode, 'Bu Ani', { origin });
  if (path !== '/toko') await phone.page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await untilNetworkQuiet(phone.page, 3_000);
  const byKind = new Map<string, Tally>();
  for (const [name, t] of proxy.tallies.get('getting there') ?? []) {
    const k = byKind.get(kind(name)) ?? { count: 0, up: 0, down: 0 };
    byKind.set(kind(name), { count: k.count + t.count, up: k.up + t.up, down: k.down + t.down });
  }
  const there = [...byKind.values()].reduce((sum, t) => sum + t.up + t.down, 0);
  console.log(`joining and opening ${path}: ${kb(there)} in all`);
  for (const [what, t] of [...byKind.entries()].sort((a, b) => b[1].down - a[1].down)) {
    console.log(`  ${what}: ${t.count} requests, ${kb(t.up)} up, ${kb(t.down)} down`);
  }

  if (busy) {
    let n = 0;
    classmatesBusy = setInterval(() => {
      const buyer = classmates[n % classmates.length]!;
      const seller = (n + 1) % classmates.length;
      n++;
      const buying = placeOrder(app, buyer.token, { productId: products[seller * 3]!.id, shopId: classmates[seller]!.shop.id })
        .then((order) => payInSimulator(app, order, buyer.token))
        .catch((error: unknown) => console.error('classmate:', error))
        .finally(() => classmatesBuying.delete(buying));
      classmatesBuying.add(buying);
    }, 20_000);
  }

  proxy.phase = 'sitting';
  const started = Date.now();
  await phone.page.waitForTimeout(minutes * 60_000);
  proxy.phase = undefined;
  const seconds = (Date.now() - started) / 1000;

  const rows = [...(proxy.tallies.get('sitting') ?? [])].sort((a, b) => b[1].up + b[1].down - (a[1].up + a[1].down));
  const total = rows.reduce((sum, [, t]) => sum + t.up + t.down, 0);
  console.log(`sitting on ${path} for ${seconds.toFixed(0)} s${busy ? ', classmates busy' : ''}: ${kb(total)} in all, ${((total * 3600) / seconds / 1000).toFixed(0)} KB an hour`);
  for (const [what, t] of rows) {
    console.log(`  ${what}: ${t.count} requests, ${kb(t.up)} up, ${kb(t.down)} down`);
  }
  await phone.context.close();
} finally {
  if (classmatesBusy) clearInterval(classmatesBusy);
  await Promise.all(classmatesBuying);
  await proxy.close();
  await stopTestApp(app, browser);
  await browser.close();
}
