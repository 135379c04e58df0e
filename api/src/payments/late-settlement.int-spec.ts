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
  SERVER_KEY,
  startRelay,
} from '../../test/orders-fixtures.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/**
 * Issue 15, defect 1: the buyer pays while the webhook is down and the payment deadline passes. The order must be
 * settled (the gateway is asked before expiring), and a settlement that only arrives after the order closed is posted
 * and refunded, both sides told; until then the ledger check names the stranded payment instead of saying ok.
 */
describe('payments: settlements across the payment deadline', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let webhook: Relay;
  let gateway: Relay;
  let kelas: { facilitator: string; classId: string; joinCode: string };
  let seller: Member;
  let buyer: Member;
  let product: { id: string };

  const state = async (orderId: string) => (await api.get(`/api/orders/${orderId}`, { token: buyer.token })).body.state as string;
  const entryKinds = async (orderId: string) =>
    ((await db.query(`SELECT kind FROM journal_entry WHERE order_id = $1 ORDER BY kind`, [orderId])) as { kind: string }[]).map((row) => row.kind);
  const ledgerCheck = async () => (await api.get(`/api/classes/${kelas.classId}/ledger-check`, { token: kelas.facilitator })).body;

  /** Places an order and pays it at the simulator while the webhook answers 503: the gateway says settlement, we know nothing. */
  async function paidWhileWebhookDown(): Promise<{ id: string; total: number }> {
    const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(product.id, seller.shop!.id));
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    webhook.failNext = 1_000_000;
    const refusedBefore = webhook.refused;
    const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
    expect(paid.status).toBe(200);
    await eventually('the webhook to refuse the settlement', () => (webhook.refused > refusedBefore ? true : undefined), 20_000);
    expect(await state(order.id)).toBe('AWAITING_PAYMENT');
    return order;
  }

  const pastDeadline = () => api.post(`/api/classes/${kelas.classId}/clock`, { action: 'jump', minutes: 25 * 60 }, { token: kelas.facilitator });

  beforeAll(async () => {
    webhook = await startRelay();
    gateway = await startRelay();
    booted = await bootApp({
      env: { ...ADMIN_ENV, PAYMENT_NOTIFICATION_URL: `${webhook.url}/api/payments/notifications`, PAYMENT_GATEWAY_URL: `${gateway.url}/api/simulator` },
    });
    webhook.target = booted.baseUrl;
    gateway.target = booted.baseUrl;
    api = apiClient(booted.baseUrl);
    db = await new DataSource(dataSourceOptions(booted.database.url, 2)).initialize();
    kelas = await facilitatorClass(api, 'Rina');
    [seller, buyer] = await Promise.all([member(api, kelas.joinCode, 'Sriyati'), member(api, kelas.joinCode, 'Bu Rahma', 'buyer')]);
    product = await postProduct(api, seller.token, { stock: 100 });
  });

  afterAll(async () => {
    await db?.destroy();
    await booted?.close();
    await webhook?.close();
    await gateway?.close();
  });

  it('asks the gateway before expiring, and settles an order paid while the webhook was down', async () => {
    const order = await paidWhileWebhookDown();
    await pastDeadline();
    await eventually('the expiry to run', async () => ((await state(order.id)) !== 'AWAITING_PAYMENT' ? true : undefined), 20_000);
    expect(await state(order.id)).toBe('PAID');
    expect(await entryKinds(order.id)).toEqual(['payment_settled']);
    webhook.failNext = 0;
    expect(await ledgerCheck()).toMatchObject({ ok: true, strandedPayments: [] });
  });

  it('posts and refunds a settlement that arrives after the order closed, tells buyer and seller, and the ledger check names it until then', async () => {
    const order = await paidWhileWebhookDown();
    // The gateway cannot be asked at the deadline either: the order expires.
    gateway.failNext = 1_000_000;
    await pastDeadline();
    await eventually('the order to expire', async () => ((await state(order.id)) === 'CANCELLED' ? true : undefined), 20_000);
    gateway.failNext = 0;
    expect(await entryKinds(order.id)).toEqual([]);

    const stranded = await ledgerCheck();
    expect(stranded.ok).toBe(false);
    expect(stranded.strandedPayments).toEqual([expect.objectContaining({ orderId: order.id, amount: order.total, gatewayStatus: 'settlement' })]);

    // The webhook recovers: the settlement arrives (as the simulator's retry would bring it).
    webhook.failNext = 0;
    const late = await api.post('/api/payments/notifications', notification(order.id, 'settlement', order.total, SERVER_KEY));
    expect(late.status).toBe(200);
    expect(await state(order.id)).toBe('CANCELLED');
    expect(await entryKinds(order.id)).toEqual(['payment_settled', 'refund']);
    const [clearing] = await db.query(
      `SELECT SUM(l.amount)::int AS total FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id
        WHERE e.order_id = $1 AND a.kind = 'payment_clearing'`,
      [order.id],
    );
    expect(clearing.total).toBe(0);

    const kindsOf = async (who: Member) =>
      ((await api.get('/api/notifications', { token: who.token })).body.items as { kind: string; params: Record<string, unknown> }[]).filter(
        (item) => item.kind === 'late_payment_refunded' && item.params.orderId === order.id,
      );
    expect(await kindsOf(buyer)).toEqual([expect.objectContaining({ params: expect.objectContaining({ role: 'buyer', total: order.total }) })]);
    expect(await kindsOf(seller)).toEqual([expect.objectContaining({ params: expect.objectContaining({ role: 'seller' }) })]);
    expect(await ledgerCheck()).toMatchObject({ ok: true, strandedPayments: [], gatewayUnreachable: 0 });

    // A second copy refunds nothing more.
    expect((await api.post('/api/payments/notifications', notification(order.id, 'settlement', order.total, SERVER_KEY))).status).toBe(200);
    expect(await entryKinds(order.id)).toEqual(['payment_settled', 'refund']);
  });
});
