import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The calendar day in WIB (UTC+7), as every screen prints it. */
const wibDay = (iso: string) => new Date(new Date(iso).getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * Issue 12, defect 6: after the class clock moved 8 days, the payment page said "Batas bayar 13 Des" while the bank
 * app said "Berlaku sampai 5 Des" and its receipt "4 Des". The simulator is an outside party: it learns the class
 * clock only from the charge request (Midtrans' free-form `metadata`), and its payer screens show those dates.
 */
describe('the bank app follows the class clock', () => {
  let booted: BootedApp;
  let api: ApiClient;

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV } });
    api = apiClient(booted.baseUrl);
  });

  afterAll(async () => {
    await booted.close();
  });

  it('shows the order’s payment deadline as "Berlaku sampai" and a class-clock time on the receipt, 8 days ahead', async () => {
    const klass = await facilitatorClass(api, 'Rina');
    const [seller, buyer] = await Promise.all([member(api, klass.joinCode, 'Sriyati'), member(api, klass.joinCode, 'Bu Rahma', 'buyer')]);
    const gula = await postProduct(api, seller.token);
    const before = (await api.get(`/api/classes/${klass.classId}/clock`, { token: klass.facilitator })).body;
    const jumped = await api.post(`/api/classes/${klass.classId}/clock`, { action: 'jump', minutes: 8 * 24 * 60 }, { token: klass.facilitator });
    expect(jumped.status).toBe(200);
    expect(new Date(jumped.body.simNow).getTime() - new Date(before.simNow).getTime()).toBeGreaterThanOrEqual(8 * DAY_MS);

    const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(gula.id, seller.shop!.id));
    expect(placed.status).toBe(201);
    const order = placed.body.orders[0];
    const number = order.payment.instructions.vaNumber as string;
    expect(order.paymentDueAt).toBeTruthy();

    const bill = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${number}`);
    expect(bill.status).toBe(200);
    // The same instant (the gateway's own expiry is rounded to whole real minutes; the shown one is the order's).
    expect(Math.abs(new Date(bill.body.expiresAt).getTime() - new Date(order.paymentDueAt).getTime())).toBeLessThan(60_000);
    expect(wibDay(bill.body.expiresAt)).toBe(wibDay(order.paymentDueAt));

    const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number, amount: order.total });
    expect(paid.status).toBe(200);
    const settled = await api.get(`/api/orders/${order.id}`, { token: buyer.token });
    expect(settled.body.state).toBe('PAID');
    // The receipt's time is the class clock's at the payment, within the minute or so the test takes at any speed.
    // (Midtrans' times are whole seconds, hence the second of slack.)
    expect(new Date(paid.body.paidAt).getTime()).toBeGreaterThanOrEqual(new Date(jumped.body.simNow).getTime() - 1000);
    expect(new Date(paid.body.paidAt).getTime()).toBeLessThanOrEqual(new Date(order.paymentDueAt).getTime());
    expect(wibDay(paid.body.paidAt)).toBe(wibDay(settled.body.paidAt));
  });
});
