import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, type Member, member, postProduct } from '../../test/orders-fixtures.js';

/** "Kirim pesanan demo" to a whole class of 30: through the real checkout and simulator, idempotent, rate-limited. */
describe('demo orders', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let db: DataSource;
  let klass: { facilitator: string; classId: string; joinCode: string };
  let trainees: Member[];
  let idle: Member;

  const demo = async (body: Record<string, unknown>, key: string) => {
    const res = await fetch(`${booted.baseUrl}/api/classes/${klass.classId}/demo-orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${klass.facilitator}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const orderCount = async () => Number((await db.query(`SELECT count(*) AS n FROM orders WHERE class_id = $1`, [klass.classId]))[0].n);

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    db = booted.app.get(DataSource);
    klass = await facilitatorClass(api, 'Rina');
    trainees = [];
    for (let i = 1; i <= 30; i++) trainees.push(await member(api, klass.joinCode, `Peserta ${String(i).padStart(2, '0')}`));
    idle = await member(api, klass.joinCode, 'Belum Posting');
    for (const [i, trainee] of trainees.entries()) {
      await postProduct(api, trainee.token, { title: `Gula Aren Cetak ${i + 1}`, price: 20_000 + i * 500, stock: 10 });
    }
  }, 120_000);

  afterAll(() => booted.close());

  it('orders from all 30 shops once, and the same key again gives the same 30 orders', async () => {
    const key = randomUUID();
    const first = await demo({ all: true, payNow: true }, key);
    expect(first.status).toBe(201);
    expect(first.body.replayed).toBe(false);
    expect(first.body.personaName).toBe('Bu Rahma (Bandar Lampung)');
    expect(first.body.results).toHaveLength(30);
    expect(first.body.results.map((r: any) => r.participantId)).toEqual(trainees.map((t) => t.participantId));
    expect(first.body.results.map((r: any) => r.participantId)).not.toContain(idle.participantId);
    for (const result of first.body.results) expect(result).toMatchObject({ state: 'PAID', errorCode: null });
    expect(await orderCount()).toBe(30);

    // Replayed, also twice at once (a double tap on a slow Wi-Fi): the same orders, nothing new, nothing paid twice.
    const [again, concurrent] = await Promise.all([demo({ all: true, payNow: true }, key), demo({ all: true, payNow: true }, key)]);
    for (const replay of [again, concurrent]) {
      expect(replay.status).toBe(201);
      expect(replay.body).toMatchObject({ batchId: first.body.batchId, replayed: true });
      expect(replay.body.results.map((r: any) => r.orderId)).toEqual(first.body.results.map((r: any) => r.orderId));
    }
    expect(await orderCount()).toBe(30);
    const payments = await db.query(`SELECT count(*)::int AS n FROM payment WHERE class_id = $1 AND state = 'settled'`, [klass.classId]);
    expect(payments[0].n).toBe(30);
    const stock = await db.query(`SELECT min(stock)::int AS min, max(stock)::int AS max FROM product WHERE class_id = $1`, [klass.classId]);
    expect(stock[0]).toEqual({ min: 9, max: 9 });

    // The same key for another request is refused; a new key makes new orders.
    expect((await demo({ all: true, payNow: false }, key)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const one = await demo({ participantId: trainees[0]!.participantId, paymentMethod: 'qris' }, randomUUID());
    expect(one.body.results).toEqual([expect.objectContaining({ state: 'AWAITING_PAYMENT', errorCode: null })]);
    expect(await orderCount()).toBe(31);
  }, 120_000);

  it('refuses a trainee without a product, and a persona of another kind', async () => {
    expect((await demo({ participantId: idle.participantId }, randomUUID())).body.code).toBe('NO_ACTIVE_PRODUCT');
    expect((await demo({ participantId: trainees[0]!.participantId, personaId: trainees[1]!.participantId }, randomUUID())).body.code).toBe('PERSONA_NOT_FOUND');
    expect((await demo({ all: true, participantId: trainees[0]!.participantId }, randomUUID())).body.code).toBe('TARGET_REQUIRED');
  });

  it('is rate-limited per class', async () => {
    let limited = 0;
    for (let i = 0; i < 30 && limited === 0; i++) {
      const res = await demo({ participantId: idle.participantId }, randomUUID());
      if (res.status === 429) limited++;
    }
    expect(limited).toBe(1);
  });
});
