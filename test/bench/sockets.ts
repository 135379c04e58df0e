// The realtime phase of `npm run bench` (issue 18: "3,000 sockets with settle → seller p99 ≤ 100 ms"). Its own app
// (production mode, a fresh database), so the memory the sockets take is not mixed with what checkout load left:
// 100 classes × 30 members join through the API (in each class one seller with a product, one buyer, 28 trainees
// with shops), every member connects an authenticated socket.io client (made as the app's phones make theirs, see below),
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
// With `--socket-load N` (default 16) the settlements are timed while N shoppers run the checkout of `npm run bench`
// (closed loop, `checkout-flow.ts`) against the same app, on a class of its own: the issue's "while the checkout load
// runs". The settlement loops run inside the load's measured window; checkouts/s of that window is printed beside them.
//
// Then (unless `--no-restart`) the restart: with every socket connected, the app gets SIGTERM and is started again on
// the same database and port. The clients behave as the app's phones (client/src/shared/realtime/socket.ts and
// use-class-events.ts): socket.io's own reconnection (1 s back-off growing to 5 s), a retry 5 s after a handshake the
// server refused for a passing reason, and on a connect that socket.io could not recover (`socket.recovered` false:
// one node keeps its recovery state in memory, so after a restart none is) the page's resync, i.e. the GETs the
// seller's "Pesanan · Perlu Dikirim" page, the trainee nav and the header reload (a buyer: "Pesanan Saya", the nav's
// chats and the header). Payments settle around it: some fired just before the SIGTERM, more the moment the app
// answers again, while the clients are still away. After it, every payment the database holds as settled for a seller
// must be known to her phone: heard as `order.paid`, or listed PAID by the resync that followed her reconnect.
//
// Prints one line (two with the restart); exit status says only whether every settlement was heard, no socket
// dropped outside the restart and no event was missed across it, never a time.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import pg from 'pg';
import { makeDataDir, type AppProcess } from '../support/app-process.js';
import { newKey, Phone, photoForm, product, productPhoto, Tally } from '../support/phones.js';
import { closedLoop, quantile, type LoopResult } from './closed-loop.js';
import { CpuMeter, rssMb, SchedMeter } from './proc.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DESTINATION, STOCK, benchAppEnv } from './bench-fixtures.js';
import { checkout, seed, type Ledger } from './checkout-flow.js';
import { startBenchApp, type BenchApp } from './bench-app.js';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support/paths.js';

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
  /** Checkout shoppers running on the same app while the settlements are timed (0: the settlements alone). */
  loadShoppers?: number;
  /** The load's warm-up and measured window, seconds (the settlements run inside the window). */
  warmupS?: number;
  durationS?: number;
  /** Stop and start the app with every socket connected, and time the reconnects and resyncs. */
  restart?: boolean;
  /** Payments settled just before the SIGTERM, and at once after the app answers again. */
  restartSettlesBefore?: number;
  restartSettlesAfter?: number;
  /** More environment for the app (`--app-env KEY=VALUE`), e.g. REDIS_URL for the streams adapter. */
  appEnv?: Record<string, string>;
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
  /**
   * The issue's measure: the seller's socket less the settling transaction's commit, as PostgreSQL recorded it
   * (`track_commit_timestamp`, same machine, same clock); null where the server does not keep commit times.
   */
  commitToSeller: { p50: number; p95: number; p99: number; max: number; orders: number; unknown: number } | null;
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
  /** The checkout load that ran while the settlements were timed (--socket-load), or null without one. */
  load: LoadFigures | null;
  /** The app's event loop over the measured window: how late it ran (ms, the 10 ms sampling interval taken off). */
  appLoopDelayMs: { p50: number; p99: number; max: number } | null;
  /** CPU of the app and PostgreSQL over the measured window in % of one core, and their run-queue wait in %. */
  cpuSplit: { windowS: number; appPct: number; pgPct: number; appWaitPct: number; pgWaitPct: number };
  restart: RestartFigures | null;
  line: string;
  restartLine: string | null;
}

export interface LoadFigures {
  shoppers: number;
  perSecond: number;
  done: number;
  errors: number;
  firstErrors: string[];
  p50: number;
  p95: number;
  p99: number;
}

