import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../../test/api-client.js';
import { facilitatorClass, type Member, member, orderBody, postProduct } from '../../../test/orders-fixtures.js';

/**
 * Issue 15, defect 6: malformed input that used to answer 500. Each is a client mistake, so each must be a 400 in
 * the one error shape { statusCode, code, message }.
 */
describe('malformed input is a 400 in the one error shape', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let seller: Member;
  let buyer: Member;
  let product: { id: string };

  const send = async (method: string, path: string, raw: string, token?: string) => {
    const res = await fetch(`${booted.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // left as text: the shape check below fails with it in view
    }
    return { status: res.status, body };
  };
  const expect400 = (res: { status: number; body: unknown }, code?: string) => {
    expect(res).toEqual({ status: 400, body: { statusCode: 400, code: code ?? expect.any(String), message: expect.any(String) } });
  };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const kelas = await facilitatorClass(api, 'Rina');
    [seller, buyer] = await Promise.all([member(api, kelas.joinCode, 'Sriyati'), member(api, kelas.joinCode, 'Bu Rahma', 'buyer')]);
    product = await postProduct(api, seller.token, { stock: 10 });
  });

  afterAll(async () => {
    await booted?.close();
  });

  it('refuses deeply nested JSON (50,000 levels)', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect400(await send('POST', '/api/auth/login', `{"email":"a@b.id","password":${deep}}`), 'BODY_TOO_DEEP');
    expect400(await send('PATCH', '/api/shops/mine', `{"description":${deep}}`, seller.token), 'BODY_TOO_DEEP');
  });

  it('refuses NUL bytes and lone surrogates in text', async () => {
    expect400(await send('PATCH', '/api/shops/mine', JSON.stringify({ description: 'Gula\u0000aren' }), seller.token), 'INVALID_TEXT');
    expect400(await send('POST', '/api/auth/login', JSON.stringify({ email: '\ud800@pasar.id', password: 'rahasia-sekali' })), 'INVALID_TEXT');
    expect400(await send('POST', '/api/auth/login', '{"email":"x\\udc00@pasar.id","password":"rahasia-sekali"}'), 'INVALID_TEXT');
    // A whole emoji (a surrogate pair) is fine.
    const emoji = await send('PATCH', '/api/shops/mine', JSON.stringify({ description: 'Gula aren 🍯 asli' }), seller.token);
    expect(emoji.status).toBe(200);
  });

  it('refuses {"name": null} on PATCH /api/shops/mine', async () => {
    expect400(await send('PATCH', '/api/shops/mine', '{"name":null}', seller.token));
  });

  it('refuses an order without an address, or with address: []', async () => {
    const body = orderBody(product.id, seller.shop!.id) as Record<string, unknown>;
    const { address: _address, ...withoutAddress } = body;
    const headers = { authorization: `Bearer ${buyer.token}`, 'content-type': 'application/json' };
    for (const candidate of [withoutAddress, { ...body, address: [] }, { ...body, address: null }, { ...body, address: 'Jl. Teuku Umar' }]) {
      const res = await fetch(`${booted.baseUrl}/api/orders`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(candidate),
      });
      expect400({ status: res.status, body: await res.json() });
    }
  });

  it('answers an address over the HTTP parser limit (16 KB) with 431 in the same shape, not a bare status line', async () => {
    const res = await fetch(`${booted.baseUrl}/api/regions/regencies?q=${'a'.repeat(20_000)}`);
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 431,
      body: { statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.any(String) },
    });
  });

  it('answers malformed JSON in the same shape', async () => {
    expect400(await send('POST', '/api/auth/login', '{"email":'));
  });
});
