// `npm run bench -- --jump 30x30`: a province's training day, at the moment every facilitator presses "+3 hari".
//
// On an app of its own (the embedded PostgreSQL, or a fresh database on DATABASE_URL's server), CLASSES classes of
// one seller and PARCELS buyers each: every buyer checks out (cart, place, pay the VA in the simulator's bank app)
// and the seller hands every parcel over at a drop point, all through the API. Then every class's facilitator moves
// the clock three days at the same moment, and every parcel's tracking steps fall due at once. The bench reads the
// database every 100 ms until every order reads DELIVERED ("Sampai"), and prints how long the last one took (and the
// first, the median, the 95th), parcels delivered a second, the wake-ups the scheduler ran, and the CPU of the app
// and of PostgreSQL in that time. Meanwhile `--jump-load N` shoppers (default 16; 0: none) keep checking out in a
// class of their own (`checkout-flow.ts`), as the rest of the province's phones do: the jump's work shares the
// machine with them. The line says how many checkouts they made while the parcels drained and their p99, and how
// many in the first minute after the jump (they run at least that long), which compares builds over the same span.
// A script, not a test: nothing passes or fails on a time; it exits 1 only when a parcel is not delivered within
// --jump-timeout seconds (default 600) or a call fails.
import pg from 'pg';
import { makeDataDir } from '../support/app-process.js';
import { newKey, nextPhoneIp, Phone, photoForm, product, productPhoto, Tally } from '../support/phones.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DESTINATION, STOCK, benchAppEnv } from './bench-fixtures.js';
import { startBenchApp, type BenchApp } from './bench-app.js';
import { CpuMeter } from './proc.js';
import { quantile } from './closed-loop.js';
import { checkout, openClass, seed, type Ledger } from './checkout-flow.js';

/** The span after the jump in which the shoppers' checkouts are counted for every build alike. */
const JUMP_MINUTE_MS = 60_000;

export interface ClockJumpOptions {
  classes: number;
  parcels: number;
  timeoutS: number;
  /** The N statements with the most calls in the window, logged per parcel. */
  top: number;
  /** Shoppers checking out in a class of their own while the parcels drain (0: none). */
  load: number;
  databaseUrl?: string;
  appEnv?: Record<string, string>;
  nodeFlags?: string[];
}

export interface ClockJumpReport {
  classes: number;
  parcels: number;
  /** ms from the jumps' answers to the first, median, 95th and last parcel seen DELIVERED (to 100 ms). */
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  lastMs: number;
  delivered: number;
  perSecond: number;
  /** Scheduled tasks run and wake-up jobs the scheduler's queue completed between the jump and the last parcel. */
  tasksDone: number;
  wakeUps: number;
  appCpuS: number;
  pgCpuS: number;
  checkoutErrors: number;
  line: string;
}

/** `--jump 30x30`: classes × parcels. */
export function parseJump(value: string | undefined): { classes: number; parcels: number } | undefined {
  const match = /^(\d+)x(\d+)$/.exec(value ?? '');
  if (!match) return undefined;
  return { classes: Number(match[1]), parcels: Number(match[2]) };
}

interface SeededClass {
  classId: string;
  laptop: Phone;
  orderIds: string[];
}

