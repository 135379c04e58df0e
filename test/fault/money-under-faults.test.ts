import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeDataDir, postmasterPid, startApp, waitForExit, type AppProcess } from '../support/app-process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/e2e.js';
import { ARTIFACTS } from '../support/paths.js';
import { newKey, orderBody, pause, Phone, photoForm, product, productPhoto, type CallOptions, type Reply, Tally } from '../support/phones.js';

/**
 * Issue 15, "Money under faults", against the built app on its embedded PostgreSQL:
 * - trainees keep ordering, paying in the simulator's bank app, shipping, confirming and withdrawing while the
 *   facilitator moves the clock a day at a time, and the app is killed with SIGKILL at random moments and started
 *   again, then the embedded PostgreSQL's postmaster is killed with SIGKILL under the running app, which restarts
 *   it by itself;
 * - a buyer pays while the webhook is down, the app is killed, and the payment deadline passes on a fast clock (600×);
 *   the same with the gateway unreachable at the deadline, so the order expires and the late settlement is refunded.
 * Afterwards every request that got a 2xx has its effect (once), no scheduled task failed or ran twice, nobody was
 * told anything twice, the ledger check is balanced and the gateway's settlements match the ledger's.
 *
 * `npm test`: one kill of the app and one of the postmaster; RELIABILITY=full (npm run test:reliability): more cycles.
 */
const FULL = process.env.RELIABILITY === 'full';
const APP_KILLS = Number(process.env.FAULT_APP_KILLS ?? (FULL ? 4 : 1));
const PG_KILLS = Number(process.env.FAULT_PG_KILLS ?? (FULL ? 3 : 1));
const TRAINEES = FULL ? 6 : 4;
const DAY_MINUTES = 24 * 60;
const trace = (...words: unknown[]) => {
  if (process.env.FAULT_TRACE) console.log(new Date().toISOString().slice(11, 23), ...words);
};