export interface RestartFigures {
  sockets: number;
  /** SIGTERM → the old process gone (it stops the embedded PostgreSQL too), → the new one answering /api/health. */
  stopS: number;
  upS: number;
  reconnected: number;
  recovered: number;
  refusals: number;
  /** From the SIGTERM (and from the app answering again) to the last client connected again. */
  allReconnectedS: number | null;
  allReconnectedAfterUpS: number | null;
  /** From the SIGTERM to the last resync answered (null: some client's resync failed or never came). */
  allResyncedS: number | null;
  resynced: number;
  resyncFailed: number;
  firstResyncErrors: string[];
  /** Per client, SIGTERM → connected again and → resynced, seconds. */
  reconnectS: { p50: number; p99: number };
  resyncS: { p50: number; p99: number };
  /** Per client: socket.io's reconnect attempts until it was back (p50/max), and the last attempt's start → connected (ms). */
  attempts: { p50: number; max: number };
  handshakeMs: { p50: number; p99: number; max: number };
  /** The disconnect reasons the clients saw, with counts. */
  reasons: string;
  /** Payments fired just before the SIGTERM / after the app answered again, and those whose call failed. */
  paysBefore: number;
  paysBeforeFailed: number;
  paysAfter: number;
  paysAfterFailed: number;
  /** Settled payments of the socket classes' sellers (whole run) checked, and those her phone did not know of. */
  settledChecked: number;
  missed: number;
  missedExamples: string[];
  appRssAfterMb: number;
  storm: StormFigures;
  /** Of the payments made just before the SIGTERM: how many had settled when the check ran, and when (s after it). */
  beforeSettled: number;
  beforeSettledS: number;
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

/** One phone: its socket and what it knows. */
interface Client {
  member: Member;
  socket: Socket;
  /** 'connect' events so far (1: the first connection). */
  connects: number;
  /** Connections socket.io recovered (rooms and missed packets back, no resync needed). */
  recovered: number;
  /** performance.now() of the last disconnect, the last connect after one, and the end of the resync that followed. */
  lostAt?: number;
  backAt?: number;
  resyncedAt?: number;
  resyncError?: string;
  /** Handshakes the server refused (a passing reason: the phone tries again 5 s later, as socket.ts does). */
  refusals: number;
  /** socket.io's reconnect attempts since the last disconnect, and when the last one began (performance.now()). */
  attempts: number;
  lastAttemptAt?: number;
  /** The attempt that got the connection back: its start → connected (ms): what the server took, not the back-off. */
  handshakeMs?: number;
  lastReason?: string;
  /** Orders of her shop this phone heard paid live, and those its last resync listed as PAID. */
  heardPaid: Set<string>;
  listedPaid: Set<string>;
}

/** What the app's pages load again after a connection socket.io could not recover (their `onResync`). */
function resyncPaths(member: Member): string[] {
  // Every class member: the header's chat link and notification bell (live-header.tsx), the nav's chats
  // (use-seller-counts.ts).
  const common = ['/api/chat/unread', '/api/notifications/unread', '/api/chat/conversations'];
  // A seller on "Pesanan · Perlu Dikirim" (shop-orders-page.tsx: counts and the tab's list; the nav's counts are the
  // same URL under another cache key, so the phone asks twice); a buyer on "Pesanan Saya" (my-orders-page.tsx).
  return member.shopId
    ? [...common, '/api/shops/mine/order-counts', '/api/shops/mine/order-counts', '/api/shops/mine/orders?tab=perlu_dikirim&limit=50']
    : [...common, '/api/orders/mine?limit=50'];
}

/** At most this many resync requests in flight from this process (a phone asks its few at once; 3,000 phones would
 * open 15,000 connections from one process). The cap is far above what the app answers at once on 2 cores. */
const RESYNC_IN_FLIGHT = 256;
let resyncInFlight = 0;
let resyncRequests = 0;
let resyncRetries = 0;
const resyncQueue: (() => void)[] = [];
async function resyncSlot<T>(work: () => Promise<T>): Promise<T> {
  if (resyncInFlight >= RESYNC_IN_FLIGHT) await new Promise<void>((resolve) => resyncQueue.push(resolve));
  resyncInFlight++;
  try {
    return await work();
  } finally {
    resyncInFlight--;
    resyncQueue.shift()?.();
  }
}

async function resync(url: string, client: Client): Promise<void> {
  try {
    const answers = await Promise.all(
      resyncPaths(client.member).map((p) =>
        resyncSlot(async () => {
          resyncRequests++;
          const get = () => fetch(`${url}${p}`, { headers: { authorization: `Bearer ${client.member.token}` } });
          // A browser sends an idempotent request again, once, when the kept-alive connection it reused was reset
          // (the server closed it meanwhile); Node's fetch does not, so this does.
          const answer = await get().catch(() => (resyncRetries++, get()));
          const text = await answer.text();
          if (!answer.ok) throw new Error(`${p}: ${answer.status} ${text.slice(0, 120)}`);
          return { path: p, body: JSON.parse(text) as unknown };
        }),
      ),
    );
    const list = answers.find((a) => a.path.startsWith('/api/shops/mine/orders'))?.body as { items?: { id: string; state: string }[] } | undefined;
    client.listedPaid = new Set((list?.items ?? []).filter((o) => o.state === 'PAID').map((o) => o.id));
    client.resyncedAt = performance.now();
    client.resyncError = undefined;
  } catch (error) {
    // As the page: a failed reload keeps what was on screen (with an error note) and is not tried again by itself.
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${(error.cause as Error & { code?: string }).code ?? error.cause.message})` : '';
    client.resyncError = `${error instanceof Error ? error.message : String(error)}${cause}`;
  }
}

/**
 * Per timed order, when the seller's socket heard it paid less when its settling transaction committed: the commit
 * time of the transaction that wrote the order's PAID history row (insert-only, so its xmin is that transaction).
 * Null when the server does not keep commit times.
 */
async function commitToHeard(db: pg.Client, orderIds: string[], heardWallMs: Map<string, number>): Promise<{ values: number[]; unknown: number } | null> {
  const setting = await db.query<{ on: string }>(`SELECT current_setting('track_commit_timestamp') AS on`);
  if (setting.rows[0]?.on !== 'on' || orderIds.length === 0) return null;
  const rows = (
    await db.query<{ order_id: string; committed: Date | null }>(
      `SELECT order_id, pg_xact_commit_timestamp(xmin) AS committed FROM order_history WHERE order_id = ANY($1::uuid[]) AND to_state = 'PAID'`,
      [orderIds],
    )
  ).rows;
  const values: number[] = [];
  for (const row of rows) {
    const heardAt = heardWallMs.get(row.order_id);
    if (row.committed && heardAt !== undefined) values.push(heardAt - row.committed.getTime());
  }
  return { values, unknown: orderIds.length - values.length };
}

/**
 * One socket per member, made as the app's phones make theirs (socket.ts): the token in the handshake, websocket
 * then polling, socket.io's reconnection; `forceNew` so that each is its own connection. The seller's socket notes
 * when `order.paid` for her shop arrives. After a connection that could not be recovered, the page's resync.
 */
async function connectAll(
  url: string,
  members: Member[],
  heard: (orderId: string, at: number, txStartToHeardMs: number, wallMs: number) => void,
  onDrop: (reason: string) => void,
  closing: () => boolean,
): Promise<Client[]> {
  const clients: Client[] = [];
  const connectOne = (member: Member) =>
    new Promise<Client>((resolve, reject) => {
      const socket = io(url, { auth: { token: member.token }, transports: ['websocket', 'polling'], forceNew: true });
      const client: Client = { member, socket, connects: 0, recovered: 0, refusals: 0, attempts: 0, heardPaid: new Set(), listedPaid: new Set() };
      socket.io.on('reconnect_attempt', () => {
        client.attempts++;
        client.lastAttemptAt = performance.now();
      });
      socket.on('event', (event: { type: string; occurredAt: string; payload: { orderId?: string; shopId?: string } }) => {
        if (event.type === 'order.paid' && member.shopId && event.payload.shopId === member.shopId && event.payload.orderId) {
          client.heardPaid.add(event.payload.orderId);
          // occurredAt is the activity row's now(): when the settling transaction began (same machine, same clock).
          const wallMs = Date.now();
          heard(event.payload.orderId, performance.now(), wallMs - Date.parse(event.occurredAt), wallMs);
        }
      });
      socket.on('connect', () => {
        client.connects++;
        if (client.connects === 1) return resolve(client);
        client.backAt = performance.now();
        if (client.lastAttemptAt !== undefined) client.handshakeMs = client.backAt - client.lastAttemptAt;
        if (socket.recovered) {
          client.recovered++;
          client.resyncedAt = client.backAt;
          return;
        }
        void resync(url, client);
      });
      socket.on('disconnect', (reason) => {
        client.lostAt = performance.now();
        client.attempts = 0;
        client.lastAttemptAt = undefined;
        client.lastReason = reason;
        onDrop(reason);
      });
      socket.on('connect_error', (error) => {
        // As socket.ts: socket.io retries network failures by itself; a refusal by the server's middleware it does not.
        if (socket.active) return;
        client.refusals++;
        if (error.message === 'UNAUTHENTICATED') {
          if (client.connects === 0) reject(new Error(`socket for ${member.participantId}: UNAUTHENTICATED`));
          return;
        }
        setTimeout(() => {
          if (!closing() && !socket.connected) socket.connect();
        }, 5_000);
      });
    });
  // 50 handshakes in flight at a time: each costs the app a token lookup and a last-seen update.
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < members.length) {
        const member = members[next++]!;
        clients.push(await connectOne(member));
      }
    }),
  );
  return clients;
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
  const loadShoppers = options.loadShoppers ?? 0;
  const relay = await startNotificationRelay();
  const dataDir = makeDataDir('pl-bench-sockets-');
  const env = benchAppEnv({
    PAYMENT_NOTIFICATION_URL: `${relay.url}/api/payments/notifications`,
    // The probe answers SIGUSR2 with the app's memory and event-loop delay (test/bench/mem-probe.mjs).
    PASAR_MEM_PROBE: path.join(dataDir, 'mem-probe.json'),
    ...options.appEnv,
  });
  const execArgv: string[] = ['--import', pathToFileURL(path.join(REPO_ROOT, 'test/bench/mem-probe.mjs')).href];
  if (options.cpuProfDir) {
    fs.mkdirSync(options.cpuProfDir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`);
  }
  let started: BenchApp | undefined;
  let clients: Client[] = [];
  let closing = false;
  let db: pg.Client | undefined;
  // Where this script reads the database (the app's own env keeps no DATABASE_URL for the embedded one, so that the
  // restart starts it again).
  const openDb = async () => {
    const client = new pg.Client({ connectionString: started!.clientUrl });
    // The restart stops the embedded PostgreSQL under this connection: closed first, but never an unhandled error.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  try {
    // As the checkout bench, and track_commit_timestamp: PostgreSQL keeps each transaction's commit time, so commit →
    // seller is measured, not bounded.
    started = await startBenchApp({ dataDir, env, execArgv, databaseUrl: options.databaseUrl, label: 'bench_sockets', postgresConf: ['track_commit_timestamp = on'], log });
    let app = started.app;
    db = await openDb();
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
    const loadSeed = loadShoppers > 0 ? (log('sockets: seeding the checkout load\'s class (10 sellers × 5 products, 64 buyers)'), await seed(app.url)) : undefined;

    const waiters = new Map<string, (at: number) => void>();
    const early = new Map<string, number>();
    const txStartToSeller: number[] = [];
    // When each seller's socket first heard her order paid (wall clock), for commit → seller below.
    const heardWallMs = new Map<string, number>();
    const heard = (orderId: string, at: number, txStartToHeardMs: number, wallMs: number) => {
      txStartToSeller.push(txStartToHeardMs);
      if (!heardWallMs.has(orderId)) heardWallMs.set(orderId, wallMs);
      const waiter = waiters.get(orderId);
      if (waiter) {
        waiters.delete(orderId);
        waiter(at);
      } else if (!early.has(orderId)) early.set(orderId, at);
    };
    let dropped = 0;
    const dropReasons: string[] = [];
    let countDrops = false;
    const onDrop = (reason: string) => {
      if (!countDrops) return;
      dropped++;
      if (dropReasons.length < 3) dropReasons.push(reason);
    };

    const appRssBefore = rssMb(appPid);
    const clientRssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
    log(`sockets: connecting ${members.length} (app RSS ${appRssBefore} MB)`);
    const connectStarted = performance.now();
    clients = await connectAll(app.url, members, heard, onDrop, () => closing);
    const connectS = Math.round((performance.now() - connectStarted) / 100) / 10;
    countDrops = true;
    // Let the handshakes' garbage settle before reading the memory they hold.
    await new Promise((r) => setTimeout(r, 2000));
    const appRssConnected = rssMb(appPid);
    const clientRssConnected = Math.round(process.memoryUsage().rss / 1024 / 1024);
    log(`sockets: ${clients.length} connected in ${connectS} s; app RSS ${appRssConnected} MB, this process ${clientRssConnected} MB`);

    const notifyToSeller: number[] = [];
    /** The orders the settlement loops timed (their commit → seller is read from PostgreSQL after the window). */
    const timedOrders: string[] = [];
    const payToSeller: number[] = [];
    const notifyToAnswer: number[] = [];
    const answerToSeller: number[] = [];
    const errors: string[] = [];
    let missed = 0;
    let next = 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    // PostgreSQL's processes: the embedded postmaster and its children, or the backends serving this database.
    await started.refresh?.();
    const pgPids = started.pgPids();
    let meters: { cpu: CpuMeter; pgCpu: CpuMeter; appSched: SchedMeter; pgSched: SchedMeter; before: { xacts: number; statements: number }; at: number } | undefined;
    const openMeters = async () => {
      loopDelay.enable();
      if (statements) await db!.query('SELECT pg_stat_statements_reset()');
      const before = await counters();
      await appProbe(app!, env.PASAR_MEM_PROBE!); // resets the app's loop-delay histogram
      meters = { cpu: new CpuMeter(() => [appPid]), pgCpu: new CpuMeter(() => pgPids), appSched: new SchedMeter(() => [appPid]), pgSched: new SchedMeter(() => pgPids), before, at: performance.now() };
    };

    // The settlement loops: one order at a time each, placed by a class's buyer, paid in the simulator, heard.
    let windowOpen = loadShoppers === 0;
    const settleOne = async (i: number) => {
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
        if (at === undefined) return;
        const notifiedAt = relay.arrived.get(order.id);
        if (notifiedAt === undefined) {
          if (errors.length < 3) errors.push(`no settlement notification passed the relay for ${order.id}`);
          missed++;
          return;
        }
        notifyToSeller.push(at - notifiedAt);
        timedOrders.push(order.id);
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
    };
    const settleLoops = async () => {
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          while (windowOpen && next < options.settles) await settleOne(next++);
        }),
      );
    };

    let loadResult: LoopResult | undefined;
    let closeMeters: Promise<void> | undefined;
    let closedFigures: { appCpuMs: number; pgCpuMs: number; appWait: number; pgWait: number; windowMs: number; after: { xacts: number; statements: number }; appLoop: ProbeLoop | null } | undefined;
    const readMeters = async () => {
      const m = meters!;
      loopDelay.disable();
      const windowMs = performance.now() - m.at;
      const appCpuMs = m.cpu.read() * 1000;
      const pgCpuMs = m.pgCpu.read() * 1000;
      const appWait = m.appSched.read().waiting;
      const pgWait = m.pgSched.read().waiting;
      const appLoop = await appProbe(app!, env.PASAR_MEM_PROBE!);
      closedFigures = { appCpuMs, pgCpuMs, appWait, pgWait, windowMs, after: await counters(), appLoop };
    };
    if (loadShoppers > 0) {
      const book: Ledger = { placed: new Map(), paid: new Set() };
      const warmupS = options.warmupS ?? 5;
      const durationS = options.durationS ?? 30;
      log(`sockets: checkout load @${loadShoppers} (${warmupS} s warm-up, ${durationS} s measured), settling up to ${options.settles} payments ${options.concurrency} at a time inside the window`);
      let settling: Promise<void> | undefined;
      loadResult = await closedLoop(loadShoppers, warmupS * 1000, durationS * 1000, (worker, steps) => checkout(loadSeed!.buyers[worker % loadSeed!.buyers.length]!, loadSeed!.products, book, steps), {
        open: async () => {
          await openMeters();
          windowOpen = true;
          settling = settleLoops();
        },
        close: () => {
          windowOpen = false;
          closeMeters = readMeters();
        },
      });
      await settling;
      await closeMeters;
    } else {
      log(`sockets: settling ${options.settles} payments, ${options.concurrency} at a time`);
      await openMeters();
      await settleLoops();
      await readMeters();
    }
    const c = closedFigures!;
    const per = Math.max(1, notifyToSeller.length);
    const commitToSeller = await commitToHeard(db, timedOrders, heardWallMs);
    const top =
      statements && loadShoppers === 0
        ? (
            await db.query<{ calls: string; mean: number; query: string }>(
              `SELECT calls, mean_exec_time AS mean, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
             ORDER BY calls DESC LIMIT $1`,
              [options.top ?? 0],
            )
          ).rows.map((row) => `${(Number(row.calls) / per).toFixed(2).padStart(6)} ${row.mean.toFixed(2).padStart(7)} ms  ${row.query.replace(/\s+/g, ' ').slice(0, 150)}`)
        : [];
    const appRssAfter = rssMb(appPid);
    const still = clients.filter((client) => client.socket.connected).length;
    dropped = Math.max(dropped, clients.length - still);
    const perSocketKb = Math.round(((appRssConnected - appRssBefore) * 1024) / Math.max(1, clients.length));
    const pct = (ms: number) => Math.round((ms / Math.max(1, c.windowMs)) * 100);
    const load: LoadFigures | null = loadResult
      ? {
          shoppers: loadShoppers,
          perSecond: Math.round((loadResult.done / loadResult.seconds) * 10) / 10,
          done: loadResult.done,
          errors: loadResult.errors,
          firstErrors: loadResult.firstErrors,
          p50: quantile(loadResult.latencies, 0.5),
          p95: quantile(loadResult.latencies, 0.95),
          p99: quantile(loadResult.latencies, 0.99),
        }
      : null;
    const report: Omit<SocketBenchReport, 'line' | 'restart' | 'restartLine'> = {
      sockets: clients.length,
      classes,
      connectS,
      settled: notifyToSeller.length,
      missed,
      dropped,
      errors: [...errors, ...dropReasons.map((r) => `dropped: ${r}`), ...(load?.firstErrors ?? []).map((e) => `checkout load: ${e}`)],
      notifyToSeller: spread(notifyToSeller),
      payToSeller: spread(payToSeller),
      notifyToAnswer: spread(notifyToAnswer),
      answerToSeller: spread(answerToSeller),
      txStartToSeller: spread(txStartToSeller),
      commitToSeller: commitToSeller && { ...spread(commitToSeller.values), orders: commitToSeller.values.length, unknown: commitToSeller.unknown },
      appRssMb: { beforeSockets: appRssBefore, connected: appRssConnected, afterSettles: appRssAfter },
      perSocketKb,
      clientRssMb: { beforeSockets: clientRssBefore, connected: clientRssConnected },
      // The histogram holds whole intervals between samples: the 10 ms resolution comes off.
      clientLoopDelayP99Ms: Math.max(0, Math.round(loopDelay.percentile(99) / 1e6 - 10)),
      appCpuMsPerSettle: Math.round(c.appCpuMs / per),
      pgCpuMsPerSettle: Math.round(c.pgCpuMs / per),
      appRunQueueMsPerSettle: Math.round(c.appWait / per),
      pgRunQueueMsPerSettle: Math.round(c.pgWait / per),
      statementsPerSettle: statements ? Math.round(((c.after.statements - (meters?.before.statements ?? 0)) / per) * 10) / 10 : null,
      xactsPerSettle: Math.round(((c.after.xacts - (meters?.before.xacts ?? 0)) / per) * 10) / 10,
      top,
      load,
      appLoopDelayMs: c.appLoop,
      cpuSplit: { windowS: Math.round(c.windowMs / 100) / 10, appPct: pct(c.appCpuMs), pgPct: pct(c.pgCpuMs), appWaitPct: pct(c.appWait), pgWaitPct: pct(c.pgWait) },
    };
    const line = [
      `sockets=${report.sockets} classes=${classes} connect_s=${connectS}`,
      ...(load
        ? [`load=${load.shoppers}_shoppers checkouts/s=${load.perSecond} checkout_p50/p95/p99_ms=${load.p50}/${load.p95}/${load.p99} load_errors=${load.errors}`]
        : ['load=none']),
      `settled=${report.settled}@${options.concurrency}`,
      `notify→seller_ms p50/p95/p99/max=${figures(report.notifyToSeller)}`,
      report.commitToSeller
        ? `commit→seller_ms p50/p95/p99/max=${figures(report.commitToSeller)} (of ${report.commitToSeller.orders}${report.commitToSeller.unknown ? `; ${report.commitToSeller.unknown} without a commit time` : ''})`
        : 'commit→seller_ms=n/a (track_commit_timestamp off)',
      `(webhook_answer_ms=${figures(report.notifyToAnswer)} answer→seller_ms=${figures(report.answerToSeller)} settle_tx_start→seller_ms=${figures(report.txStartToSeller)})`,
      `pay→seller_ms=${figures(report.payToSeller)}`,
      `app_rss_mb before/connected/after=${appRssBefore}/${appRssConnected}/${appRssAfter}`,
      `per_socket_kb=${perSocketKb}`,
      `client_rss_mb=${clientRssBefore}/${clientRssConnected}`,
      `client_loop_late_p99_ms=${report.clientLoopDelayP99Ms}`,
      ...(c.appLoop ? [`app_loop_late_ms p50/p99/max=${c.appLoop.p50}/${c.appLoop.p99}/${c.appLoop.max}`] : []),
      `cpu_%_of_a_core over ${report.cpuSplit.windowS}s=app:${report.cpuSplit.appPct}+pg:${report.cpuSplit.pgPct} run_queue_wait_%=app_main_thread:${report.cpuSplit.appWaitPct}+pg:${report.cpuSplit.pgWaitPct}`,
      ...(load
        ? []
        : [
            `cpu_ms/settle=app:${report.appCpuMsPerSettle}+pg:${report.pgCpuMsPerSettle}`,
            `run_queue_wait_ms/settle=app_main_thread:${report.appRunQueueMsPerSettle}+pg:${report.pgRunQueueMsPerSettle}`,
            ...(report.statementsPerSettle !== null ? [`sql/settle=${report.statementsPerSettle}`] : []),
            `xacts/settle=${report.xactsPerSettle}`,
          ]),
      `missed=${missed} dropped=${dropped}`,
    ].join(' ');
    log(`sockets: ${line}`);

    let restart: RestartFigures | null = null;
    if (options.restart) {
      await db.end().catch(() => undefined);
      db = undefined;
      countDrops = false;
      const restarted = await restartPhase({
        started,
        env,
        seats,
        clients,
        before: options.restartSettlesBefore ?? 20,
        after: options.restartSettlesAfter ?? 100,
        log,
      });
      app = restarted.app;
      relay.target = app.url;
      db = await openDb();
      restart = await restartVerdict(db, restarted, clients, app);
    }
    const restartLine = restart
      ? [
          `sockets=${restart.sockets} stop_s=${restart.stopS} up_s=${restart.upS}`,
          `reconnected=${restart.reconnected}/${restart.sockets} (recovered ${restart.recovered}, refused handshakes ${restart.refusals})`,
          `all_reconnected_s=${restart.allReconnectedS ?? 'never'} (after_up_s=${restart.allReconnectedAfterUpS ?? 'never'})`,
          `resynced=${restart.resynced}/${restart.sockets} all_resynced_s=${restart.allResyncedS ?? 'never'} resync_failed=${restart.resyncFailed}`,
          `per_client_s p50/p99 reconnect=${restart.reconnectS.p50}/${restart.reconnectS.p99} resync=${restart.resyncS.p50}/${restart.resyncS.p99}`,
          `attempts p50/max=${restart.attempts.p50}/${restart.attempts.max} last_attempt→connected_ms p50/p99/max=${restart.handshakeMs.p50}/${restart.handshakeMs.p99}/${restart.handshakeMs.max}`,
          `disconnect_reasons=${restart.reasons}`,
          `pays before_sigterm=${restart.paysBefore} (refused ${restart.paysBeforeFailed}; settled ${restart.beforeSettled} by ${restart.beforeSettledS}s) after_up=${restart.paysAfter} (failed ${restart.paysAfterFailed})`,
          `settled_checked=${restart.settledChecked} missed_events=${restart.missed}`,
          `storm(up→all resynced ${restart.storm.seconds}s): cpu_s app:${restart.storm.appCpuS}+pg:${restart.storm.pgCpuS} run_queue_wait_s app_main_thread:${restart.storm.appWaitS}+pg:${restart.storm.pgWaitS} resync_requests=${restart.storm.requests} (sent again after a reset: ${restart.storm.retried})${restart.storm.appLoop ? ` app_loop_late_since_start_ms p50/p99/max=${restart.storm.appLoop.p50}/${restart.storm.appLoop.p99}/${restart.storm.appLoop.max}` : ''}`,
          `app_rss_after_mb=${restart.appRssAfterMb}`,
        ].join(' ')
      : null;
    if (restart) {
      log(`restart: ${restartLine}`);
      for (const e of restart.firstResyncErrors) log(`restart: resync failed: ${e}`);
      for (const e of restart.missedExamples) log(`restart: missed: ${e}`);
    }
    return { ...report, line, restart, restartLine };
  } finally {
    closing = true;
    for (const client of clients) client.socket.close();
    await db?.end().catch(() => undefined);
    await started?.stop();
    await relay.close();
  }
}