/** One class: its seller's product, its buyers' paid orders, every parcel handed over. */
async function seedClass(url: string, adminToken: string, index: number, parcels: number, photo: Buffer, tally: Tally): Promise<SeededClass> {
  const laptop = new Phone(url, tally);
  laptop.token = adminToken;
  const { classId, join } = await openClass(url, laptop, `Kelas Lompat ${index + 1}`, tally);
  const seller = await join('Penjual');
  const media = await seller.phone.expect<{ id: string }>('photo', 'POST', '/api/media', { form: photoForm(photo) });
  const posted = await seller.phone.expect<{ id: string }>('product', 'POST', '/api/products', {
    body: { ...product(`Gula Aren Kelas ${index + 1}`), stock: STOCK, photoIds: [media.body.id] },
    key: newKey(),
  });
  const orderIds: string[] = [];
  for (let b = 0; b < parcels; b += 5) {
    await Promise.all(
      Array.from({ length: Math.min(5, parcels - b) }, async (_, i) => {
        const { phone } = await join(`Pembeli ${b + i + 1}`);
        await phone.expect('cart', 'PUT', `/api/cart/items/${posted.body.id}`, { body: { quantity: 1 } });
        const placed = await phone.expect<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>('place', 'POST', '/api/orders', {
          body: { address: DESTINATION, shops: [{ shopId: seller.shopId, courierCode: 'jne-reg' }], paymentMethod: 'bca_va' },
          key: newKey(),
        });
        const order = placed.body.orders[0]!;
        await phone.expect('pay', 'POST', '/api/simulator/payer/pay', {
          body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
          token: null,
          from: nextPhoneIp(),
        });
        orderIds.push(order.id);
      }),
    );
  }
  // The seller hands each parcel over once its payment has settled ("Perlu Dikirim").
  for (const orderId of orderIds) {
    for (let tries = 0; ; tries++) {
      const seen = await seller.phone.expect<{ state: string }>('read', 'GET', `/api/orders/${orderId}`);
      if (seen.body.state === 'PAID') break;
      if (tries > 600) throw new Error(`order ${orderId} still reads ${seen.body.state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const points = await seller.phone.expect<{ id: string }[]>('drop points', 'GET', `/api/orders/${orderId}/drop-points`);
    await seller.phone.expect('ship', 'POST', `/api/orders/${orderId}/ship`, { body: { dropPointId: points.body[0]!.id } });
  }
  return { classId, laptop, orderIds };
}

export async function runClockJump(options: ClockJumpOptions, log: (...words: unknown[]) => void): Promise<ClockJumpReport> {
  const env = benchAppEnv(options.appEnv);
  const dataDir = makeDataDir('pl-bench-jump-');
  let started: BenchApp | undefined;
  let client: pg.Client | undefined;
  try {
    started = await startBenchApp({ dataDir, env, execArgv: options.nodeFlags, databaseUrl: options.databaseUrl, label: 'jump', log });
    const { app, clientUrl, pgPids, refresh } = started;
    // On a server, the backends the pool opens while the parcels drain count too.
    if (refresh) setInterval(() => void refresh(), 1_000).unref();
    client = new pg.Client({ connectionString: clientUrl });
    await client.connect();
    // A server that does not load pg_stat_statements (the system PostgreSQL here) takes the extension but not its reset.
    const statementsKept = await client
      .query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
      .then(() => client!.query('SELECT pg_stat_statements_reset()'))
      .then(
        () => true,
        () => false,
      );
    const tally = new Tally();
    const laptop = new Phone(app.url, tally);
    const adminToken = (await laptop.expect<{ token: string }>('login', 'POST', '/api/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).body.token;
    const photo = await productPhoto();
    log(`seeding ${options.classes} classes × ${options.parcels} parcels: paid and handed over`);
    const classes: SeededClass[] = [];
    for (let c = 0; c < options.classes; c += 6) {
      classes.push(...(await Promise.all(Array.from({ length: Math.min(6, options.classes - c) }, (_, i) => seedClass(app!.url, adminToken, c + i, options.parcels, photo, tally)))));
    }
    const orderIds = classes.flatMap((c) => c.orderIds);
    // The shoppers start before the jump and run until the last parcel is delivered and a minute has passed since it.
    let shopping = true;
    /** Each checkout's end (performance.now()) and how long it took. */
    const shopped: { end: number; ms: number }[] = [];
    let shopErrors = 0;
    let shoppers: Promise<void> | undefined;
    if (options.load > 0) {
      log(`seeding the shoppers' class; ${options.load} shoppers check out from now until the last parcel is delivered`);
      const bench = await seed(app.url);
      const book: Ledger = { placed: new Map(), paid: new Set() };
      shoppers = Promise.all(
        Array.from({ length: options.load }, async (_, worker) => {
          while (shopping) {
            const began = performance.now();
            try {
              await checkout(bench.buyers[worker % bench.buyers.length]!, bench.products, book, {});
              shopped.push({ end: performance.now(), ms: performance.now() - began });
            } catch (error) {
              if (shopErrors++ === 0) log(`a checkout failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        }),
      ).then(() => undefined);
    }
    const shipped = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::uuid[]) AND state = 'SHIPPED'`, [orderIds]);
    if (shipped.rows[0]!.n !== orderIds.length) throw new Error(`${shipped.rows[0]!.n} of ${orderIds.length} orders read SHIPPED before the jump`);
    // Let the hand-overs' own work settle (their first steps' wake-ups) so the window holds the jump's work alone.
    await new Promise((r) => setTimeout(r, 3_000));
    const counts = async () =>
      (
        await client!.query<{ done: number; jobs: number }>(
          `SELECT (SELECT count(*)::int FROM scheduled_task WHERE status = 'done') AS done,
                  (SELECT count(*)::int FROM pgboss.job WHERE name = 'sim-task' AND state = 'completed') AS jobs`,
        )
      ).rows[0]!;
    const before = await counts();
    if (statementsKept) await client.query('SELECT pg_stat_statements_reset()');
    const appCpu = new CpuMeter(() => [app!.child.pid!]);
    const pgCpu = new CpuMeter(pgPids);

    log(`every facilitator presses "+3 hari" at once`);
    const versions = await Promise.all(classes.map((c) => c.laptop.expect<{ version: number }>('clock', 'GET', `/api/classes/${c.classId}/clock`)));
    const t0 = performance.now();
    await Promise.all(
      classes.map((c, i) =>
        c.laptop.expect('+3 hari', 'POST', `/api/classes/${c.classId}/clock`, {
          body: { action: 'jump', minutes: 3 * 24 * 60 + 1, expectedVersion: versions[i]!.body.version },
        }),
      ),
    );
    const jumpedMs = performance.now() - t0;
    const seenAt = new Map<string, number>();
    const deadline = t0 + options.timeoutS * 1000;
    let lastLog = t0;
    while (seenAt.size < orderIds.length && performance.now() < deadline) {
      const rows = await client.query<{ id: string }>(`SELECT id FROM orders WHERE id = ANY($1::uuid[]) AND state = 'DELIVERED'`, [orderIds]);
      const now = performance.now() - t0;
      for (const { id } of rows.rows) if (!seenAt.has(id)) seenAt.set(id, now);
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`  ${(now / 1000).toFixed(0)} s: ${seenAt.size} of ${orderIds.length} delivered`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const appCpuS = appCpu.read();
    const pgCpuS = pgCpu.read();
    const drained = performance.now();
    const after = await counts();
    // The statements of the window, per parcel delivered (the shoppers' included when --jump-load is on).
    const statements = statementsKept
      ? (
          await client.query<{ calls: string; ms: number; query: string }>(
            `SELECT calls, total_exec_time AS ms, query FROM pg_stat_statements
              WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY calls DESC`,
          )
        ).rows
      : [];
    const perParcel = (n: number) => Math.round((n / Math.max(1, seenAt.size)) * 10) / 10;
    if (options.top > 0) {
      log(`top statements of the window (calls and PostgreSQL's execution ms per parcel delivered):`);
      for (const row of statements.slice(0, options.top)) {
        log(`  ${perParcel(Number(row.calls)).toFixed(1).padStart(6)} ${(row.ms / Math.max(1, seenAt.size)).toFixed(3).padStart(7)}  ${row.query.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    const sqlPerParcel = perParcel(statements.reduce((n, row) => n + Number(row.calls), 0));
    // Checkouts that ended while the parcels drained, and in the minute after the jump (the same span for any build).
    const meanwhile = shopped.filter((c) => c.end >= t0 && c.end <= drained);
    if (options.load > 0) await new Promise((r) => setTimeout(r, Math.max(0, t0 + JUMP_MINUTE_MS - performance.now())));
    const inMinute = shopped.filter((c) => c.end >= t0 && c.end <= t0 + JUMP_MINUTE_MS).length;
    shopping = false;
    await shoppers;
    const times = [...seenAt.values()].sort((a, b) => a - b);
    const at = (q: number) => Math.round(quantile(times, q));
    const lastMs = times.length ? Math.round(times[times.length - 1]!) : 0;
    const report: ClockJumpReport = {
      classes: options.classes,
      parcels: orderIds.length,
      firstMs: times.length ? Math.round(times[0]!) : 0,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      lastMs,
      delivered: seenAt.size,
      perSecond: lastMs > 0 ? Math.round((seenAt.size / (lastMs / 1000)) * 10) / 10 : 0,
      tasksDone: after.done - before.done,
      wakeUps: after.jobs - before.jobs,
      appCpuS: Math.round(appCpuS * 10) / 10,
      pgCpuS: Math.round(pgCpuS * 10) / 10,
      checkoutErrors: 0,
      line: '',
    };
    report.line =
      `pasar-jump classes=${report.classes} parcels=${report.parcels} delivered=${report.delivered} jump_answers_ms=${Math.round(jumpedMs)} ` +
      `delivered_ms_first/p50/p95/last=${report.firstMs}/${report.p50Ms}/${report.p95Ms}/${report.lastMs} parcels/s=${report.perSecond} ` +
      `tasks_run=${report.tasksDone} wakeups_completed=${report.wakeUps} cpu_s_app=${report.appCpuS} cpu_s_pg=${report.pgCpuS} ` +
      (statementsKept ? `sql/parcel=${sqlPerParcel} ` : '') +
      `shoppers=${options.load} checkouts_meanwhile=${meanwhile.length} checkout_p99_ms=${quantile(meanwhile.map((c) => c.ms), 0.99)} ` +
      `checkouts_first_minute=${inMinute} checkout_errors=${shopErrors} ` +
      `db=${options.databaseUrl ? 'external' : 'embedded'}`;
    report.checkoutErrors = shopErrors;
    if (report.delivered < report.parcels) log(`${report.parcels - report.delivered} parcels not delivered within ${options.timeoutS} s`);
    return report;
  } finally {
    await client?.end().catch(() => undefined);
    await started?.stop();
  }
}
