import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient } from '../../test/api-client.js';
import { facilitatorClass, member, orderBody, postProduct } from '../../test/orders-fixtures.js';
import { SchedulerService } from './scheduler.service.js';

// In its last seconds a stopping app has no task queue; a request that would schedule a task (an order's payment
// deadline) must be refused as "come back shortly", writing nothing, never as a 500 (the restart bench's old
// process answered webhooks 500 there).
describe('a request while the scheduler is stopped', () => {
  let booted: BootedApp;
  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
  });
  afterAll(async () => {
    await booted.close();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After and places no order', async () => {
    const api = apiClient(booted.baseUrl);
    const kelas = await facilitatorClass(api, 'Henti');
    const seller = await member(api, kelas.joinCode, 'Sriyati');
    const buyer = await member(api, kelas.joinCode, 'Bu Rahma', 'buyer');
    const product = await postProduct(api, seller.token);

    await booted.app.get(SchedulerService).beforeApplicationShutdown();
    const res = await fetch(`${booted.baseUrl}/api/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${buyer.token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(orderBody(product.id, seller.shop!.id)),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await res.json()).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) });
    expect((await api.get('/api/orders/mine', { token: buyer.token })).body.items).toEqual([]);
  });
});
