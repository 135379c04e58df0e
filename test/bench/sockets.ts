// The realtime phase of `npm run bench` (issue 18: "3,000 sockets with settle → seller p99 ≤ 100 ms"). Its own app
// (production mode, a fresh database), so the memory the sockets take is not mixed with what checkout load left:
// 100 classes × 30 members join through the API (in each class one seller with a product, one buyer, 28 trainees
// with shops), every member connects an authenticated socket.io client (websocket transport, as the app's phones),
// and then N payments settle through the real path, one order at a time per loop: the buyer places an order (BCA VA),
// the payer pays the VA in the simulator's bank app, the simulator POSTs its signed notification to the webhook, the
// webhook settles the payment and the order in one transaction, and after commit `order.paid` goes to the seller's
// shop room. Timed per settlement: from the moment the notification POST reaches the webhook's URL to the moment the
// seller's socket receives `order.paid`, and from the payer's "pay" to the same moment.
//
// To stamp the notification POST, the app's PAYMENT_NOTIFICATION_URL points at a relay in this process that notes
// the time a settlement notification arrives and forwards it unchanged (signed body, same headers) to the app's
// webhook: so the figure includes one extra loopback hop that a deployment (the simulator posting to its own URL)
// does not make. The sockets live in this process too: its event-loop delay is printed beside the figures, since a
// late client loop would read as a late delivery.
//
// Prints one line; exit status says only whether every settlement was heard and no socket dropped, never a time.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import pg from 'pg';
import { freePort, makeDataDir, postmasterPid, startApp, waitForExit, type AppProcess } from '../support/app-process.js';
import { newKey, Phone, photoForm, product, productPhoto, Tally } from '../support/phones.js';
import { quantile } from './closed-loop.js';
import { childPids, CpuMeter, rssMb, SchedMeter } from './proc.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DESTINATION, STOCK } from './bench-fixtures.js';

const MEMBERS_PER_CLASS = 30;

export interface SocketBenchOptions {
  /** Sockets to connect (rounded up to whole classes of 30). */
  sockets: number;
  /** Payments to settle while they are connected. */
  settles: number;
  /** Settlement loops running at once. */
  concurrency: number;
  databaseUrl?: string;
  cpuProfDir?: string;
  /** Print the N statements with the most calls per settlement cycle. */
  top?: number;
}

interface Member {
  token: string;
  participantId: string;
  shopId: string | null;
}

interface ClassSeat {
  classId: string;
  seller: Member;
  buyer: Phone;
  productId: string;
}

export interface SocketBenchReport {
  sockets: number;
  classes: number;
  connectS: number;
  settled: number;
  missed: number;
  dropped: number;
  errors: string[];
  notifyToSeller: { p50: number; p95: number; p99: number; max: number };
  payToSeller: { p50: number; p95: number; p99: number; max: number };
  /** The webhook's answer (after its transaction committed) less the notification's arrival: the settlement itself. */
  notifyToAnswer: { p50: number; p95: number; p99: number; max: number };
  /** The seller's socket less the webhook's answer: the after-commit fan-out (negative: the socket was first). */
  answerToSeller: { p50: number; p95: number; p99: number; max: number };
  /** The seller's socket less the settling transaction's start (the event's occurredAt): an upper bound of commit → socket. */
  txStartToSeller: { p50: number; p95: number; p99: number; max: number };
  appRssMb: { beforeSockets: number; connected: number; afterSettles: number };
  perSocketKb: number;
  clientRssMb: { beforeSockets: number; connected: number };
  clientLoopDelayP99Ms: number;
  appCpuMsPerSettle: number;
  pgCpuMsPerSettle: number;
  /** Time runnable but waiting for a CPU (schedstat), per settlement cycle: the app's main thread, PostgreSQL's processes. */
  appRunQueueMsPerSettle: number;
  pgRunQueueMsPerSettle: number;
  /** Per settlement cycle (place, pay at the simulator, webhook): statements (pg_stat_statements) and transactions. */
  statementsPerSettle: number | null;
  xactsPerSettle: number;
  /** With --top N: the statements with the most calls per settlement cycle (calls, mean ms, text). */
  top: string[];
  line: string;
}