interface ProbeLoop {
  p50: number;
  p99: number;
  max: number;
}

/** Asks the app (started with test/bench/mem-probe.mjs) how late its event loop ran since the last ask; null if it did not answer within 10 s. */
async function appProbe(app: AppProcess, file: string): Promise<ProbeLoop | null> {
  fs.rmSync(file, { force: true });
  app.child.kill('SIGUSR2');
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (!fs.existsSync(file)) return null;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { loopDelay?: ProbeLoop }).loopDelay ?? null;
}

interface Restarted {
  app: AppProcess;
  killedAt: number;
  upAt: number;
  stopS: number;
  upS: number;
  paysBefore: number;
  paysBeforeFailed: number;
  paysAfter: number;
  paysAfterFailed: number;
  /** The last client back and resynced (performance.now()), undefined when some never were within the limit. */
  allBackAt?: number;
  allResyncedAt?: number;
  /** The orders paid just before the SIGTERM (their notification may come back only with the simulator's retry). */
  beforeOrderIds: string[];
  /** From the app answering again to the last resync (or the end of the wait): CPU and run-queue wait of the app and
   * PostgreSQL (seconds), resync requests answered, the app's event-loop delay since its start (ms). */
  storm: StormFigures;
}

interface StormFigures {
  seconds: number;
  appCpuS: number;
  pgCpuS: number;
  appWaitS: number;
  pgWaitS: number;
  requests: number;
  /** Requests sent again after a network error (a reset kept-alive connection). */
  retried: number;
  appLoop: ProbeLoop | null;
}

