import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, type Member, member, notification, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';
import { DOCUMENTED_PAYMENT_SERVER_KEY } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source-options.js';

interface Capture {
  url: string;
  received: string[];
  close(): Promise<void>;
}

/** A server that records every request: where an attacker would like the simulator's notifications to go. */
async function capture(): Promise<Capture> {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Issue 15, defect 2: no documented key opens anything. Without PAYMENT_SERVER_KEY the app generates and keeps its
 * own; a settlement signed with the right key is still checked with the gateway; X-Override-Notification cannot
 * send the simulator's POSTs to an address of the caller's choosing.
 */
describe('payments: the server key and forged settlements', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let evil: Capture;
  let allowed: Capture;
  let key: string;
  let kelas: { facilitator: string; classId: string; joinCode: string };
  let seller: Member;
  let buyer: Member;
  let product: { id: string };

  const basic = (serverKey: string) => `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}`;
  const gatewayCall = (path: string, serverKey: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${booted.baseUrl}/api/simulator${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: basic(serverKey), accept: 'application/json', 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, any> }));
  const charge = (orderId: string, override: string) =>
    gatewayCall('/v2/charge', key, {
      method: 'POST',
      headers: { 'x-override-notification': override },
      body: {
        payment_type: 'bank_transfer',
        bank_transfer: { bank: 'bca' },
        transaction_details: { order_id: orderId, gross_amount: 36_000 },
        item_details: [{ id: 'gula', name: 'Gula Aren 1 kg', price: 36_000, quantity: 1 }],
      },
    });

  beforeAll(async () => {
    evil = await capture();
    allowed = await capture();
    // No PAYMENT_SERVER_KEY: the app makes its own.
    booted = await bootApp({ env: { ...ADMIN_ENV, PAYMENT_SERVER_KEY: '', PAYMENT_NOTIFICATION_ALLOWLIST: `${allowed.url}/hook` } });
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
    key = ((await db.query(`SELECT value FROM app_secret WHERE name = 'payment_server_key'`)) as { value: string }[])[0]!.value;
    kelas = await facilitatorClass(api, 'Rina');
    [seller, buyer] = await Promise.all([member(api, kelas.joinCode, 'Sriyati'), member(api, kelas.joinCode, 'Bu Rahma', 'buyer')]);
    product = await postProduct(api, seller.token, { stock: 100 });
  });

  afterAll(async () => {
    await db?.destroy();
    await booted?.close();
    await evil?.close();
    await allowed?.close();
  });

  it('generates a random key on the first start, keeps it across starts, and the documented key opens nothing', async () => {
    expect(key).toMatch(/^SB-Mid-server-[A-Za-z0-9_-]{32}$/);
    expect(key).not.toBe(DOCUMENTED_PAYMENT_SERVER_KEY);
    const unknown = randomUUID();
    expect((await gatewayCall(`/v2/${unknown}/status`, DOCUMENTED_PAYMENT_SERVER_KEY)).status).toBe(401);
    expect((await gatewayCall(`/v2/${unknown}/cancel`, DOCUMENTED_PAYMENT_SERVER_KEY, { method: 'POST' })).status).toBe(401);
    expect((await gatewayCall(`/v2/${unknown}/status`, key)).body.status_code).toBe('404');

    // A second node (or a restart) on the same database uses the same key.
    const second = await bootApp({ env: { PAYMENT_SERVER_KEY: '' }, database: booted.database });
    try {
      const res = await fetch(`${second.baseUrl}/api/simulator/v2/${unknown}/status`, { headers: { authorization: basic(key) } });
      expect(((await res.json()) as { status_code: string }).status_code).toBe('404');
    } finally {
      await second.close();
    }
    expect(await db.query(`SELECT count(*)::int AS n FROM app_secret`)).toEqual([{ n: 1 }]);
  });

  it('refuses a settlement signed with the documented key, and does not trust a correctly signed one the gateway does not confirm', async () => {
    const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(product.id, seller.shop!.id));
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    const forged = await api.post('/api/payments/notifications', notification(order.id, 'settlement', order.total, DOCUMENTED_PAYMENT_SERVER_KEY));
    expect(forged.status).toBe(401);
    // Even with the real key (a leaked key, an insider): the simulator says pending, so nothing is paid.
    const signed = await api.post('/api/payments/notifications', notification(order.id, 'settlement', order.total, key));
    expect(signed.status).toBe(200);
    expect(signed.body).toEqual({ outcome: 'not_confirmed_by_gateway' });
    expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state).toBe('AWAITING_PAYMENT');

    // The real payment still goes through.
    const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
    expect(paid.status).toBe(200);
    await eventually('the order to be PAID', async () => ((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state === 'PAID' ? true : undefined), 20_000);
  });

  it('ignores an X-Override-Notification that names neither its own webhook nor an allow-listed address', async () => {
    const orderId = randomUUID();
    const charged = await charge(orderId, `${evil.url}/steal`);
    expect(charged.body.status_code).toBe('201');
    const va = charged.body.va_numbers[0].va_number as string;
    expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: va, amount: 36_000 })).status).toBe(200);
    const urls = await eventually('the settlement notification', async () => {
      const rows: { url: string }[] = await db.query(
        `SELECT n.url FROM sim_notification n JOIN sim_transaction t ON t.transaction_id = n.transaction_id WHERE t.order_id = $1`,
        [orderId],
      );
      return rows.length > 0 ? rows.map((row) => row.url) : undefined;
    });
    expect(urls).toEqual([`${booted.baseUrl}/api/payments/notifications`]);
    expect(evil.received).toEqual([]);
  });

  it('honours an X-Override-Notification on PAYMENT_NOTIFICATION_ALLOWLIST', async () => {
    const orderId = randomUUID();
    const charged = await charge(orderId, `${allowed.url}/hook`);
    const va = charged.body.va_numbers[0].va_number as string;
    expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: va, amount: 36_000 })).status).toBe(200);
    await eventually('the allow-listed address to be notified', () => (allowed.received.length > 0 ? true : undefined), 20_000);
    expect(allowed.received[0]).toBe('POST /hook');
  });
});

describe('payments: the webhook cannot be used to fill the database', () => {
  let booted: BootedApp;
  let db: DataSource;

  beforeAll(async () => {
    booted = await bootApp();
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await booted?.close();
  });

  const post = (body: string) =>
    fetch(`${booted.baseUrl}/api/payments/notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (res) => ({
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
    }));

  it('refuses a body over 16 KB with 413 in the one error shape, storing nothing', async () => {
    const huge = JSON.stringify({ order_id: randomUUID(), padding: 'x'.repeat(1_000_000) });
    const res = await post(huge);
    expect(res).toEqual({ status: 413, body: { statusCode: 413, code: expect.any(String), message: expect.any(String) } });
    expect(await db.query(`SELECT count(*)::int AS n FROM payment_notification`)).toEqual([{ n: 0 }]);
  });

  it('keeps only a bounded digest of a refused notification', async () => {
    const forged = { ...notification(randomUUID(), 'settlement', 10_000, 'SB-Mid-server-a-guess'), padding: 'x'.repeat(15_000) };
    expect((await post(JSON.stringify(forged))).status).toBe(401);
    const [row] = await db.query(`SELECT verdict, length(payload::text) AS size, payload FROM payment_notification`);
    expect(row.verdict).toBe('invalid_signature');
    expect(row.size).toBeLessThan(1_000);
    expect(row.payload).toMatchObject({ refused: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
