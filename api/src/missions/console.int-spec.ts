import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { eventually, facilitatorClass, listen, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import { MissionFactsRepository } from './mission-facts.repository.js';
import { MissionsService } from './missions.service.js';

/**
 * The facilitator's live console on a real app: trainees' checklists from what they did, the grid filling live as
 * demo orders are paid through the simulator, the feed with names, one trainee's drill-down, the class's mission
 * settings, and the report (JSON and CSV) with the numbers the session produced.
 */
describe('missions and the live console', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let klass: { facilitator: string; classId: string; joinCode: string };
  let other: { facilitator: string; classId: string; joinCode: string };
  let sriyati: Member;
  let marni: Member;
  let tomo: Member;
  const sockets: Socket[] = [];
  const settle = () => booted.app.get(MissionsService).settled();
  const key = () => `demo-${randomUUID()}`;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    [klass, other] = await Promise.all([facilitatorClass(api, 'Rina'), facilitatorClass(api, 'Budi')]);
    // One after the other: the grid lists trainees in joining order.
    sriyati = await member(api, klass.joinCode, 'Sriyati');
    marni = await member(api, klass.joinCode, 'Marni');
    tomo = await member(api, klass.joinCode, 'Tomo');
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted.close();
  });

  it('gives a new trainee an open checklist, with what is missing as keys and where to go', async () => {
    const res = await api.get('/api/missions/mine', { token: sriyati.token });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(9);
    expect(res.body.doneCount).toBe(0);
    const byId = Object.fromEntries(res.body.missions.map((m: any) => [m.id, m]));
    expect(byId.shop_setup).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.shopDescription' }, target: '/toko/profil' });
    expect(byId.product_with_photo).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.firstProduct' }, target: '/toko/produk/baru' });
    expect(byId.fraud_drill).toMatchObject({ state: 'todo', missing: { key: 'missions.missing.fraudDrillNotStarted' } });
    // Facilitators have no checklist of their own; another class cannot see this one's console.
    expect((await api.get('/api/missions/mine', { token: klass.facilitator })).status).toBe(403);
    expect((await api.get(`/api/classes/${klass.classId}/console/grid`, { token: other.facilitator })).body.code).toBe('CLASS_NOT_FOUND');
    expect((await api.get(`/api/classes/${klass.classId}/console/grid`, { token: sriyati.token })).status).toBe(403);
  });

  it('fills the grid live: a product and a shop description tick missions and tell the facilitators', async () => {
    const { socket, events } = await listen(booted.baseUrl, klass.facilitator);
    sockets.push(socket);
    expect(await socket.emitWithAck('class:watch', { classId: klass.classId })).toEqual({ ok: true });
    const mine = await listen(booted.baseUrl, sriyati.token);
    sockets.push(mine.socket);
    await postProduct(api, sriyati.token);
    await postProduct(api, marni.token, { title: 'Telur Bebek Asin Isi 10', category: 'telur-bebek', price: 30_000, weightGrams: 700, shelfLifeDays: 5 });
    expect((await api.patch('/api/shops/mine', { description: 'Gula aren asli dari Pringsewu' }, { token: sriyati.token })).status).toBe(200);
    await settle();

    const progress = await eventually('mission.progress for Sriyati', () => {
      const heard = events.filter((e) => e.type === 'mission.progress' && e.payload.participantId === sriyati.participantId);
      const last = heard.at(-1);
      return last && last.payload.missions.find((m: any) => m.id === 'shop_setup')?.state === 'done' ? last : undefined;
    }, 15_000);
    expect(progress.payload).toMatchObject({ name: 'Sriyati', shopId: sriyati.shop!.id, total: 9 });
    expect(progress.payload.missions.find((m: any) => m.id === 'product_with_photo').state).toBe('done');
    // The trainee hears her own progress; she never hears Marni's.
    await eventually('Sriyati’s own mission.progress', () => mine.events.find((e) => e.type === 'mission.progress'), 15_000);
    expect(mine.events.some((e) => e.type === 'mission.progress' && e.payload.participantId !== sriyati.participantId)).toBe(false);

    const grid = (await api.get(`/api/classes/${klass.classId}/console/grid`, { token: klass.facilitator })).body;
    expect(grid.trainees.map((t: any) => t.name)).toEqual(['Sriyati', 'Marni', 'Tomo']);
    expect(grid.missions.find((m: any) => m.id === 'product_with_photo')).toMatchObject({ doneCount: 2, total: 3 });
    expect(grid.missions.find((m: any) => m.id === 'shop_setup')).toMatchObject({ doneCount: 1, total: 3 });
    // Tomo has done nothing: he is the first of "idle longest".
    expect(grid.idleLongest[0]).toBe(tomo.participantId);
    // A checklist announcement recorded in Tomo's name later (the check runs whenever it runs) is not his doing.
    await booted.app.get(DataSource).query(
      `INSERT INTO activity (class_id, type, actor_id, payload) VALUES ($1, 'mission.progress', $2, '{}'::jsonb)`,
      [klass.classId, tomo.participantId],
    );
    const later = (await api.get(`/api/classes/${klass.classId}/console/grid`, { token: klass.facilitator })).body;
    expect(later.idleLongest[0]).toBe(tomo.participantId);
    const sriyatiRow = grid.trainees.find((t: any) => t.participantId === sriyati.participantId);
    expect(sriyatiRow.lastActivityAt).not.toBeNull();
    expect(sriyatiRow.doneCount).toBe(2);
  });

  it('announces a change once: checking again without news records nothing', async () => {
    await settle();
    const missions = booted.app.get(MissionsService);
    expect(await missions.refresh(klass.classId)).toBe(0);
  });

  it('never lets a check that read before a newer one put older states back', async () => {
    await settle();
    const facts = booted.app.get(MissionFactsRepository);
    const missions = booted.app.get(MissionsService);
    // Marni's facts as a slow check read them, before she describes her shop; a quicker check then commits the news.
    const [stale] = await facts.withFacts(klass.classId, [marni.participantId]);
    expect((await api.patch('/api/shops/mine', { description: 'Telur asin dari Gadingrejo' }, { token: marni.token })).status).toBe(200);
    await settle();
    const shopSetup = async () =>
      (await api.get('/api/missions/mine', { token: marni.token })).body.missions.find((m: any) => m.id === 'shop_setup').state;
    expect(await shopSetup()).toBe('done');
    // The slow check arrives last with what it read: it announces nothing and leaves the newer states alone.
    const spy = vi.spyOn(facts, 'withFacts').mockResolvedValueOnce([stale!]);
    try {
      expect(await missions.refresh(klass.classId, [marni.participantId])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const [stored] = await booted.app.get(DataSource).query(`SELECT states FROM mission_status WHERE participant_id = $1`, [marni.participantId]);
    expect(stored.states.shop_setup).toBe('done');
  });

  it('sends paid demo orders to every trainee with a product; the paid-order mission fills in', async () => {
    const unkeyed = await api.post(`/api/classes/${klass.classId}/demo-orders`, { all: true, payNow: true }, { token: klass.facilitator });
    expect(unkeyed.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const idempotencyKey = key();
    const placed = await fetch(`${booted.baseUrl}/api/classes/${klass.classId}/demo-orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${klass.facilitator}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ all: true, payNow: true }),
    });
    expect(placed.status).toBe(201);
    const batch = await placed.json();
    expect(batch.results.map((r: any) => r.traineeName)).toEqual(['Sriyati', 'Marni']);
    for (const result of batch.results) expect(result).toMatchObject({ state: 'PAID', errorCode: null, invoiceNumber: expect.stringMatching(/^INV\//) });
    await settle();
    const grid = (await api.get(`/api/classes/${klass.classId}/console/grid`, { token: klass.facilitator })).body;
    expect(grid.missions.find((m: any) => m.id === 'paid_order')).toMatchObject({ doneCount: 2, total: 3 });
    const mine = (await api.get('/api/missions/mine', { token: sriyati.token })).body;
    expect(mine.missions.find((m: any) => m.id === 'shipped_on_time')).toMatchObject({
      state: 'todo',
      missing: { key: 'missions.missing.shipPaidOrder', params: { invoiceNumber: batch.results[0].invoiceNumber } },
      target: `/toko/pesanan/${batch.results[0].orderId}`,
    });
  });

  it('shows the live feed newest first with names, paged', async () => {
    const first = (await api.get(`/api/classes/${klass.classId}/console/activity?limit=5`, { token: klass.facilitator })).body;
    expect(first.items).toHaveLength(5);
    expect(Number(first.items[0].id)).toBeGreaterThan(Number(first.items[4].id));
    const all: any[] = [...first.items];
    let before = first.nextBefore;
    while (before) {
      const page = (await api.get(`/api/classes/${klass.classId}/console/activity?limit=50&before=${before}`, { token: klass.facilitator })).body;
      all.push(...page.items);
      before = page.nextBefore;
    }
    const posted = all.find((item) => item.type === 'product.created' && item.actorId === sriyati.participantId);
    expect(posted).toMatchObject({ actorName: 'Sriyati', text: { key: 'feed.product.created', params: { actor: 'Sriyati', title: 'Gula Aren Asli Pringsewu 1 kg' } } });
    const paid = all.find((item) => item.type === 'order.paid' && item.shopId === sriyati.shop!.id);
    expect(paid).toMatchObject({ shopName: 'Toko Sriyati', text: { params: { invoiceNumber: expect.stringMatching(/^INV\//) } } });
    // Nothing private on the projector: no phone number anywhere in the feed.
    expect(JSON.stringify(all)).not.toMatch(/08\d{8,}/);
  });

  it('times every feed line by the class clock, a trainee’s own action too, with the real time beside it', async () => {
    // Paused an hour ahead, the class clock stands still while real time goes on: the line's class time is exactly
    // the clock's, and its real time an hour behind it.
    expect((await api.post(`/api/classes/${klass.classId}/clock`, { action: 'pause' }, { token: klass.facilitator })).status).toBe(200);
    const ahead = await api.post(`/api/classes/${klass.classId}/clock`, { action: 'jump', minutes: 60 }, { token: klass.facilitator });
    expect(ahead.status).toBe(200);
    const standing = ahead.body.simNow as string;
    expect((await api.patch('/api/shops/mine', { description: 'Gula aren asli dari Pringsewu, tanpa campuran' }, { token: marni.token })).status).toBe(200);
    const feed = (await api.get(`/api/classes/${klass.classId}/console/activity?limit=10`, { token: klass.facilitator })).body.items as any[];
    const line = feed.find((item) => item.type === 'shop.updated' && item.actorId === marni.participantId);
    expect(line).toBeDefined();
    expect(line.simTime).toBe(standing);
    expect(Date.parse(standing) - Date.parse(line.occurredAt)).toBeGreaterThan(59 * 60_000);
    expect((await api.post(`/api/classes/${klass.classId}/clock`, { action: 'resume' }, { token: klass.facilitator })).status).toBe(200);
  });

  it('drills down into one trainee: shop, products, orders, conversations and missions', async () => {
    const opened = await api.post('/api/chat/conversations', { shopId: sriyati.shop!.id }, { token: marni.token });
    expect(opened.status).toBe(200);
    const message = { clientId: randomUUID(), kind: 'text', text: 'Gula arennya masih ada, Bu?' };
    expect((await api.post(`/api/chat/conversations/${opened.body.id}/messages`, message, { token: marni.token })).status).toBe(201);
    const res = await api.get(`/api/classes/${klass.classId}/console/trainees/${sriyati.participantId}`, { token: klass.facilitator });
    expect(res.status).toBe(200);
    expect(res.body.trainee).toMatchObject({ name: 'Sriyati', shopName: 'Toko Sriyati' });
    expect(res.body.shopDescription).toBe('Gula aren asli dari Pringsewu');
    expect(res.body.products).toEqual([expect.objectContaining({ title: 'Gula Aren Asli Pringsewu 1 kg', photoCount: 1, thumbnailUrl: expect.any(String) })]);
    expect(res.body.orders).toEqual([expect.objectContaining({ state: 'PAID', buyerName: 'Bu Rahma (Bandar Lampung)', scenarioRole: null })]);
    expect(res.body.conversations).toEqual([expect.objectContaining({ id: opened.body.id, buyerName: 'Marni', messageCount: 1 })]);
    expect(res.body.missions).toHaveLength(9);
    expect(res.body.recent.length).toBeGreaterThan(0);
    expect((await api.get(`/api/classes/${klass.classId}/console/trainees/${randomUUID()}`, { token: klass.facilitator })).body.code).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('lets the facilitator reorder missions and switch some off; the checklists follow', async () => {
    const current = (await api.get(`/api/classes/${klass.classId}/missions/settings`, { token: klass.facilitator })).body.missions;
    const reordered = [...current].reverse().map((m: any) => ({ id: m.id, enabled: m.id !== 'withdrawal' }));
    const res = await api.put(`/api/classes/${klass.classId}/missions/settings`, { missions: reordered }, { token: klass.facilitator });
    expect(res.status).toBe(200);
    expect(res.body.missions[0]).toMatchObject({ id: 'fraud_drill', position: 0 });
    const mine = (await api.get('/api/missions/mine', { token: sriyati.token })).body;
    expect(mine.total).toBe(8);
    expect(mine.missions[0].id).toBe('fraud_drill');
    expect(mine.missions.map((m: any) => m.id)).not.toContain('withdrawal');
    const bad = await api.put(`/api/classes/${klass.classId}/missions/settings`, { missions: reordered.slice(1) }, { token: klass.facilitator });
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'INVALID_MISSION_SETTINGS' });
    // The other class is untouched.
    expect((await api.get(`/api/classes/${other.classId}/missions/settings`, { token: other.facilitator })).body.missions[0].id).toBe('shop_setup');
  });

  it('reports missions, counts and rupiah per trainee, as JSON and as CSV for Excel', async () => {
    // Three "+1 jam" in a row are one clock line in the programme's timeline.
    for (let i = 0; i < 3; i += 1) {
      expect((await api.post(`/api/classes/${klass.classId}/clock`, { action: 'jump', minutes: 60 }, { token: klass.facilitator })).status).toBeLessThan(300);
    }
    const report = (await api.get(`/api/classes/${klass.classId}/report`, { token: klass.facilitator })).body;
    const types: string[] = report.timeline.map((t: any) => t.type);
    expect(types.filter((type, i) => type === 'clock.changed' && types[i - 1] === 'clock.changed')).toEqual([]);
    expect(types).toContain('clock.changed');
    expect(report.class).toMatchObject({ id: klass.classId, joinCode: klass.joinCode });
    expect(report.traineeCount).toBe(3);
    const sri = report.trainees.find((t: any) => t.name === 'Sriyati');
    expect(sri.counts).toMatchObject({ productsPosted: 1, orders: 1, payments: 1, shipments: 0, withdrawals: 0 });
    expect(sri.counts.salesRupiah).toBeGreaterThan(25_000);
    expect(report.totals.payments).toBe(2);
    expect(report.totals.salesRupiah).toBe(report.trainees.reduce((sum: number, t: any) => sum + t.counts.salesRupiah, 0));
    expect(report.completionSeries.at(-1).completed).toBeGreaterThanOrEqual(5);
    expect(report.timeline.map((t: any) => t.type)).toEqual(expect.arrayContaining(['class.created', 'first.product.created', 'first.order.paid', 'demo_orders.requested']));

    const csv = await api.get(`/api/classes/${klass.classId}/report.csv`, { token: klass.facilitator });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const raw = Buffer.from(await (await fetch(`${booted.baseUrl}/api/classes/${klass.classId}/report.csv`, { headers: { authorization: `Bearer ${klass.facilitator}` } })).arrayBuffer());
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM, for Excel
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('"Nama"');
    expect(lines[0]).toContain('"Lolos latihan penipuan"');
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines[1]).toContain('"Sriyati"');
    expect(lines.at(-1)).toContain('"JUMLAH"');
  });
});
