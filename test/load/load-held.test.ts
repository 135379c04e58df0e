import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstStartDataDir, freePort, startApp, type AppProcess } from '../support/app-process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/e2e.js';
import { ARTIFACTS } from '../support/paths.js';
import { newKey, orderBody, pause, Phone, photoForm, product, productPhoto, type Reply, Tally } from '../support/phones.js';

/**
 * Issue 15, "Load held": classes of trainees' phones doing the workshop mix on one node (the laptop path: embedded
 * PostgreSQL) for a bounded time: join, browse, post with a photo, chat, order, pay in the simulator's bank app, ship,
 * "Pesanan Diterima", withdraw, with the facilitator moving the class clock (+3 hari) once a round's parcels are out.
 * Every phone buys from the next phone's shop, so each is a buyer and a seller. Afterwards: 0 5xx, and nothing lost or
 * doubled (every 2xx order is in the database, completed, paid once at the gateway, posted once in the ledger; every
 * 2xx withdrawal is there once and paid out), the ledger check says balanced, and p50/p95/p99 per step are printed.
 *
 * The phones wait out a 503 with Retry-After and ask again where the real client does (GET, PUT, keyed calls, the photo
 * upload; at most twice): such a 503 is counted and printed, not failed; any 5xx a phone ends with fails the run.
 *
 * `npm test` runs 2 classes × 8 phones for one round (a 10 s budget); `RELIABILITY=full` (npm run test:reliability)
 * 30 × 30, the classes starting over 90 s, each for 2 min.
 */
const FULL = process.env.RELIABILITY === 'full';
const CLASSES = Number(process.env.LOAD_CLASSES ?? (FULL ? 30 : 2));
const PHONES = Number(process.env.LOAD_PHONES ?? (FULL ? 30 : 8));
const BUDGET_MS = Number(process.env.LOAD_SECONDS ?? (FULL ? 120 : 10)) * 1000;
/** Phones of a class arrive over this long, as they do when the QR goes up. */
const ARRIVAL_MS = FULL ? 20_000 : 3_000;
/**
 * The classes start this far apart in all (evenly): 30 facilitators in 30 halls do not put their QR up in the same
 * 20 s. With 90 s, 900 phones join over 110 s (about 8 a second, each class's 30 still within its 20 s); all at once
 * they asked this 2-core node for more than it serves in the first minute (README, Reliability).
 */
const CLASS_STAGGER_MS = Number(process.env.LOAD_STAGGER_SECONDS ?? (FULL ? 90 : 0)) * 1000;
/** A phone's pause between two taps. */
const think = () => pause(200 + Math.random() * (FULL ? 1_300 : 500));
/** Every 10th phone also keeps a socket open, as the client does, and counts what it hears. */
const SOCKET_EVERY = 10;
const DAY_MINUTES = 24 * 60;
const trace = (...words: unknown[]) => {
  if (process.env.LOAD_TRACE) console.log(new Date().toISOString().slice(11, 23), ...words);
};

interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // a round that fails reports through the phone that failed
  return { promise, resolve, reject };
}

interface Trainee {
  phone: Phone;
  name: string;
  shopId: string;
  productId: string;
  socket?: Socket;
  heard: number;
}

interface ClassRecord {
  classId: string;
  /** Every order that got a 201, with its total. */
  orders: Map<string, number>;
  /** Every withdrawal that got a 201. */
  withdrawals: Set<string>;
  rounds: number;
}

