import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';

/**
 * Issue 15, "Load held" (found by test/load/load-held.test.ts): when a class's sellers tap "Sudah diserahkan ke drop
 * point" together, every hand-over held its transaction's connection and asked the pool for a second one (the shop's
 * regency, for the drop points and the resi's origin city). With as many hand-overs as connections, each waited for
 * the others, until the pool's 5 s timeout answered 503 SERVER_BUSY. The hand-over reads inside its own transaction.
 */
describe('shipping: many hand-overs at once on a small pool', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let sellers: Member[];
  let buyer: Member;
  const paidOrders: { id: string; seller: Member }[] = [];

  beforeAll(async () => {
    booted = await bootApp({ env: { ...ADMIN_ENV, DB_POOL_SIZE: '2' } });
    api = apiClient(booted.baseUrl);
    const kelas = await facilitatorClass(api, 'Rina');
    buyer = await member(api, kelas.joinCode, 'Bu Rahma', 'buyer');
    sellers = [];
    for (const name of ['Sriyati', 'Marni', 'Wati', 'Ani']) sellers.push(await member(api, kelas.joinCode, name));
    for (const seller of sellers) {
      const product = await postProduct(api, seller.token);
      for (let i = 0; i < 2; i++) {
        const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(product.id, seller.shop!.id));
        expect(placed.status).toBe(201);
        const order = placed.body.orders[0];
        const paid = await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total });
        expect(paid.status).toBe(200);
        paidOrders.push({ id: order.id, seller });
      }
    }
    for (const order of paidOrders) {
      await eventually('PAID', async () => ((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state === 'PAID' ? true : undefined), 20_000);
    }
  });

  afterAll(async () => {
    await booted?.close();
  });

  it('hands over eight parcels at once on a pool of two connections, every one 200 and SHIPPED', async () => {
    const answers = await Promise.all(
      paidOrders.map(({ id, seller }) => api.post(`/api/orders/${id}/ship`, { dropPointId: 'jne-pringsewu-ahmad-yani' }, { token: seller.token })),
    );
    expect(answers.map((answer) => `${answer.status} ${answer.status === 200 ? answer.body.state : answer.body.code}`)).toEqual(paidOrders.map(() => '200 SHIPPED'));
  });
});
