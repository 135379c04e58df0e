// What a trainee's phone spends on data to get to a page, and then while it sits there during the workshop: her home
// open, the phone awake, while the facilitator talks. A script that prints figures, not a test:
//
//   npm run idle:phone -- [MINUTES] [PATH] [busy]   (3 minutes on /toko by default)
//
// The phone reaches the app through a TCP proxy in this script that counts every byte each way, per connection, at
// the LAN address (http, no service worker), so the figures are the bytes on the wire above TCP: HTTP headers and
// bodies, the socket's WebSocket frames. Each HTTP request is named by its path (ids folded to ":id"); the bytes that
// follow it on its connection, until the next, are its answer. Four classmates have each posted three products with
// a photo. A trainee opens the join link, joins, opens PATH and waits for the network to be quiet ("getting there",
// printed by kind), then sits there for MINUTES (printed by request). With `busy`, every 20 s meanwhile one classmate
// buys another's product and pays for it, so the class's events reach her too.
import net from 'node:net';
import { LAN_HOST, launchChromium, untilNetworkQuiet } from '../support/browser.js';
import { api, joinOnPhone, startTestApp, stopTestApp } from '../support/e2e.js';
import { createWorkshopClass, payInSimulator, placeOrder, postPalmSugar } from '../support/workshop.js';

const minutes = Number(process.argv[2] ?? 3);
const path = process.argv[3] ?? '/toko';
const busy = process.argv[4] === 'busy';

interface Tally {
  count: number;
  up: number;
  down: number;
}

/** Counts bytes per request path, under the phase set (none while it is undefined). */
class CountingProxy {
  /** What the bytes are counted under now; nothing is counted while undefined. */
  phase: string | undefined;
  readonly tallies = new Map<string, Map<string, Tally>>();
  private server?: net.Server;

  private tally(name: string): Tally {
    let phase = this.tallies.get(this.phase!);
    if (!phase) this.tallies.set(this.phase!, (phase = new Map()));
    let t = phase.get(name);
    if (!t) phase.set(name, (t = { count: 0, up: 0, down: 0 }));
    return t;
  }

  async listen(target: number): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(target, '127.0.0.1');
      let current = 'connection';
      let websocket = false;
      client.on('data', (chunk: Buffer) => {
        const line = websocket ? null : /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.1\r\n/.exec(chunk.subarray(0, 2048).toString('latin1'));
        if (line) {
          const head = chunk.toString('latin1');
          websocket = /\r\nupgrade: websocket\r\n/i.test(head);
          current = websocket ? 'WebSocket (socket.io)' : `${line[1]} ${name(line[2]!)}`;
          if (this.phase) this.tally(current).count++;
        }
        if (this.phase) this.tally(current).up += chunk.length;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (this.phase) this.tally(current).down += chunk.length;
        client.write(chunk);
      });
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server!.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

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

/** A request's path with ids and query values folded, so that like requests add up. */
function name(url: string): string {
  return url
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/=[^&]*/g, '=…')
    .replace(/\/assets\/.*/, '/assets/…');
}

const proxy = new CountingProxy();
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