/** A relay standing where the webhook is: notes when each settlement notification arrives, forwards it unchanged. */
interface NotificationRelay {
  url: string;
  /** The app's base URL, where notifications are forwarded. */
  target: string;
  /** When each order's settlement notification arrived, and when the webhook answered it (performance.now()). */
  arrived: Map<string, number>;
  answered: Map<string, number>;
  forwarded: number;
  failed: number;
  close(): Promise<void>;
}

async function startNotificationRelay(): Promise<NotificationRelay> {
  const relay: NotificationRelay = { url: '', target: '', arrived: new Map(), answered: new Map(), forwarded: 0, failed: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let settles: string | undefined;
      try {
        const parsed = JSON.parse(body.toString('utf8')) as { order_id?: string; transaction_status?: string };
        if (parsed.transaction_status === 'settlement' && parsed.order_id && !relay.arrived.has(parsed.order_id)) {
          settles = parsed.order_id;
          relay.arrived.set(settles, at);
        }
      } catch {
        // not JSON: forwarded as it is; the webhook answers for it
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept', 'user-agent']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      fetch(`${relay.target}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined })
        .then(async (answer) => {
          if (settles) relay.answered.set(settles, performance.now());
          relay.forwarded++;
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          relay.failed++;
          res.writeHead(502).end();
        });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  relay.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  relay.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return relay;
}

/** 100 classes of 30 (for 3,000): one seller with a product, one buyer, the rest trainees, all joined through the API. */
async function seedClasses(url: string, classes: number, log: (...words: unknown[]) => void): Promise<{ seats: ClassSeat[]; members: Member[] }> {
  const tally = new Tally();
  const laptop = new Phone(url, tally);
  laptop.token = (await laptop.expect<{ token: string }>('login', 'POST', '/api/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).body.token;
  const photo = await productPhoto();
  const seats: ClassSeat[] = [];
  const members: Member[] = [];
  const join = async (joinCode: string, name: string, role: 'trainee' | 'buyer') => {
    const phone = new Phone(url, tally);
    const joined = await phone.expect<{ token: string; participantId: string; shop: { id: string } | null }>('join', 'POST', '/api/join', {
      body: { code: joinCode, displayName: name, role },
    });
    phone.token = joined.body.token;
    const member: Member = { token: joined.body.token, participantId: joined.body.participantId, shopId: joined.body.shop?.id ?? null };
    members.push(member);
    return { phone, member };
  };
  let next = 0;
  const seedOne = async (c: number) => {
    const created = await laptop.expect<{ id: string; joinCode: string }>('class', 'POST', '/api/classes', {
      body: { name: `Kelas Soket ${c + 1}`, place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
    });
    const { id: classId, joinCode } = created.body;
    const seller = await join(joinCode, `Penjual ${c + 1}`, 'trainee');
    const buyer = await join(joinCode, `Pembeli ${c + 1}`, 'buyer');
    const media = await seller.phone.expect<{ id: string }>('photo', 'POST', '/api/media', { form: photoForm(photo) });
    const posted = await seller.phone.expect<{ id: string }>('product', 'POST', '/api/products', {
      body: { ...product(`Gula Aren Kelas ${c + 1}`), stock: STOCK, photoIds: [media.body.id] },
      key: newKey(),
    });
    for (let m = 2; m < MEMBERS_PER_CLASS; m++) await join(joinCode, `Peserta ${c + 1}-${m + 1}`, 'trainee');
    seats[c] = { classId, seller: seller.member, buyer: buyer.phone, productId: posted.body.id };
  };
  // Eight classes at a time, each joining its members in turn (as a hall fills).
  await Promise.all(
    Array.from({ length: Math.min(8, classes) }, async () => {
      while (next < classes) {
        const c = next++;
        await seedOne(c);
        if ((c + 1) % 20 === 0) log(`  ${c + 1} classes seeded`);
      }
    }),
  );
  return { seats, members };
}

/** One socket per member; the seller's socket notes when `order.paid` for her shop arrives. */
async function connectAll(
  url: string,
  members: Member[],
  heard: (orderId: string, at: number, txStartToHeardMs: number) => void,
  onDrop: (reason: string) => void,
): Promise<Socket[]> {
  const sockets: Socket[] = [];
  const connectOne = (member: Member) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(url, { auth: { token: member.token }, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000 });
      socket.on('event', (event: { type: string; occurredAt: string; payload: { orderId?: string; shopId?: string } }) => {
        if (event.type === 'order.paid' && member.shopId && event.payload.shopId === member.shopId && event.payload.orderId) {
          // occurredAt is the activity row's now(): when the settling transaction began (same machine, same clock).
          heard(event.payload.orderId, performance.now(), Date.now() - Date.parse(event.occurredAt));
        }
      });
      socket.once('connect', () => {
        socket.on('disconnect', (reason) => onDrop(reason));
        resolve(socket);
      });
      socket.once('connect_error', (error) => reject(new Error(`socket for ${member.participantId}: ${error.message}`)));
    });
  // 50 handshakes in flight at a time: each costs the app a token lookup and a last-seen update.
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < members.length) {
        const member = members[next++]!;
        sockets.push(await connectOne(member));
      }
    }),
  );
  return sockets;
}