describe('load held: classes of phones doing the workshop mix on one node', () => {
  let app: AppProcess;
  let db: pg.Client;
  const tally = new Tally();

  beforeAll(async () => {
    const pgPort = await freePort();
    app = await startApp({ dataDir: await firstStartDataDir({ ADMIN_EMAIL, ADMIN_PASSWORD }), embeddedPgPort: pgPort, env: { ADMIN_EMAIL, ADMIN_PASSWORD, LOG_LEVEL: 'warn' } });
    db = new pg.Client({ connectionString: `postgres://pasar:pasar-latihan-local@127.0.0.1:${pgPort}/pasar_latihan` });
    await db.connect();
  });

  afterAll(async () => {
    if (app) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, 'load-held-app.log'), app.output());
    }
    await db?.end().catch(() => undefined);
    await app?.stop();
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  });

  /**
   * Polls the buyer's order until it is in this state (the phone's own screen refreshing). Every 2 s: the real order
   * page is told of a move by its socket and reads once; a 400 ms poll from 900 phones was 30,000 reads in the full
   * run, more than all the workshop's other steps together, and starved the tracking tasks it waited for.
   */
  async function orderBecomes(phone: Phone, orderId: string, state: string, timeoutMs = 120_000, stillMoving?: () => Promise<boolean>): Promise<void> {
    let deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = await phone.expect<{ state: string }>('order: look', 'GET', `/api/orders/${orderId}`);
      if (seen.body.state === state) return;
      if (Date.now() > deadline) {
        if (stillMoving && (await stillMoving())) deadline = Date.now() + timeoutMs;
        else throw new Error(`order ${orderId} stayed ${seen.body.state}, waiting for ${state}`);
      }
      await pause(2_000);
    }
  }

  /** How many times a wait for "Sampai" ran past 120 s and was kept because the scheduled work had moved (printed). */
  let waitsExtended = 0;
  /** Scheduled tasks done so far; callers at the same moment share one query (one pg client runs one at a time). */
  let doneQuery: Promise<number> | undefined;
  const scheduledTasksDone = () =>
    (doneQuery ??= db
      .query<{ n: number }>(`SELECT count(*)::int AS n FROM scheduled_task WHERE status = 'done'`)
      .then(({ rows }) => rows[0]!.n)
      .finally(() => {
        doneQuery = undefined;
      }));

  /**
   * Whether the class clocks' scheduled work has moved on since the last time this one asked (the first time: yes).
   * A "+3 hari" in 30 classes makes about 5,400 tracking steps due at once; on a slower machine one parcel waited a
   * little over 120 s for its turn (7 Dec 2026). Its wait then lasts while that work drains, and still fails once
   * nothing more gets done.
   */
  const scheduledWorkMoving = () => {
    let last = -1;
    return async () => {
      const done = await scheduledTasksDone();
      const moved = done > last;
      last = done;
      if (moved) waitsExtended++;
      return moved;
    };
  };

  /** A phone that waits out a 503 with Retry-After and asks again where the real client does (phones.ts, clientRetryMs). */
  const newPhone = () => Object.assign(new Phone(app.url, tally), { retriesLikeClient: true });

  async function runClass(index: number, adminToken: string, startAt: number): Promise<ClassRecord> {
    await pause(Math.max(0, startAt - Date.now()));
    const endAt = Date.now() + BUDGET_MS;
    const laptop = newPhone();
    laptop.token = adminToken;
    const created = await laptop.expect<{ id: string; joinCode: string }>('facilitator: create class', 'POST', '/api/classes', {
      body: { name: `Kelas Beban ${index + 1}`, place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' },
    });
    const { id: classId, joinCode } = created.body;
    const record: ClassRecord = { classId, orders: new Map(), withdrawals: new Set(), rounds: 0 };
    const photo = await productPhoto();

    // Arrival: join by code, open the shop's first product with a photo, save the bank account.
    const trainees: Trainee[] = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        await pause(Math.random() * ARRIVAL_MS);
        const phone = newPhone();
        const name = `Peserta ${index + 1}-${i + 1}`;
        await phone.expect('join: class card', 'GET', `/api/join/${joinCode}`);
        const joined = await phone.expect<{ token: string; shop: { id: string } }>('join', 'POST', '/api/join', { body: { code: joinCode, displayName: name } });
        phone.token = joined.body.token;
        const trainee: Trainee = { phone, name, shopId: joined.body.shop.id, productId: '', heard: 0 };
        if (i % SOCKET_EVERY === 0) {
          trainee.socket = io(app.url, { auth: { token: phone.token }, transports: ['websocket'], forceNew: true });
          trainee.socket.on('event', () => trainee.heard++);
        }
        await think();
        const media = await phone.expect<{ id: string }>('post: photo', 'POST', '/api/media', { form: photoForm(photo) });
        await think();
        const posted = await phone.expect<{ id: string }>('post: product', 'POST', '/api/products', {
          body: { ...product(`Gula Aren ${name}`), photoIds: [media.body.id] },
          key: newKey(),
        });
        trainee.productId = posted.body.id;
        await think();
        const account = { bankCode: 'bca', accountNumber: String(1_000_000_000 + index * 1000 + i), holderName: name };
        const checked = await phone.expect<{ bankHolderName: string }>('withdraw: bank check', 'POST', '/api/wallet/bank-account/check', { body: account });
        await phone.expect('withdraw: bank save', 'PUT', '/api/wallet/bank-account', { body: { ...account, confirmedHolderName: checked.body.bankHolderName, confirmOwn: true } });
        trace(classId.slice(0, 4), name, 'arrived');
        return trainee;
      }),
    );

    try {
      for (let round = 0; round === 0 || Date.now() < endAt; round++) {
        await classRound(classId, laptop, trainees, record);
        record.rounds++;
        trace(classId.slice(0, 4), 'round', record.rounds, 'done');
      }
    } finally {
      for (const trainee of trainees) trainee.socket?.close();
    }
    const heard = trainees.filter((t) => t.socket).map((t) => t.heard);
    expect(heard.every((n) => n > 0), `every socket phone heard its class's events (${heard.join(', ')})`).toBe(true);
    return record;
  }

  /** One round of a class: every phone buys from the next, the sellers ship, the clock moves 3 days, buyers confirm, sellers withdraw. */
  async function classRound(classId: string, laptop: Phone, trainees: Trainee[], record: ClassRecord): Promise<void> {
    const n = trainees.length;
    const paid = trainees.map(() => deferred<string>());
    const shipped = trainees.map(() => deferred());
    const completed = trainees.map(() => deferred());
    const allShipped = Promise.all(shipped.map((d) => d.promise));
    const moved = allShipped.then(async () => {
      const clock = await laptop.expect<{ version: number }>('facilitator: clock', 'GET', `/api/classes/${classId}/clock`);
      await laptop.expect('facilitator: +3 hari', 'POST', `/api/classes/${classId}/clock`, {
        body: { action: 'jump', minutes: 3 * DAY_MINUTES + 1, expectedVersion: clock.body.version },
      });
      trace(classId.slice(0, 4), 'clock moved');
    });
    moved.catch(() => undefined);

    await Promise.all(
      trainees.map(async (me, i) => {
        const seller = trainees[(i + 1) % n]!;
        const buyer = (i + n - 1) % n;
        const { phone } = me;
        // As a buyer: browse, ask the seller, order, pay in the bank app, wait for PAID.
        const buying = (async () => {
          await phone.expect('browse: storefront', 'GET', `/api/classes/${classId}/products`);
          await think();
          await phone.expect('browse: product', 'GET', `/api/classes/${classId}/products/${seller.productId}`);
          await think();
          const conversation = await phone.expect<{ id: string }>('chat: open', 'POST', '/api/chat/conversations', { body: { productId: seller.productId } });
          await phone.expect('chat: send', 'POST', `/api/chat/conversations/${conversation.body.id}/messages`, {
            body: { clientId: newKey(), kind: 'text', text: 'Bu, gula arennya masih ada? Saya pesan satu ya.' },
          });
          await think();
          const placed: Reply<{ orders: { id: string; total: number; payment: { instructions: { vaNumber: string } } }[] }> = await phone.expect(
            'order: checkout',
            'POST',
            '/api/orders',
            { body: orderBody(seller.productId, seller.shopId), key: newKey() },
          );
          const order = placed.body.orders[0]!;
          record.orders.set(order.id, order.total);
          await think();
          await phone.expect('pay: bank app lookup', 'GET', `/api/simulator/payer/lookup?channel=bca_va&number=${order.payment.instructions.vaNumber}`, { token: null });
          await phone.expect('pay: bank app pay', 'POST', '/api/simulator/payer/pay', {
            body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total },
            token: null,
          });
          await orderBecomes(phone, order.id, 'PAID');
          paid[i]!.resolve(order.id);
          trace(classId.slice(0, 4), me.name, 'paid');
          // The parcel arrives once the facilitator moves the clock; then "Pesanan Diterima".
          await moved;
          await orderBecomes(phone, order.id, 'DELIVERED', 120_000, scheduledWorkMoving());
          await think();
          await phone.expect('confirm: pesanan diterima', 'POST', `/api/orders/${order.id}/received`);
          completed[i]!.resolve();
          trace(classId.slice(0, 4), me.name, 'completed');
        })();
        // As a seller: the previous phone's order arrives paid; hand it over at a drop point; then withdraw the saldo.
        const selling = (async () => {
          const orderId = await paid[buyer]!.promise;
          trace(classId.slice(0, 4), me.name, 'ships', orderId);
          await phone.expect('ship: orders tab', 'GET', '/api/shops/mine/orders?tab=perlu_dikirim');
          await think();
          trace(classId.slice(0, 4), me.name, 'tab seen');
          const points = await phone.expect<{ id: string }[]>('ship: drop points', 'GET', `/api/orders/${orderId}/drop-points`);
          trace(classId.slice(0, 4), me.name, 'drop points seen');
          await phone.expect('ship: handed over', 'POST', `/api/orders/${orderId}/ship`, { body: { dropPointId: points.body[0]!.id } });
          shipped[i]!.resolve();
          trace(classId.slice(0, 4), me.name, 'shipped');
          await completed[buyer]!.promise;
          await think();
          const wallet = await phone.expect<{ balance: { available: number } }>('withdraw: saldo', 'GET', '/api/wallet');
          const amount = wallet.body.balance.available;
          if (amount >= 10_000) {
            const made = await phone.expect<{ id: string }>('withdraw: tarik dana', 'POST', '/api/wallet/withdrawals', { body: { amount }, key: newKey() });
            record.withdrawals.add(made.body.id);
          }
        })();
        // A failure unblocks everyone at once (the phones wait on each other), so it is reported instead of a hang.
        const failed = (error: unknown) => {
          for (const d of [...paid, ...shipped, ...completed]) d.reject(error);
          throw error;
        };
        await Promise.all([buying.catch(failed), selling.catch(failed)]);
      }),
    );
  }

  it(
    `holds ${CLASSES} classes × ${PHONES} phones for ${BUDGET_MS / 1000} s: 0 5xx, nothing lost or doubled, p99 printed`,
    async () => {
      const laptop = newPhone();
      const login = await laptop.expect<{ token: string }>('facilitator: sign in', 'POST', '/api/auth/login', { body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
      laptop.token = login.body.token;
      const started = Date.now();
      const watchdog = setInterval(() => trace('in flight:', [...tally.inFlight].join(' | ')), 10_000);
      let records: ClassRecord[];
      try {
        records = await Promise.all(Array.from({ length: CLASSES }, (_, i) => runClass(i, login.body.token, started + (i * CLASS_STAGGER_MS) / CLASSES)));
      } catch (error) {
        // The first phone that gets a wrong answer ends the run; what was measured until then is still printed.
        const statusLine = [...tally.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
        console.log(
          [
            `load held FAILED after ${((Date.now() - started) / 1000).toFixed(0)} s: ${CLASSES} classes × ${PHONES} phones; ${error instanceof Error ? error.message : String(error)}`,
            `requests ${tally.requests}, statuses ${statusLine}, 5xx shown to a user ${tally.serverErrors.length}, no answer ${tally.transportErrors}, in flight ${tally.inFlight.size}`,
            tally.retriedLine(),
            tally.table(),
          ].join('\n'),
        );
        throw error;
      } finally {
        clearInterval(watchdog);
      }
      const elapsed = (Date.now() - started) / 1000;

      // Payouts come a simulated day after the request: one more day for every class, then every one is paid out.
      const allWithdrawals = records.flatMap((r) => [...r.withdrawals]);
      await Promise.all(
        records.map((r) => laptop.expect('facilitator: +1 hari', 'POST', `/api/classes/${r.classId}/clock`, { body: { action: 'jump', minutes: DAY_MINUTES + 1 } })),
      );
      const deadline = Date.now() + 120_000;
      for (;;) {
        const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM withdrawal WHERE id = ANY($1::uuid[]) AND status = 'processing'`, [allWithdrawals]);
        if (rows[0]!.n === 0) break;
        if (Date.now() > deadline) throw new Error(`${rows[0]!.n} withdrawals still processing`);
        await pause(500);
      }

      const orderCount = records.reduce((sum, r) => sum + r.orders.size, 0);
      const rounds = records.map((r) => r.rounds);
      for (const record of records) {
        const ids = [...record.orders.keys()];
        // Nothing lost, nothing extra: the class's orders are exactly those that got a 201, all completed.
        const orders = await db.query<{ id: string; state: string; total: number }>(`SELECT id, state, total FROM orders WHERE class_id = $1`, [record.classId]);
        expect(orders.rows.map((o) => o.id).sort()).toEqual(ids.sort());
        expect(orders.rows.filter((o) => o.state !== 'COMPLETED')).toEqual([]);
        for (const order of orders.rows) expect(Number(order.total)).toBe(record.orders.get(order.id));
        // Paid once at the gateway, for the order's total.
        const settled = await db.query<{ order_id: string; n: number; gross: string }>(
          `SELECT o.id AS order_id, count(t.*)::int AS n, COALESCE(SUM(t.gross_amount), 0) AS gross
             FROM orders o JOIN payment p ON p.order_id = o.id LEFT JOIN sim_transaction t ON t.order_id = p.gateway_order_id AND t.status = 'settlement'
            WHERE o.class_id = $1 GROUP BY o.id`,
          [record.classId],
        );
        expect(settled.rows).toHaveLength(ids.length);
        for (const row of settled.rows) {
          expect(row.n, `order ${row.order_id} settled once at the gateway`).toBe(1);
          expect(Number(row.gross)).toBe(record.orders.get(row.order_id));
        }
        // Posted once in the ledger: settled, then released to the seller.
        const kinds = await db.query<{ order_id: string; kinds: string[] }>(
          `SELECT order_id, array_agg(kind::text ORDER BY kind) AS kinds FROM journal_entry WHERE class_id = $1 AND order_id IS NOT NULL GROUP BY order_id`,
          [record.classId],
        );
        expect(kinds.rows).toHaveLength(ids.length);
        for (const row of kinds.rows) expect(row.kinds, `journal of order ${row.order_id}`).toEqual(['order_released', 'payment_settled']);
        // Every 2xx withdrawal there once, paid out; no other.
        const withdrawals = await db.query<{ id: string; status: string }>(`SELECT id, status FROM withdrawal WHERE class_id = $1`, [record.classId]);
        expect(withdrawals.rows.map((w) => w.id).sort()).toEqual([...record.withdrawals].sort());
        expect(withdrawals.rows.filter((w) => w.status !== 'success')).toEqual([]);
        // No scheduled task failed or ran twice, no notification about one order told twice.
        const failedTasks = await db.query(`SELECT kind, last_error FROM scheduled_task WHERE class_id = $1 AND status = 'failed'`, [record.classId]);
        expect(failedTasks.rows).toEqual([]);
        // A chat notification names no message, so a phone that asks the same question in two rounds is told twice
        // with the same words, rightly: chat is counted against the messages instead, one told per message.
        const doubled = await db.query(
          `SELECT participant_id, kind, params::text AS params, count(*)::int AS n FROM notification
            WHERE class_id = $1 AND kind <> 'chat_message' GROUP BY participant_id, kind, params::text HAVING count(*) > 1`,
          [record.classId],
        );
        expect(doubled.rows).toEqual([]);
        const chatTold = await db.query<{ conversation_id: string; messages: number; told: number }>(
          `SELECT c.id AS conversation_id,
                  (SELECT count(*)::int FROM chat_message m WHERE m.conversation_id = c.id AND m.sender_id <> c.seller_id) AS messages,
                  (SELECT count(*)::int FROM notification n WHERE n.kind = 'chat_message' AND n.participant_id = c.seller_id
                      AND n.params->>'conversationId' = c.id::text) AS told
             FROM conversation c WHERE c.class_id = $1`,
          [record.classId],
        );
        expect(chatTold.rows.length, 'conversations opened').toBeGreaterThan(0);
        for (const row of chatTold.rows) expect(row.told, `seller told once per buyer message in ${row.conversation_id}`).toBe(row.messages);
        const check = await laptop.expect<{ ok: boolean }>('facilitator: ledger check', 'GET', `/api/classes/${record.classId}/ledger-check`);
        expect(check.body, `ledger check of ${record.classId}`).toMatchObject({ ok: true, strandedPayments: [], gatewayUnreachable: 0 });
      }

      const statusLine = [...tally.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
      const p99 = Math.max(...tally.percentiles().map((row) => row.p99));
      console.log(
        [
          `load held: ${CLASSES} classes × ${PHONES} phones (starting over ${CLASS_STAGGER_MS / 1000} s), ${elapsed.toFixed(0)} s of workshop (budget ${BUDGET_MS / 1000} s a class), rounds per class ${Math.min(...rounds)}–${Math.max(...rounds)}`,
          `requests ${tally.requests} (${(tally.requests / elapsed).toFixed(1)}/s), statuses ${statusLine}, 5xx shown to a user ${tally.serverErrors.length}, no answer ${tally.transportErrors}`,
          tally.retriedLine(),
          `orders ${orderCount} (all completed, each settled once and posted once), withdrawals ${allWithdrawals.length} (all paid out once), worst p99 ${p99} ms`,
          `waits for "Sampai" kept another 120 s because the scheduled work had moved: ${waitsExtended}`,
          tally.table(),
        ].join('\n'),
      );
      // A 503 the phone waited out and got answered on asking again is not shown to its user (printed above); any
      // other 5xx, and a 503 still there after the client's two repeats, is.
      expect(tally.serverErrors).toEqual([]);
      expect(tally.transportErrors).toBe(0);
    },
    FULL ? 1_500_000 : 240_000,
  );
});
