import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, type Member, member, orderBody, placeOrder, postProduct } from '../../test/orders-fixtures.js';

/**
 * A real-sandbox configuration (PAYMENT_GATEWAY_URL set): the gateway here is a small HTTP server that records every
 * path it is asked for and passes Core API calls on to the built-in simulator (so charges succeed, like a sandbox's).
 * "Bayar sekarang" and a persona's "Bayar langsung" answer PAYER_SIMULATOR_UNAVAILABLE, and nothing ever asks the
 * gateway for a /payer/ path (a real Midtrans has none).
 */
describe('the payer client with a real gateway configured', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let server: http.Server;
  let target = '';
  const seen: string[] = [];
  let klass: { facilitator: string; classId: string; joinCode: string };
  let seller: Member;
  let buyer: Member;
  let product: { id: string };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (!req.url?.startsWith('/v2/')) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ status_code: '404', status_message: 'not found' }));
          return;
        }
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'content-type', 'accept']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
        fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
          .then(async (answer) => {
            res.writeHead(answer.status, { 'content-type': 'application/json' });
            res.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => res.writeHead(502).end());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    booted = await bootApp({ env: { ...ADMIN_ENV, PAYMENT_GATEWAY_URL: `http://127.0.0.1:${port}` } });
    target = `${booted.baseUrl}/api/simulator`;
    api = apiClient(booted.baseUrl);
    klass = await facilitatorClass(api, 'Rina');
    [seller, buyer] = [await member(api, klass.joinCode, 'Sriyati'), await member(api, klass.joinCode, 'Bu Rahma', 'buyer')];
    product = await postProduct(api, seller.token, { stock: 20 });
  }, 60_000);

  afterAll(async () => {
    await booted.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('refuses "Bayar sekarang" with PAYER_SIMULATOR_UNAVAILABLE, in the one error shape, and leaves the order waiting', async () => {
    const placed = await placeOrder(booted.baseUrl, buyer.token, orderBody(product.id, seller.shop!.id));
    expect(placed.status).toBe(201);
    const [order] = placed.body.orders;
    const paid = await api.post(`/api/classes/${klass.classId}/orders/${order.id}/pay-now`, undefined, { token: klass.facilitator });
    expect(paid.status).toBe(409);
    expect(paid.body).toEqual({ statusCode: 409, code: 'PAYER_SIMULATOR_UNAVAILABLE', message: expect.any(String) });
    expect((await api.get(`/api/orders/${order.id}`, { token: buyer.token })).body.state).toBe('AWAITING_PAYMENT');
  });

  it('refuses a persona buyer\'s "Bayar langsung" the same way', async () => {
    const res = await fetch(`${booted.baseUrl}/api/classes/${klass.classId}/demo-orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${klass.facilitator}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ participantId: seller.participantId, payNow: true }),
    });
    const body = (await res.json()) as { results: { errorCode: string | null }[] };
    expect(res.status).toBe(201);
    expect(body.results).toEqual([expect.objectContaining({ errorCode: 'PAYER_SIMULATOR_UNAVAILABLE' })]);
  });

  it('charged at the gateway, and never asked it for a /payer/ path', () => {
    expect(seen.some((line) => line.startsWith('POST /v2/charge'))).toBe(true);
    expect(seen.filter((line) => line.includes('/payer/'))).toEqual([]);
  });
});
