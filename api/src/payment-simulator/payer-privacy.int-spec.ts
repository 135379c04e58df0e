import { randomUUID } from 'node:crypto';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { type ApiClient, apiClient } from '../../test/api-client.js';
import { SERVER_KEY } from '../../test/orders-fixtures.js';

/**
 * Issue 15, defect 3: bills of other classes could be read without signing in, by walking predictable VA numbers
 * on an unlimited lookup that showed shop, items and amount. Numbers are now random in the bank's format, the payer
 * sees only the amount and the merchant, and an address that tries many unknown numbers is stopped.
 */
describe('payment simulator: the payer side gives nothing away', () => {
  let booted: BootedApp;
  let api: ApiClient;

  const charge = async (orderId: string) => {
    const res = await fetch(`${booted.baseUrl}/api/simulator/v2/charge`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${SERVER_KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        payment_type: 'bank_transfer',
        bank_transfer: { bank: 'bca' },
        transaction_details: { order_id: orderId, gross_amount: 36_000 },
        custom_field1: 'Pasar Latihan – Toko Sriyati',
        item_details: [{ id: 'gula', name: 'Gula Aren Rahasia 1 kg', price: 36_000, quantity: 1 }],
      }),
    });
    const body = (await res.json()) as { va_numbers: { va_number: string }[] };
    return body.va_numbers[0]!.va_number;
  };

  beforeAll(async () => {
    booted = await bootApp();
    api = apiClient(booted.baseUrl);
  });

  afterAll(async () => {
    await booted?.close();
  });

  it('issues VA numbers at random in the bank’s format, never two alike, none following another', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 12; i++) numbers.push(await charge(randomUUID()));
    for (const number of numbers) expect(number).toMatch(/^12708\d{6}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
    // The old numbers were sequence × constant + seed: one constant gap between neighbours.
    const values = numbers.map((number) => Number(number.slice(5)));
    const gaps = new Set(values.slice(1).map((value, i) => (value - values[i]! + 1_000_000) % 1_000_000));
    expect(gaps.size).toBeGreaterThan(8);
  });

  it('shows the payer the amount and the merchant name, nothing of the order behind the bill', async () => {
    const number = await charge(randomUUID());
    const res = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${number}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['amount', 'channel', 'expiresAt', 'number', 'recipient', 'status', 'transactionId']);
    expect(res.body).toMatchObject({ amount: 36_000, recipient: 'Pasar Latihan – Toko Sriyati' });
    expect(JSON.stringify(res.body)).not.toContain('Gula Aren Rahasia');
  });

  it('stops an address that walks the number space: 429 after 10 unknown numbers, even for a real one', async () => {
    const real = await charge(randomUUID());
    for (let i = 0; i < 10; i++) {
      const miss = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=12708${String(900_000 + i)}`);
      expect(miss.status).toBe(404);
      expect(miss.body.code).toBe('VA_NOT_FOUND');
    }
    const stopped = await api.get(`/api/simulator/payer/lookup?channel=bca_va&number=${real}`);
    expect(stopped.status).toBe(429);
    expect(stopped.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect((await api.post('/api/simulator/payer/pay', { channel: 'bca_va', number: real, amount: 36_000 })).status).toBe(429);
  });
});
