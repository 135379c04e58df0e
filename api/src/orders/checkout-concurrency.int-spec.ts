import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import {
  eventually,
  facilitatorClass,
  type Member,
  member,
  notification,
  orderBody,
  placeOrder,
  postProduct,
  type Relay,
  startRelay,
} from '../../test/orders-fixtures.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { listQuery } from './orders.repository.js';

/** What must hold when many things happen at once: stock, idempotency keys, replayed webhooks, the clock. */
describe('checkout under concurrency', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let klass: { facilitator: string; classId: string; joinCode: string };
  let seller: Member;
  let gula: { id: string };
  /** The simulator notifies through this relay, so a test can pay at the gateway while its own notification is lost. */
  let relay: Relay;

  const webhook = (body: unknown) =>
    fetch(`${booted.baseUrl}/api/payments/notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      async (res) => ({ status: res.status, body: await res.json() }),
    );
  const stock = async (productId: string) => ((await db.query(`SELECT stock FROM product WHERE id = $1`, [productId])) as { stock: number }[])[0]!.stock;
  const placeOne = async (buyer: Member, changes: Record<string, unknown> = {}) => {
    const res = await placeOrder(booted.baseUrl, buyer.token, orderBody(gula.id, seller.shop!.id, changes));
    if (res.status !== 201) throw new Error(`placing failed: ${res.status} ${res.text}`);
    return res.body.orders[0];
  };

  beforeAll(async () => {
    relay = await startRelay();
    booted = await bootApp({ env: { ...ADMIN_ENV, PAYMENT_NOTIFICATION_URL: `${relay.url}/api/payments/notifications` } });
    relay.target = booted.baseUrl;
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
    klass = await facilitatorClass(api, 'Rina');
    seller = await member(api, klass.joinCode, 'Sriyati');
    gula = await postProduct(api, seller.token, { stock: 10 });
  });

  afterAll(async () => {
    await db.destroy();
    await booted.close();
    await relay.close();
  });

  it('sells exactly 10 units to 50 buyers racing for them: 10 orders, stock 0, never below', async () => {
    const buyers = await Promise.all(Array.from({ length: 50 }, (_, i) => member(api, klass.joinCode, `Pembeli ${i + 1}`, 'buyer')));
    const results = await Promise.all(buyers.map((buyer) => placeOrder(booted.baseUrl, buyer.token, orderBody(gula.id, seller.shop!.id))));
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(results.filter((res) => res.status === 409).map((res) => res.body.code)).toEqual(Array(40).fill('OUT_OF_STOCK'));
    expect(await stock(gula.id)).toBe(0);
    const [{ orders, units }] = await db.query(
      `SELECT count(DISTINCT o.id)::int AS orders, sum(l.quantity)::int AS units FROM orders o JOIN order_line l ON l.order_id = o.id WHERE l.product_id = $1`,
      [gula.id],
    );
    expect({ orders, units }).toEqual({ orders: 10, units: 10 });
    // Ten invoice numbers, all different.
    const invoices: { invoice_number: string }[] = await db.query(`SELECT invoice_number FROM orders WHERE shop_id = $1`, [seller.shop!.id]);
    expect(new Set(invoices.map((row) => row.invoice_number)).size).toBe(10);
    await db.query(`UPDATE product SET stock = 100 WHERE id = $1`, [gula.id]);
  });

  it('makes one order set of the same Idempotency-Key sent five times at once', async () => {
    const buyer = await member(api, klass.joinCode, 'Bu Rahma', 'buyer');
    const key = randomUUID();
    const before = await stock(gula.id);
    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrder(booted.baseUrl, buyer.token, orderBody(gula.id, seller.shop!.id), key)));
    expect(results.map((res) => res.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((res) => res.body.checkoutId)).size).toBe(1);
    expect(new Set(results.map((res) => res.body.orders.map((order: any) => order.id).join())).size).toBe(1);
    expect(results.filter((res) => res.body.replayed === false)).toHaveLength(1);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM orders WHERE buyer_id = $1`, [buyer.participantId]);
    expect(count).toBe(1);
    expect(await stock(gula.id)).toBe(before - 1);
    // Every copy got the instructions of the one VA.
    expect(new Set(results.map((res) => res.body.orders[0].payment.instructions.vaNumber)).size).toBe(1);
  });

  describe('the webhook', () => {
    let buyer: Member;
    beforeAll(async () => {
      buyer = await member(api, klass.joinCode, 'Bu Wati', 'buyer');
      // The webhook only trusts a settlement the gateway confirms: these orders are paid at the simulator, whose own
      // notification is lost, and the test's copies are what arrive.
      relay.failNext = 1_000_000;
    });
    afterAll(() => {
      relay.failNext = 0;
    });
    const paidAtGateway = async (order: { total: number; payment: { instructions: { vaNumber: string } } }) => {
      const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
      expect(paid.status).toBe(200);
    };

    it('settles once when the same settlement arrives 10 times at once', async () => {
      const order = await placeOne(buyer);
      await paidAtGateway(order);
      const settlement = notification(order.id, 'settlement', order.total);
      const results = await Promise.all(Array.from({ length: 10 }, () => webhook(settlement)));
      expect(results.map((res) => res.status)).toEqual(Array(10).fill(200));
      expect(results.map((res) => res.body.outcome).sort()).toEqual(['applied', ...Array(9).fill('duplicate')]);
      const [{ paid }] = await db.query(`SELECT count(*)::int AS paid FROM order_history WHERE order_id = $1 AND to_state = 'PAID'`, [order.id]);
      const [{ events }] = await db.query(`SELECT count(*)::int AS events FROM activity WHERE type = 'order.paid' AND payload->>'orderId' = $1`, [order.id]);
      const [{ tasks }] = await db.query(`SELECT count(*)::int AS tasks FROM scheduled_task WHERE kind = 'order.ship_deadline' AND payload->>'orderId' = $1`, [order.id]);
      const logged: { verdict: string }[] = await db.query(`SELECT verdict FROM payment_notification WHERE gateway_order_id = $1`, [order.id]);
      expect({ paid, events, tasks }).toEqual({ paid: 1, events: 1, tasks: 1 });
      expect(logged).toHaveLength(10);
      expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body).toMatchObject({ state: 'PAID', payment: { state: 'settled' } });

      // A late expire after the settlement changes nothing, and is still answered 200.
      const late = await webhook(notification(order.id, 'expire', order.total));
      expect(late).toEqual({ status: 200, body: { outcome: 'ignored_after_settlement' } });
      expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state).toBe('PAID');
    });

    it('settles or cancels, never both and never a deadlock, when a buyer cancels as the payment arrives', async () => {
      const orders = await Promise.all(Array.from({ length: 8 }, () => placeOne(buyer)));
      await Promise.all(orders.map(paidAtGateway));
      const raced = await Promise.all(
        orders.map(async (order) => {
          const [cancel, paid] = await Promise.all([
            api.post(`/api/orders/${order.id}/cancel`, undefined, { token: buyer.token }),
            webhook(notification(order.id, 'settlement', order.total)),
          ]);
          const final = (await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body;
          return { cancel: cancel.status, outcome: paid.body.outcome, state: final.state, payment: final.payment.state };
        }),
      );
      for (const result of raced) {
        // Either the money came first (the cancel is refused) or the cancel did (the money is flagged for a refund).
        expect([
          { cancel: 409, outcome: 'applied', state: 'PAID', payment: 'settled' },
          { cancel: 200, outcome: 'settled_after_close', state: 'CANCELLED', payment: 'cancelled' },
        ]).toContainEqual(result);
      }
    });

    it('refuses a forged notification with 401 and logs it, changing nothing', async () => {
      const order = await placeOne(buyer);
      const forged = notification(order.id, 'settlement', order.total, 'SB-Mid-server-a-guess');
      const res = await webhook(forged);
      expect(res).toEqual({ status: 401, body: { statusCode: 401, code: 'INVALID_SIGNATURE', message: expect.any(String) } });
      const tampered = { ...notification(order.id, 'settlement', order.total), gross_amount: '1.00' };
      expect((await webhook(tampered)).status).toBe(401);
      const logged: { verdict: string; signature_valid: boolean }[] = await db.query(
        `SELECT verdict, signature_valid FROM payment_notification WHERE gateway_order_id = $1 ORDER BY id`,
        [order.id],
      );
      expect(logged).toEqual([
        { verdict: 'invalid_signature', signature_valid: false },
        { verdict: 'invalid_signature', signature_valid: false },
      ]);
      expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state).toBe('AWAITING_PAYMENT');
    });

    it('answers 200 to a signed notification it can do nothing with: another amount, an unknown order', async () => {
      const order = await placeOne(buyer);
      // A settlement is checked with the gateway first: one it does not hold (another amount, an unknown order) changes nothing.
      expect((await webhook(notification(order.id, 'settlement', order.total - 1))).body).toEqual({ outcome: 'not_confirmed_by_gateway' });
      expect((await webhook(notification(randomUUID(), 'settlement', 10_000))).body).toEqual({ outcome: 'not_confirmed_by_gateway' });
      expect((await webhook(notification(randomUUID(), 'expire', 10_000))).body).toEqual({ outcome: 'unknown_order' });
      expect((await webhook(notification(order.id, 'pending', order.total))).body).toEqual({ outcome: 'still_pending' });
      expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state).toBe('AWAITING_PAYMENT');
    });
  });

  it('cancels an unpaid order at its deadline on a 600× clock, gives the stock back and expires the VA', async () => {
    const other = await facilitatorClass(api, 'Budi');
    const shop = await member(api, other.joinCode, 'Marni');
    const buyer = await member(api, other.joinCode, 'Bu Sari', 'buyer');
    const product = await postProduct(api, shop.token, { stock: 5 });
    await api.put(`/api/classes/${other.classId}/order-settings`, { paymentHours: 1 }, { token: other.facilitator });
    const res = await placeOrder(booted.baseUrl, buyer.token, orderBody(product.id, shop.shop!.id));
    const [order] = res.body.orders;
    expect(await stock(product.id)).toBe(4);
    // One simulated hour to pay. At 600× that is six real seconds; jumping 59 minutes leaves a tenth of one.
    expect((await api.post(`/api/classes/${other.classId}/clock`, { action: 'speed', speed: 600 }, { token: other.facilitator })).status).toBe(200);
    expect((await api.post(`/api/classes/${other.classId}/clock`, { action: 'jump', minutes: 59 }, { token: other.facilitator })).status).toBe(200);
    const cancelled = await eventually(
      'the payment deadline to cancel the order',
      async () => {
        const seen = (await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body;
        return seen.state === 'CANCELLED' ? seen : undefined;
      },
      8000,
    );
    expect(cancelled).toMatchObject({ cancelReason: 'payment_expired', payment: { state: 'expired' } });
    expect(cancelled.history.at(-1)).toMatchObject({ from: 'AWAITING_PAYMENT', to: 'CANCELLED', actor: 'system', reason: 'payment_expired' });
    expect(new Date(cancelled.cancelledAt).getTime()).toBeGreaterThanOrEqual(new Date(order.paymentDueAt).getTime());
    expect(await stock(product.id)).toBe(5);
    const vaNumber = order.payment.instructions.vaNumber;
    await eventually('the gateway to expire the VA', async () => {
      const bill = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${vaNumber}`);
      return bill.body.status === 'expire' ? true : undefined;
    });
    expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: vaNumber, amount: order.total })).body.code).toBe('VA_EXPIRED');
  });

  it('reads a seller’s tab from its index, newest first, without sorting (EXPLAIN)', async () => {
    // A class's worth of orders: 3,000 over 31 shops (a third of them this seller's), in five states.
    const [{ checkout_id: checkoutId, buyer_id: buyerId }] = await db.query(`SELECT checkout_id, buyer_id FROM orders WHERE shop_id = $1 LIMIT 1`, [seller.shop!.id]);
    const others: { id: string }[] = await db.query(
      `INSERT INTO shop (class_id, participant_id, name, regency_code)
       SELECT class_id, id, 'Toko ' || display_name, '18.10' FROM participant WHERE class_id = $1 AND role = 'buyer' LIMIT 30
       RETURNING id`,
      [klass.classId],
    );
    await db.query(
      `INSERT INTO orders (class_id, checkout_id, invoice_number, buyer_id, shop_id, seller_id, state, cancel_reason, payment_method, courier_code, courier,
                           address, subtotal, shipping_cost, admin_fee, total, weight_kg, placed_at, state_changed_at)
       SELECT o.class_id, o.checkout_id, 'INV/TEST/PL/' || g, o.buyer_id,
              CASE WHEN g % 3 = 0 THEN o.shop_id ELSE ($3::uuid[])[1 + g % 30] END, o.seller_id,
              (ARRAY['AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'COMPLETED', 'CANCELLED'])[1 + (g / 3) % 5],
              CASE WHEN (g / 3) % 5 = 4 THEN 'payment_expired' END,
              o.payment_method, o.courier_code, o.courier, o.address, o.subtotal, o.shipping_cost, o.admin_fee, o.total, o.weight_kg,
              o.placed_at - g * interval '1 minute', o.state_changed_at
         FROM generate_series(1, 3000) g, (SELECT * FROM orders WHERE checkout_id = $1 AND buyer_id = $2 LIMIT 1) o`,
      [checkoutId, buyerId, others.map((shop) => shop.id)],
    );
    await db.query(`VACUUM ANALYZE orders`);
    const [sql, params] = listQuery({ by: { shopId: seller.shop!.id }, states: ['PAID'], limit: 21, before: null });
    const plan = ((await db.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Scan using orders_shop_state_idx on orders/);
    expect(plan).not.toMatch(/Sort/);
    expect(plan).toMatch(/Limit/);

    const [next, nextParams] = listQuery({ by: { shopId: seller.shop!.id }, states: ['PAID'], limit: 21, before: { placedAt: new Date(), id: randomUUID() } });
    const nextPlan = ((await db.query(`EXPLAIN ${next}`, nextParams)) as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
    expect(nextPlan).toMatch(/Index Cond: .*ROW\(placed_at, id\) < ROW\(/);
    expect(nextPlan).not.toMatch(/Sort/);

    const counts = ((await db.query(`EXPLAIN SELECT state, count(*)::int AS count FROM orders WHERE shop_id = $1 GROUP BY state`, [seller.shop!.id])) as {
      'QUERY PLAN': string;
    }[])
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    expect(counts).toMatch(/Index Only Scan using orders_shop_state_idx/);
    expect(counts).not.toMatch(/Seq Scan/);
    const page = await api.get('/api/shops/mine/orders?state=PAID&limit=20', { token: seller.token });
    expect(page.body.items).toHaveLength(20);
    expect(page.body.nextCursor).toEqual(expect.any(String));
  });
});