const round = (n: number) => Math.round(n);
const spread = (values: number[]) => ({
  p50: round(quantile(values, 0.5)),
  p95: round(quantile(values, 0.95)),
  p99: round(quantile(values, 0.99)),
  max: round(values.length ? Math.max(...values) : 0),
});
const figures = (s: { p50: number; p95: number; p99: number; max: number }) => `${s.p50}/${s.p95}/${s.p99}/${s.max}`;

/** This process's soft limit of open files (each client socket is one here, and one in the app), from /proc. */
function openFileLimit(): number | undefined {
  try {
    const match = /^Max open files\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export async function runSockets(options: SocketBenchOptions, log: (...words: unknown[]) => void): Promise<SocketBenchReport> {
  const classes = Math.max(1, Math.ceil(options.sockets / MEMBERS_PER_CLASS));
  const limit = openFileLimit();
  if (limit !== undefined && limit < classes * MEMBERS_PER_CLASS + 500) {
    throw new Error(`${classes * MEMBERS_PER_CLASS} sockets need more open files than this shell allows (ulimit -n ${limit}): run \`ulimit -n 8192\` first`);
  }
  const relay = await startNotificationRelay();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SEED_DEMO: 'false',
    PAYMENT_NOTIFICATION_URL: `${relay.url}/api/payments/notifications`,
  };
  const execArgv: string[] = [];
  if (options.cpuProfDir) {
    fs.mkdirSync(options.cpuProfDir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`);
  }
  const dataDir = makeDataDir('pl-bench-sockets-');
  let app: AppProcess | undefined;
  let admin: pg.Client | undefined;
  let dbName: string | undefined;
  let sockets: Socket[] = [];
  let db: pg.Client | undefined;
  try {
    if (options.databaseUrl) {
      dbName = `pl_bench_sockets_${process.pid}_${Date.now().toString(36)}`;
      admin = new pg.Client({ connectionString: options.databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      const target = new URL(options.databaseUrl);
      target.pathname = `/${dbName}`;
      env.DATABASE_URL = target.toString();
      app = await startApp({ dataDir, env, execArgv });
    } else {
      // As the checkout bench: a first start makes the cluster, restarted with pg_stat_statements loaded.
      const pgPort = await freePort();
      app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
      const firstPostmaster = postmasterPid(dataDir);
      await app.stop();
      if (firstPostmaster) await waitForExit(firstPostmaster, 30_000);
      fs.appendFileSync(path.join(dataDir, 'pg', 'postgresql.conf'), "\nshared_preload_libraries = 'pg_stat_statements'\n");
      app = await startApp({ dataDir, embeddedPgPort: pgPort, env, execArgv });
      env.DATABASE_URL = `postgres://pasar:pasar-latihan-local@127.0.0.1:${pgPort}/pasar_latihan`;
    }
    db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    let statements = false;
    try {
      await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await db.query('SELECT pg_stat_statements_reset()');
      statements = true;
    } catch {
      // the server does not load it: transactions only
    }
    const counters = async () => {
      await db!.query('SELECT pg_stat_clear_snapshot()');
      const xacts = await db!.query<{ n: string }>(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`);
      const calls = statements
        ? await db!.query<{ n: string | null }>(`SELECT sum(calls) AS n FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`)
        : undefined;
      return { xacts: Number(xacts.rows[0]?.n ?? 0), statements: Number(calls?.rows[0]?.n ?? 0) };
    };
    relay.target = app.url;
    const appPid = app.child.pid!;

    log(`sockets: seeding ${classes} classes × ${MEMBERS_PER_CLASS} members`);
    const { seats, members } = await seedClasses(app.url, classes, log);

    const waiters = new Map<string, (at: number) => void>();
    const early = new Map<string, number>();
    const txStartToSeller: number[] = [];
    const heard = (orderId: string, at: number, txStartToHeardMs: number) => {
      txStartToSeller.push(txStartToHeardMs);
      const waiter = waiters.get(orderId);
      if (waiter) {
        waiters.delete(orderId);
        waiter(at);
      } else if (!early.has(orderId)) early.set(orderId, at);
    };
    let dropped = 0;
    const dropReasons: string[] = [];
    let connectedAll = false;
    const onDrop = (reason: string) => {
      if (!connectedAll) return;
      dropped++;
      if (dropReasons.length < 3) dropReasons.push(reason);
    };

    const appRssBefore = rssMb(appPid);
    const clientRssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
    log(`sockets: connecting ${members.length} (app RSS ${appRssBefore} MB)`);
    const connectStarted = performance.now();
    sockets = await connectAll(app.url, members, heard, onDrop);
    const connectS = Math.round((performance.now() - connectStarted) / 100) / 10;
    connectedAll = true;
    // Let the handshakes' garbage settle before reading the memory they hold.
    await new Promise((r) => setTimeout(r, 2000));
    const appRssConnected = rssMb(appPid);
    const clientRssConnected = Math.round(process.memoryUsage().rss / 1024 / 1024);
    log(`sockets: ${sockets.length} connected in ${connectS} s; app RSS ${appRssConnected} MB, this process ${clientRssConnected} MB`);

    const notifyToSeller: number[] = [];
    const payToSeller: number[] = [];
    const notifyToAnswer: number[] = [];
    const answerToSeller: number[] = [];
    const errors: string[] = [];
    let missed = 0;
    let next = 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    if (statements) await db.query('SELECT pg_stat_statements_reset()');
    const before = await counters();
    // PostgreSQL's processes: the embedded postmaster and its children, or the backends serving this database.
    let pgPids: number[] = [];
    const postmaster = options.databaseUrl ? undefined : postmasterPid(dataDir);
    if (postmaster) pgPids = [postmaster, ...childPids(postmaster)];
    else pgPids = (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).rows.map((r) => r.pid);
    const cpu = new CpuMeter(() => [appPid]);
    const pgCpu = new CpuMeter(() => pgPids);
    const appSched = new SchedMeter(() => [appPid]);
    const pgSched = new SchedMeter(() => pgPids);
    log(`sockets: settling ${options.settles} payments, ${options.concurrency} at a time`);
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.settles) {
          const i = next++;
          const seat = seats[i % seats.length]!;
          try {
            const placed = await seat.buyer.expect<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>('place', 'POST', '/api/orders', {
              body: { address: DESTINATION, items: [{ productId: seat.productId, quantity: 1 }], shops: [{ shopId: seat.seller.shopId, courierCode: 'jne-reg' }], paymentMethod: 'bca_va' },
              key: randomUUID(),
            });
            const order = placed.body.orders[0]!;
            const sellerHears = new Promise<number>((resolve, reject) => {
              const timer = setTimeout(() => {
                waiters.delete(order.id);
                reject(new Error(`the seller did not hear order ${order.id} paid within 15 s`));
              }, 15_000);
              waiters.set(order.id, (at) => (clearTimeout(timer), resolve(at)));
            });
            const payAt = performance.now();
            // The payer is someone else's phone each time (the simulator limits attempts per address).
            await new Phone(seat.buyer.baseUrl, seat.buyer.tally).expect('pay', 'POST', '/api/simulator/payer/pay', {
              body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
              token: null,
            });
            const at = early.get(order.id) ?? (await sellerHears.catch((error: unknown) => (missed++, errors.length < 3 && errors.push(String(error)), undefined)));
            if (at === undefined) continue;
            const notifiedAt = relay.arrived.get(order.id);
            if (notifiedAt === undefined) {
              if (errors.length < 3) errors.push(`no settlement notification passed the relay for ${order.id}`);
              missed++;
              continue;
            }
            notifyToSeller.push(at - notifiedAt);
            payToSeller.push(at - payAt);
            const answeredAt = relay.answered.get(order.id);
            if (answeredAt !== undefined) {
              notifyToAnswer.push(answeredAt - notifiedAt);
              answerToSeller.push(at - answeredAt);
            }
          } catch (error) {
            if (errors.length < 3) errors.push(error instanceof Error ? error.message : String(error));
            missed++;
          }
        }
      }),
    );
    loopDelay.disable();
    const appCpuMs = cpu.read() * 1000;
    const pgCpuMs = pgCpu.read() * 1000;
    const appWait = appSched.read();
    const pgWait = pgSched.read();
    const after = await counters();
    const per = Math.max(1, notifyToSeller.length);
    const top = statements
      ? (
          await db.query<{ calls: string; mean: number; query: string }>(
            `SELECT calls, mean_exec_time AS mean, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
             ORDER BY calls DESC LIMIT $1`,
            [options.top ?? 0],
          )
        ).rows.map((row) => `${(Number(row.calls) / per).toFixed(2).padStart(6)} ${row.mean.toFixed(2).padStart(7)} ms  ${row.query.replace(/\s+/g, ' ').slice(0, 150)}`)
      : [];
    const appRssAfter = rssMb(appPid);
    const still = sockets.filter((s) => s.connected).length;
    dropped = Math.max(dropped, sockets.length - still);
    const perSocketKb = Math.round(((appRssConnected - appRssBefore) * 1024) / Math.max(1, sockets.length));
    const report: Omit<SocketBenchReport, 'line'> = {
      sockets: sockets.length,
      classes,
      connectS,
      settled: notifyToSeller.length,
      missed,
      dropped,
      errors: [...errors, ...dropReasons.map((r) => `dropped: ${r}`)],
      notifyToSeller: spread(notifyToSeller),
      payToSeller: spread(payToSeller),
      notifyToAnswer: spread(notifyToAnswer),
      answerToSeller: spread(answerToSeller),
      txStartToSeller: spread(txStartToSeller),
      appRssMb: { beforeSockets: appRssBefore, connected: appRssConnected, afterSettles: appRssAfter },
      perSocketKb,
      clientRssMb: { beforeSockets: clientRssBefore, connected: clientRssConnected },
      clientLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
      appCpuMsPerSettle: Math.round(appCpuMs / per),
      pgCpuMsPerSettle: Math.round(pgCpuMs / per),
      appRunQueueMsPerSettle: Math.round(appWait.waiting / per),
      pgRunQueueMsPerSettle: Math.round(pgWait.waiting / per),
      statementsPerSettle: statements ? Math.round(((after.statements - before.statements) / per) * 10) / 10 : null,
      xactsPerSettle: Math.round(((after.xacts - before.xacts) / per) * 10) / 10,
      top,
    };
    const line = [
      `sockets=${report.sockets} classes=${classes} connect_s=${connectS}`,
      `settled=${report.settled}@${options.concurrency}`,
      `notify→seller_ms p50/p95/p99/max=${figures(report.notifyToSeller)}`,
      `(webhook_answer_ms=${figures(report.notifyToAnswer)} answer→seller_ms=${figures(report.answerToSeller)} settle_tx_start→seller_ms=${figures(report.txStartToSeller)})`,
      `pay→seller_ms=${figures(report.payToSeller)}`,
      `app_rss_mb before/connected/after=${appRssBefore}/${appRssConnected}/${appRssAfter}`,
      `per_socket_kb=${perSocketKb}`,
      `client_rss_mb=${clientRssBefore}/${clientRssConnected}`,
      `client_loop_delay_p99_ms=${report.clientLoopDelayP99Ms}`,
      `cpu_ms/settle=app:${report.appCpuMsPerSettle}+pg:${report.pgCpuMsPerSettle}`,
      `run_queue_wait_ms/settle=app_main_thread:${report.appRunQueueMsPerSettle}+pg:${report.pgRunQueueMsPerSettle}`,
      ...(report.statementsPerSettle !== null ? [`sql/settle=${report.statementsPerSettle}`] : []),
      `xacts/settle=${report.xactsPerSettle}`,
      `missed=${missed} dropped=${dropped}`,
    ].join(' ');
    return { ...report, line };
  } finally {
    for (const socket of sockets) socket.close();
    await db?.end().catch(() => undefined);
    if (app) {
      const postmaster = options.databaseUrl ? undefined : postmasterPid(dataDir);
      await app.stop();
      if (postmaster) await waitForExit(postmaster, 30_000);
    }
    await relay.close();
    if (admin && dbName) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