type PlacedOrder = { seat: ClassSeat; id: string; vaNumber: string; total: number };

/**
 * With every client connected: orders placed in advance, some paid just before the SIGTERM, the app stopped and
 * started again on the same data folder, port and database, the rest paid the moment it answers, and the clients
 * waited for (at most 240 s) until each is connected again and its resync answered (or failed).
 */
async function restartPhase(input: {
  started: BenchApp;
  env: Record<string, string>;
  seats: ClassSeat[];
  clients: Client[];
  before: number;
  after: number;
  log: (...words: unknown[]) => void;
}): Promise<Restarted> {
  const { seats, clients, log } = input;
  const place = async (seat: ClassSeat): Promise<PlacedOrder> => {
    const placed = await seat.buyer.expect<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>('place', 'POST', '/api/orders', {
      body: { address: DESTINATION, items: [{ productId: seat.productId, quantity: 1 }], shops: [{ shopId: seat.seller.shopId, courierCode: 'jne-reg' }], paymentMethod: 'bca_va' },
      key: randomUUID(),
    });
    const order = placed.body.orders[0]!;
    return { seat, id: order.id, vaNumber: order.payment.instructions.vaNumber, total: order.total };
  };
  const pay = (order: PlacedOrder) =>
    new Phone(order.seat.buyer.baseUrl, order.seat.buyer.tally)
      .expect('pay', 'POST', '/api/simulator/payer/pay', { body: { channel: 'bca_va', number: order.vaNumber, amount: order.total }, token: null })
      .then(
        () => true,
        () => false,
      );
  // One order per class for after the restart, and a few more (other classes first) for just before it.
  log(`restart: placing ${input.before + input.after} orders to pay around the restart`);
  const orders: PlacedOrder[] = [];
  for (let i = 0; i < input.before + input.after; i += 8) {
    orders.push(...(await Promise.all(Array.from({ length: Math.min(8, input.before + input.after - i) }, (_, k) => place(seats[(i + k) % seats.length]!)))));
  }
  const beforeOrders = orders.slice(0, input.before);
  const afterOrders = orders.slice(input.before);
  for (const client of clients) {
    client.backAt = undefined;
    client.resyncedAt = undefined;
    client.resyncError = undefined;
  }

  log(`restart: ${clients.filter((c) => c.socket.connected).length} clients connected; paying ${beforeOrders.length} orders and sending SIGTERM 50 ms later`);
  const paysBefore = Promise.all(beforeOrders.map(pay));
  await new Promise((r) => setTimeout(r, 50));
  const stopping = input.started.app;
  const killedAt = performance.now();
  await input.started.stopApp('SIGTERM');
  const stoppedAt = performance.now();
  const beforeResults = await paysBefore;
  // What the stopping app logged as errors (LOG_LEVEL warn: pino levels 50 and 60), for the payments made just before.
  const stopErrors = stopping
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
        return (entry.level ?? 0) >= 50 ? [`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`] : [];
      } catch {
        return [];
      }
    });
  const kinds = new Map<string, number>();
  for (const e of stopErrors) kinds.set(e.slice(0, 160), (kinds.get(e.slice(0, 160)) ?? 0) + 1);
  for (const [e, n] of kinds) log(`restart: the old app logged ${n}× ${e}`);
  log(`restart: the app is gone after ${((stoppedAt - killedAt) / 1000).toFixed(1)} s; starting it again on port ${stopping.port}`);
  const app = await input.started.startAgain();
  const upAt = performance.now();
  // What the new app and PostgreSQL spend on the reconnects and resyncs, from the moment it answers.
  const newPid = app.child.pid!;
  const pgNow = () => (input.started.pgPort === undefined ? [] : input.started.pgPids());
  const appCpu = new CpuMeter(() => [newPid]);
  const pgCpu = new CpuMeter(pgNow);
  const appSched = new SchedMeter(() => [newPid]);
  const pgSched = new SchedMeter(pgNow);
  const requestsBefore = resyncRequests;
  const retriesBefore = resyncRetries;
  log(`restart: answering again ${((upAt - killedAt) / 1000).toFixed(1)} s after the SIGTERM; paying ${afterOrders.length} orders, 8 at a time`);
  let nextPay = 0;
  const afterResults: boolean[] = [];
  const paysAfter = Promise.all(
    Array.from({ length: 8 }, async () => {
      while (nextPay < afterOrders.length) afterResults.push(await pay(afterOrders[nextPay++]!));
    }),
  );
  const deadline = performance.now() + 240_000;
  let allBackAt: number | undefined;
  let allResyncedAt: number | undefined;
  while (performance.now() < deadline) {
    const back = clients.filter((c) => c.backAt !== undefined && c.socket.connected);
    const settled = clients.filter((c) => c.resyncedAt !== undefined || c.resyncError !== undefined);
    if (allBackAt === undefined && back.length === clients.length) allBackAt = Math.max(...back.map((c) => c.backAt!));
    if (settled.length === clients.length) {
      if (clients.every((c) => c.resyncedAt !== undefined)) allResyncedAt = Math.max(...clients.map((c) => c.resyncedAt!));
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // A client that dropped again (a ping timeout under the storm) and came back: its last return counts.
  if (allBackAt === undefined && clients.every((c) => c.backAt !== undefined)) allBackAt = Math.max(...clients.map((c) => c.backAt!));
  const stormMs = (allResyncedAt ?? performance.now()) - upAt;
  const storm = {
    seconds: Math.round(stormMs / 100) / 10,
    appCpuS: Math.round(appCpu.read() * 10) / 10,
    pgCpuS: Math.round(pgCpu.read() * 10) / 10,
    appWaitS: Math.round(appSched.read().waiting / 100) / 10,
    pgWaitS: Math.round(pgSched.read().waiting / 100) / 10,
    requests: resyncRequests - requestsBefore,
    retried: resyncRetries - retriesBefore,
    appLoop: await appProbe(app, input.env.PASAR_MEM_PROBE!),
  };
  await paysAfter;
  log(`restart: ${clients.filter((c) => c.backAt !== undefined).length} back, ${clients.filter((c) => c.resyncedAt !== undefined).length} resynced`);
  return {
    app,
    killedAt,
    upAt,
    stopS: Math.round((stoppedAt - killedAt) / 100) / 10,
    upS: Math.round((upAt - killedAt) / 100) / 10,
    paysBefore: beforeResults.length,
    paysBeforeFailed: beforeResults.filter((ok) => !ok).length,
    paysAfter: afterResults.length,
    paysAfterFailed: afterResults.filter((ok) => !ok).length,
    allBackAt,
    allResyncedAt,
    beforeOrderIds: beforeOrders.map((o) => o.id),
    storm,
  };
}

/**
 * Every payment the database holds as settled for a seller's shop must be known to her phone: heard live as
 * `order.paid`, or listed PAID by the resync after her reconnect. Read after a pause, so that a settlement that
 * committed just before the read has had its event delivered. Notifications the stopping app did not take are sent
 * again by the simulator's retry (seconds later): the database is read once nothing has settled for 5 s.
 */
async function restartVerdict(db: pg.Client, r: Restarted, clients: Client[], app: AppProcess): Promise<RestartFigures> {
  const settledCount = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM payment WHERE state = 'settled'`)).rows[0]?.n ?? 0);
  // The orders paid just before the SIGTERM: waited for (at most 180 s after the SIGTERM), since a notification the
  // stopping app did not take comes back with the simulator's retry, seconds to minutes later.
  const beforeSettled = async () =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM payment WHERE state = 'settled' AND order_id = ANY($1::uuid[])`, [r.beforeOrderIds])).rows[0]?.n ?? 0);
  let settledBefore = await beforeSettled();
  while (settledBefore < r.beforeOrderIds.length && performance.now() - r.killedAt < 180_000) {
    await new Promise((res) => setTimeout(res, 1000));
    settledBefore = await beforeSettled();
  }
  const beforeSettledS = Math.round((performance.now() - r.killedAt) / 100) / 10;
  let last = await settledCount();
  for (let quiet = 0, waited = 0; quiet < 5 && waited < 60; waited++) {
    await new Promise((res) => setTimeout(res, 1000));
    const now = await settledCount();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  const sellers = new Map(clients.filter((c) => c.member.shopId).map((c) => [c.member.shopId!, c]));
  const rows = (await db.query<{ id: string; shop_id: string }>(`SELECT DISTINCT o.id, o.shop_id FROM orders o JOIN payment p ON p.order_id = o.id WHERE p.state = 'settled'`)).rows;
  await new Promise((res) => setTimeout(res, 2000));
  let checked = 0;
  const missedExamples: string[] = [];
  let missed = 0;
  for (const row of rows) {
    const seller = sellers.get(row.shop_id);
    if (!seller) continue; // the checkout load's class: no phones connected
    checked++;
    if (seller.heardPaid.has(row.id) || seller.listedPaid.has(row.id)) continue;
    missed++;
    if (missedExamples.length < 3) missedExamples.push(`order ${row.id} of shop ${row.shop_id}: not heard, not in the resynced list`);
  }
  const s = (at: number | undefined) => (at === undefined ? null : Math.round((at - r.killedAt) / 100) / 10);
  // Resyncs that answered after the wait above still count: the last one, when every client has one.
  if (r.allResyncedAt === undefined && clients.every((c) => c.resyncedAt !== undefined)) r.allResyncedAt = Math.max(...clients.map((c) => c.resyncedAt!));
  const back = clients.filter((c) => c.backAt !== undefined).map((c) => (c.backAt! - r.killedAt) / 1000);
  const resynced = clients.filter((c) => c.resyncedAt !== undefined).map((c) => (c.resyncedAt! - r.killedAt) / 1000);
  const q = (values: number[], at: number) => Math.round(quantile(values.map((v) => v * 1000), at) / 100) / 10;
  const failed = clients.filter((c) => c.resyncError !== undefined);
  const reasonCounts = new Map<string, number>();
  for (const c of clients) reasonCounts.set(c.lastReason ?? 'none', (reasonCounts.get(c.lastReason ?? 'none') ?? 0) + 1);
  return {
    sockets: clients.length,
    stopS: r.stopS,
    upS: r.upS,
    reconnected: clients.filter((c) => c.backAt !== undefined && c.socket.connected).length,
    recovered: clients.reduce((n, c) => n + c.recovered, 0),
    refusals: clients.reduce((n, c) => n + c.refusals, 0),
    allReconnectedS: s(r.allBackAt),
    allReconnectedAfterUpS: r.allBackAt === undefined ? null : Math.round((r.allBackAt - r.upAt) / 100) / 10,
    allResyncedS: s(r.allResyncedAt),
    resynced: resynced.length,
    resyncFailed: failed.length,
    firstResyncErrors: failed.slice(0, 3).map((c) => c.resyncError!),
    reconnectS: { p50: q(back, 0.5), p99: q(back, 0.99) },
    resyncS: { p50: q(resynced, 0.5), p99: q(resynced, 0.99) },
    attempts: { p50: quantile(clients.map((c) => c.attempts), 0.5), max: Math.max(0, ...clients.map((c) => c.attempts)) },
    handshakeMs: spread(clients.flatMap((c) => (c.handshakeMs === undefined ? [] : [c.handshakeMs]))),
    reasons: [...reasonCounts].map(([reason, n]) => `${reason.replace(/ /g, '_')}:${n}`).join(','),
    paysBefore: r.paysBefore,
    paysBeforeFailed: r.paysBeforeFailed,
    paysAfter: r.paysAfter,
    paysAfterFailed: r.paysAfterFailed,
    settledChecked: checked,
    missed,
    missedExamples,
    appRssAfterMb: rssMb(app.child.pid!),
    storm: r.storm,
    beforeSettled: settledBefore,
    beforeSettledS,
  };
}