/** A relay in front of the app (webhook or gateway) that the test can take down; it outlives the app's restarts. */
interface Relay {
  url: string;
  down: boolean;
  refused: number;
  close(): Promise<void>;
}
async function startRelay(target: () => string): Promise<Relay> {
  const relay: Relay = { url: '', down: false, refused: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (relay.down) {
        relay.refused++;
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status_code: '503', status_message: 'relay down' }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      fetch(`${target()}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
        .then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  relay.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  relay.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return relay;
}

describe('money under faults: kill -9 of the app and of its PostgreSQL, the webhook down across a deadline', () => {
  const dataDir = makeDataDir('pl-faults-');
  let port: number;
  let pgPort: number;
  let app: AppProcess | undefined;
  let webhook: Relay;
  let gateway: Relay;
  let db: pg.Client | undefined;
  const tally = new Tally();
  const logs: string[] = [];
  const kills = { app: 0, postgres: 0 };
  /** Set when a fault step failed: the phones stop retrying at once instead of for 180 s. */
  let aborted = false;

  const baseUrl = () => `http://127.0.0.1:${port}`;

  async function start(): Promise<void> {
    trace('starting the app');
    app = await startApp({
      dataDir,
      port,
      embeddedPgPort: pgPort,
      env: {
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        LOG_LEVEL: 'warn',
        PAYMENT_SERVER_KEY: 'SB-Mid-server-fault-test-only',
        PAYMENT_NOTIFICATION_URL: `${webhook.url}/api/payments/notifications`,
        PAYMENT_GATEWAY_URL: `${gateway.url}/api/simulator`,
      },
    });
  }

  async function keepLog(): Promise<void> {
    if (app) logs.push(app.output());
  }

  /** The test's own connection does not survive the database going away: dropped before each fault. */
  async function closeDb(): Promise<void> {
    const client = db;
    db = undefined;
    await client?.end().catch(() => undefined);
  }

  /** SIGKILL the app mid-traffic; its PostgreSQL lives on as an orphan, which the next start cleans up. */
  async function killApp(): Promise<void> {
    await closeDb();
    await app!.stop('SIGKILL');
    await keepLog();
    kills.app++;
    trace('app killed');
    await start();
  }

  /**
   * SIGKILL the postmaster under the running app. Meanwhile requests get 503 DATABASE_UNAVAILABLE with a Retry-After;
   * the app restarts its PostgreSQL itself (nobody restarts the app) and carries on: the same app process, a new
   * postmaster, health 200 again, and the traffic goes on through it.
   */
  async function killPostgres(): Promise<void> {
    await closeDb();
    const running = app!;
    const pid = postmasterPid(dataDir)!;
    const restartsBefore = supervisorRestarts(running);
    process.kill(pid, 'SIGKILL');
    expect(await waitForExit(pid)).toBe(true);
    kills.postgres++;
    trace('postgres killed');
    const down = await fetch(`${baseUrl()}/api/health`);
    trace('health with the postmaster gone:', down.status);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    const since = Date.now();
    for (;;) {
      const health = await fetch(`${baseUrl()}/api/health`).catch(() => undefined);
      if (health?.status === 200) break;
      if (Date.now() - since > 60_000) {
        throw new Error(`the app did not bring its PostgreSQL back within 60 s (health ${health?.status ?? 'no answer'}, app exit code ${running.child.exitCode}):\n${running.output().slice(-3000)}`);
      }
      await pause(200);
    }
    trace(`health 200 again after ${Date.now() - since} ms`);
    expect(running.child.exitCode, 'the app itself kept running').toBeNull();
    expect(app, 'the app was not restarted').toBe(running);
    expect(postmasterPid(dataDir)).not.toBe(pid);
    expect(supervisorRestarts(running), 'the restart is logged').toBe(restartsBefore + 1);
  }

  /** The app's log lines that say it restarted its PostgreSQL. */
  function supervisorRestarts(running: AppProcess): number {
    return running.output().split('\n').filter((line) => line.includes('embedded PostgreSQL restarted')).length;
  }

  /**
   * Calls until a definitive answer: through restarts (no answer) and 503s (the database away), with the same
   * Idempotency-Key. Returns the 2xx or 4xx; a 5xx other than 503 is recorded by the tally and fails the test at the end.
   */
  async function persist<T = unknown>(phone: Phone, step: string, method: string, url: string, options: CallOptions = {}): Promise<Reply<T>> {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (aborted) throw new Error(`${step}: abandoned, the test already failed`);
      try {
        const reply = await phone.call<T>(step, method, url, { timeoutMs: 30_000, ...options });
        if (reply.status < 500) return reply;
      } catch {
        // no answer: the app is down or restarting
      }
      if (Date.now() > deadline) throw new Error(`${step}: ${method} ${url} got no definitive answer in 180 s`);
      await pause(300);
    }
  }

  async function must<T = unknown>(phone: Phone, step: string, method: string, url: string, options: CallOptions = {}): Promise<Reply<T>> {
    const reply = await persist<T>(phone, step, method, url, options);
    if (reply.status >= 300) throw new Error(`${step}: ${method} ${url} → ${reply.status} ${reply.text.slice(0, 300)}`);
    return reply;
  }

  beforeAll(async () => {
    [port, pgPort] = [await freePort(), await freePort()];
    webhook = await startRelay(baseUrl);
    gateway = await startRelay(baseUrl);
    await start();
  });

  afterAll(async () => {
    await closeDb();
    if (app) {
      await app.stop();
      await keepLog();
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'money-under-faults-app.log'), logs.join('\n----- restart -----\n'));
    await webhook?.close();
    await gateway?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  interface Trainee {
    phone: Phone;
    shopId: string;
    productId: string;
  }

  async function newClass(laptop: Phone, name: string): Promise<{ classId: string; joinCode: string }> {
    const created = await must<{ id: string; joinCode: string }>(laptop, 'class', 'POST', '/api/classes', {
      body: { name, place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
    });
    return { classId: created.body.id, joinCode: created.body.joinCode };
  }

  async function joinWithShop(joinCode: string, name: string, account: string): Promise<Trainee> {
    const phone = new Phone(baseUrl(), tally);
    const joined = await must<{ token: string; shop: { id: string } }>(phone, 'join', 'POST', '/api/join', { body: { code: joinCode, displayName: name } });
    phone.token = joined.body.token;
    const media = await must<{ id: string }>(phone, 'photo', 'POST', '/api/media', { form: photoForm(await productPhoto()) });
    const posted = await must<{ id: string }>(phone, 'product', 'POST', '/api/products', { body: { ...product(`Gula Aren ${name}`), photoIds: [media.body.id] }, key: newKey() });
    const bank = { bankCode: 'bca', accountNumber: account, holderName: name };
    const checked = await must<{ bankHolderName: string }>(phone, 'bank check', 'POST', '/api/wallet/bank-account/check', { body: bank });
    await must(phone, 'bank save', 'PUT', '/api/wallet/bank-account', { body: { ...bank, confirmedHolderName: checked.body.bankHolderName, confirmOwn: true } });
    return { phone, shopId: joined.body.shop.id, productId: posted.body.id };
  }

  /** What got a 2xx, to be found afterwards. */
  const done = {
    orders: new Map<string, { classId: string; total: number }>(),
    paid: new Set<string>(),
    shipped: new Set<string>(),
    received: new Set<string>(),
    withdrawals: new Set<string>(),
  };

  async function openDb(): Promise<pg.Client> {
    if (!db) {
      db = new pg.Client({ connectionString: `postgres://pasar:pasar-latihan-local@127.0.0.1:${pgPort}/pasar_latihan` });
      db.on('error', () => undefined); // a fault in flight: the next openDb connects again
      await db.connect();
    }
    return db;
  }

  /** The checks every 2xx and the books must pass, for one class. */
  async function checkMoney(laptop: Phone, classId: string): Promise<{ orders: number; settled: number; withdrawals: number }> {
    const client = await openDb();
    const orders = (await client.query<{ id: string; state: string; total: number }>(`SELECT id, state, total FROM orders WHERE class_id = $1`, [classId])).rows;
    const byId = new Map(orders.map((o) => [o.id, o]));
    const mine = [...done.orders].filter(([, o]) => o.classId === classId);
    // Every 2xx checkout is there, for its total.
    for (const [id, o] of mine) expect(Number(byId.get(id)?.total), `order ${id} is there`).toBe(o.total);
    const kinds = new Map(
      (
        await client.query<{ order_id: string; kinds: string[] }>(
          `SELECT order_id, array_agg(kind::text ORDER BY kind) AS kinds FROM journal_entry WHERE class_id = $1 AND order_id IS NOT NULL GROUP BY order_id`,
          [classId],
        )
      ).rows.map((row) => [row.order_id, row.kinds]),
    );
    for (const [orderId, list] of kinds) expect(new Set(list).size, `no entry twice for order ${orderId}: ${list.join()}`).toBe(list.length);
    // Every 2xx payment is settled in the ledger (and refunded when the order had closed); every hand-over recorded.
    for (const id of done.paid) if (byId.has(id)) expect(kinds.get(id) ?? [], `payment of ${id}`).toContain('payment_settled');
    const shipments = new Map(
      (await client.query<{ order_id: string; n: number; shipped: number }>(`SELECT order_id, count(*)::int AS n, count(shipped_at)::int AS shipped FROM shipment GROUP BY order_id`)).rows.map((r) => [
        r.order_id,
        r,
      ]),
    );
    for (const id of done.shipped) if (byId.has(id)) expect(shipments.get(id), `shipment of ${id}`).toMatchObject({ n: 1, shipped: 1 });
    for (const id of done.received) if (byId.has(id)) expect(byId.get(id)!.state, `order ${id} confirmed`).toBe('COMPLETED');
    // Every 2xx withdrawal is there once, paid out once.
    const withdrawals = (await client.query<{ id: string; status: string }>(`SELECT id, status FROM withdrawal WHERE class_id = $1`, [classId])).rows;
    const withdrawalIds = new Set(withdrawals.map((w) => w.id));
    for (const id of done.withdrawals) {
      const w = withdrawals.find((row) => row.id === id);
      if (!w && !withdrawalIds.has(id)) continue; // another class's
      expect(w?.status, `withdrawal ${id}`).toBe('success');
    }
    // Gateway and ledger agree: each settled gateway transaction of the class posted once, for its amount.
    const gatewaySettled = (
      await client.query<{ order_id: string; gross: string }>(
        `SELECT p.order_id, t.gross_amount AS gross FROM payment p JOIN sim_transaction t ON t.order_id = p.gateway_order_id
          WHERE p.class_id = $1 AND t.status = 'settlement'`,
        [classId],
      )
    ).rows;
    const posted = (
      await client.query<{ order_id: string; amount: string }>(
        `SELECT e.order_id, SUM(l.amount) AS amount FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id JOIN ledger_account a ON a.id = l.account_id
          WHERE e.class_id = $1 AND e.kind = 'payment_settled' AND a.kind = 'payment_clearing' GROUP BY e.order_id`,
        [classId],
      )
    ).rows;
    expect(new Map(posted.map((r) => [r.order_id, Math.abs(Number(r.amount))]))).toEqual(new Map(gatewaySettled.map((r) => [r.order_id, Number(r.gross)])));
    // Scheduled work: none failed, none left behind, and nobody told the same thing twice.
    expect((await client.query(`SELECT kind, last_error FROM scheduled_task WHERE class_id = $1 AND status = 'failed'`, [classId])).rows).toEqual([]);
    const twice = await client.query(
      `SELECT participant_id, kind, params::text AS params, count(*)::int AS n FROM notification WHERE class_id = $1 GROUP BY 1, 2, 3 HAVING count(*) > 1`,
      [classId],
    );
    expect(twice.rows).toEqual([]);
    const check = await must<Record<string, unknown>>(laptop, 'ledger check', 'GET', `/api/classes/${classId}/ledger-check`);
    expect(check.body, `ledger check of class ${classId}`).toMatchObject({ ok: true, strandedPayments: [], gatewayUnreachable: 0 });
    return { orders: orders.length, settled: gatewaySettled.length, withdrawals: withdrawals.length };
  }

  let laptop: Phone;

  it(
    `keeps every 2xx through ${APP_KILLS} kill -9 of the app and ${PG_KILLS} of its PostgreSQL during checkouts, payments, shipments and withdrawals`,
    async () => {
      laptop = new Phone(baseUrl(), tally);
      laptop.token = (await must<{ token: string }>(laptop, 'sign in', 'POST', '/api/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).body.token;
      const { classId, joinCode } = await newClass(laptop, 'Kelas Gangguan');
      const trainees: Trainee[] = [];
      for (let i = 0; i < TRAINEES; i++) trainees.push(await joinWithShop(joinCode, `Peserta ${i + 1}`, String(2_000_000_000 + i)));

      let stop = false;
      const work = async (me: Trainee, i: number) => {
        const seller = trainees[(i + 1) % trainees.length]!;
        const { phone } = me;
        while (!stop) {
          // Buy from the next shop and pay in the bank app.
          const placed = await persist<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>(phone, 'checkout', 'POST', '/api/orders', {
            body: orderBody(seller.productId, seller.shopId),
            key: newKey(),
          });
          if (placed.status === 201) {
            const order = placed.body.orders[0]!;
            done.orders.set(order.id, { classId, total: order.total });
            const paid = await persist(phone, 'pay', 'POST', '/api/simulator/payer/pay', {
              body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
              token: null,
            });
            if (paid.status === 200) done.paid.add(order.id);
          }
          // Ship what was paid to my shop; confirm what reached me; withdraw my saldo.
          const toShip = await persist<{ items: { id: string }[] }>(phone, 'orders tab', 'GET', '/api/shops/mine/orders?tab=perlu_dikirim');
          for (const order of toShip.body.items ?? []) {
            const points = await persist<{ id: string }[]>(phone, 'drop points', 'GET', `/api/orders/${order.id}/drop-points`);
            if (points.status !== 200) continue;
            const shipped = await persist(phone, 'ship', 'POST', `/api/orders/${order.id}/ship`, { body: { dropPointId: points.body[0]!.id } });
            if (shipped.status === 200) done.shipped.add(order.id);
          }
          const mine = await persist<{ items: { id: string; state: string }[] }>(phone, 'my orders', 'GET', '/api/orders/mine');
          for (const order of (mine.body.items ?? []).filter((o) => o.state === 'DELIVERED')) {
            const received = await persist(phone, 'received', 'POST', `/api/orders/${order.id}/received`);
            if (received.status === 200) done.received.add(order.id);
          }
          const wallet = await persist<{ balance: { available: number } }>(phone, 'wallet', 'GET', '/api/wallet');
          if (wallet.status === 200 && wallet.body.balance.available >= 10_000) {
            const made = await persist<{ id: string }>(phone, 'withdraw', 'POST', '/api/wallet/withdrawals', { body: { amount: 10_000 }, key: newKey() });
            if (made.status === 201) done.withdrawals.add(made.body.id);
          }
          trace(`peserta ${i + 1}: ${done.orders.size} orders, ${done.paid.size} paid, ${done.shipped.size} shipped, ${done.received.size} received, ${done.withdrawals.size} withdrawals`);
          await pause(200 + Math.random() * 400);
        }
      };
      // The facilitator moves the clock a day at a time: deliveries, auto-completion, payouts, expiries and ship-by
      // cancellations all come due as scheduled work, across the kills.
      const clock = async () => {
        while (!stop) {
          await pause(2_500);
          await persist(laptop, 'clock +1 hari', 'POST', `/api/classes/${classId}/clock`, { body: { action: 'jump', minutes: DAY_MINUTES } });
        }
      };
      const workers = Promise.all([...trainees.map(work), clock()]);
      workers.catch(() => undefined);

      trace('class ready, traffic starts');
      try {
        const faults = [...Array.from({ length: APP_KILLS }, () => killApp), ...Array.from({ length: PG_KILLS }, () => killPostgres)];
        for (const fault of faults) {
          await pause(3_000 + Math.random() * 4_000);
          await fault();
        }
        await pause(3_000);
      } catch (error) {
        aborted = true;
        throw error;
      } finally {
        stop = true;
        // After a failed fault step the phones give up; their "abandoned" must not hide the step's own error.
        await (aborted ? workers.catch(() => undefined) : workers);
      }

      // Let everything come due: the webhook's retries, deliveries, auto-completion (3 days), payouts (1 day).
      for (let i = 0; i < 3; i++) await must(laptop, 'clock +4 hari', 'POST', `/api/classes/${classId}/clock`, { body: { action: 'jump', minutes: 4 * DAY_MINUTES } });
      const client = await openDb();
      const deadline = Date.now() + 120_000;
      for (;;) {
        const { rows } = await client.query<{ open: number; processing: number; undelivered: number }>(
          `SELECT (SELECT count(*) FROM orders WHERE class_id = $1 AND state NOT IN ('COMPLETED', 'CANCELLED', 'RETURNED'))::int AS open,
                  (SELECT count(*) FROM withdrawal WHERE class_id = $1 AND status = 'processing')::int AS processing,
                  (SELECT count(*) FROM sim_notification WHERE delivered_at IS NULL)::int AS undelivered`,
          [classId],
        );
        if (rows[0]!.open === 0 && rows[0]!.processing === 0 && rows[0]!.undelivered === 0) break;
        trace('settling', rows[0]);
        if (Date.now() > deadline) throw new Error(`still settling after 120 s: ${JSON.stringify(rows[0])}`);
        await pause(500);
      }

      trace('settled; checking');
      const figures = await checkMoney(laptop, classId);
      console.log(
        `money under faults: ${kills.app} kill -9 of the app, ${kills.postgres} of its PostgreSQL; ${done.orders.size} orders with a 201 ` +
          `(${figures.orders} in the class, ${figures.settled} settled at the gateway), ${done.paid.size} payments, ${done.shipped.size} hand-overs, ` +
          `${done.received.size} confirmations and ${done.withdrawals.size} withdrawals with a 2xx, all present once; ledger balanced; ` +
          `requests ${tally.requests}, 503 during outages ${tally.count((s) => s === 503)}, no answer ${tally.transportErrors}`,
      );
      expect(done.orders.size).toBeGreaterThan(0);
      expect(done.shipped.size).toBeGreaterThan(0);
      expect(done.withdrawals.size).toBeGreaterThan(0);
      expect(tally.serverErrors.filter((e) => e.status !== 503)).toEqual([]);
    },
    FULL ? 900_000 : 300_000,
  );

  it('settles a payment made while the webhook was down across the deadline on a 600× clock, through a kill -9; and refunds one the gateway could not confirm in time', async () => {
    const { classId, joinCode } = await newClass(laptop, 'Kelas Tenggat');
    // One hour to pay, on a clock running 600×: the deadline is six real seconds after the checkout.
    await must(laptop, 'order settings', 'PUT', `/api/classes/${classId}/order-settings`, { body: { paymentHours: 1 } });
    const seller = await joinWithShop(joinCode, 'Sriyati', '3000000001');
    const buyer = await joinWithShop(joinCode, 'Marni', '3000000002');

    const paidWhileWebhookDown = async () => {
      const placed = await must<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }>(buyer.phone, 'checkout', 'POST', '/api/orders', {
        body: orderBody(seller.productId, seller.shopId),
        key: newKey(),
      });
      const order = placed.body.orders[0]!;
      done.orders.set(order.id, { classId, total: order.total });
      webhook.down = true;
      const refusedBefore = webhook.refused;
      const paid = await must<{ merchantNotified: boolean }>(buyer.phone, 'pay', 'POST', '/api/simulator/payer/pay', {
        body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
        token: null,
      });
      expect(paid.body.merchantNotified).toBe(false);
      expect(webhook.refused).toBeGreaterThan(refusedBefore);
      done.paid.add(order.id);
      return order;
    };
    const stateOf = async (orderId: string) => (await must<{ state: string }>(buyer.phone, 'order', 'GET', `/api/orders/${orderId}`)).body.state;
    const settles = async (orderId: string, want: string) => {
      const deadline = Date.now() + 90_000;
      for (;;) {
        const state = await stateOf(orderId);
        if (state === want) return;
        if (state !== 'AWAITING_PAYMENT' || Date.now() > deadline) throw new Error(`order ${orderId} is ${state}, wanted ${want}`);
        await pause(500);
      }
    };

    // 1. The webhook is down; the app dies; at the deadline the restarted app asks the gateway and settles the order.
    const first = await paidWhileWebhookDown();
    expect(await stateOf(first.id)).toBe('AWAITING_PAYMENT');
    await killApp();
    await must(laptop, 'clock 600×', 'POST', `/api/classes/${classId}/clock`, { body: { action: 'speed', speed: 600 } });
    await settles(first.id, 'PAID');

    // 2. The webhook and the gateway are both down at the deadline: the order expires; the settlement that arrives
    // when the webhook comes back is posted and refunded, once.
    const second = await paidWhileWebhookDown();
    gateway.down = true;
    await settles(second.id, 'CANCELLED');
    gateway.down = false;
    webhook.down = false;

    await must(laptop, 'clock 1×', 'POST', `/api/classes/${classId}/clock`, { body: { action: 'speed', speed: 1 } });
    const client = await openDb();
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM sim_notification WHERE delivered_at IS NULL`);
      if (rows[0]!.n === 0) break;
      if (Date.now() > deadline) throw new Error(`${rows[0]!.n} notifications still undelivered`);
      await pause(500);
    }
    const kindsOf = async (orderId: string) =>
      (await client.query<{ kind: string }>(`SELECT kind FROM journal_entry WHERE order_id = $1 ORDER BY kind`, [orderId])).rows.map((r) => r.kind);
    expect(await kindsOf(first.id)).toEqual(['payment_settled']);
    expect(await stateOf(second.id)).toBe('CANCELLED');
    expect(await kindsOf(second.id)).toEqual(['payment_settled', 'refund']);
    const told = await client.query(`SELECT participant_id FROM notification WHERE kind = 'late_payment_refunded' AND params->>'orderId' = $1`, [second.id]);
    expect(told.rows).toHaveLength(2); // the buyer and the seller, once each
    await checkMoney(laptop, classId);
    expect(tally.serverErrors.filter((e) => e.status !== 503)).toEqual([]);
  }, 300_000);
});
