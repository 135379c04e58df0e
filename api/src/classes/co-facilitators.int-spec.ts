import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createFacilitator, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { type Member, member, postProduct } from '../../test/orders-fixtures.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Two facilitators in one class (issue 13): the owner adds a co-facilitator by email, both run the console, and the
 * same action tapped by both at once (Promise.all) takes effect once. What "at once" means, per action:
 * - the clock: two changes made on the same clock version; the second is refused with 409 CLOCK_CHANGED;
 * - a scenario: the same derived key (same scenario, same target, same runs seen): one run;
 * - "tutup pendaftaran": the second close finds the class closed and changes nothing;
 * - a demo order: the same tap key is one order; two deliberate taps (two keys) are two orders.
 */
describe('co-facilitators', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let rina: { token: string; email: string };
  let budi: { token: string; email: string };
  let sari: { token: string; email: string };
  let classId: string;
  let sriyati: Member;

  const post = async (token: string, path: string, body: unknown, key?: string) => {
    const res = await fetch(`${booted.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const events = async (type: string): Promise<number> => {
    const [row] = (await booted.app.get(DataSource).query(`SELECT count(*)::int AS n FROM activity WHERE class_id = $1 AND type = $2`, [classId, type])) as {
      n: number;
    }[];
    return row!.n;
  };
  const clockOf = async (token: string) => (await api.get(`/api/classes/${classId}/clock`, { token })).body as { simNow: string; version: number; paused: boolean };

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    rina = await createFacilitator(api, admin, 'Rina');
    budi = await createFacilitator(api, admin, 'Budi');
    sari = await createFacilitator(api, admin, 'Sari');
    const created = await api.post('/api/classes', { name: 'Kelas Bersama', place: 'Balai Pekon Ambarawa', date: '2026-11-28', regencyCode: '18.10' }, { token: rina.token });
    classId = created.body.id;
    sriyati = await member(api, created.body.joinCode, 'Sriyati');
    await postProduct(api, sriyati.token);
  }, 120_000);

  afterAll(() => booted?.close());

  it('lets the owner add a co-facilitator by email; the co-facilitator runs the console but cannot add others', async () => {
    expect((await api.get(`/api/classes/${classId}/clock`, { token: budi.token })).status).toBe(404);
    const added = await api.post(`/api/classes/${classId}/facilitators`, { email: budi.email.toUpperCase() }, { token: rina.token });
    expect(added.status).toBe(201);
    expect(added.body).toEqual(['Budi', 'Rina']);
    // Adding her again changes nothing and tells no one again.
    expect((await api.post(`/api/classes/${classId}/facilitators`, { email: budi.email }, { token: rina.token })).status).toBe(201);
    expect(await events('class.facilitator_added')).toBe(1);

    const refused = await api.post(`/api/classes/${classId}/facilitators`, { email: sari.email }, { token: budi.token });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'CLASS_OWNER_ONLY' });
    const unknown = await api.post(`/api/classes/${classId}/facilitators`, { email: 'nobody@test.pasar' }, { token: rina.token });
    expect(unknown.body.code).toBe('FACILITATOR_NOT_FOUND');

    // The shared class is in Budi's list, with its owner; Sari's list does not have it.
    const budiList = (await api.get('/api/classes', { token: budi.token })).body as any[];
    expect(budiList.find((c) => c.id === classId)).toMatchObject({ name: 'Kelas Bersama', ownerName: 'Rina' });
    expect(((await api.get('/api/classes', { token: sari.token })).body as any[]).some((c) => c.id === classId)).toBe(false);
    expect((await api.get(`/api/classes/${classId}/participants`, { token: budi.token })).status).toBe(200);
  });

  it('moves the clock one day when both facilitators tap "+1 hari" on the same reading', async () => {
    // Paused, so that sim time only moves by jumps and the arithmetic is exact.
    await api.post(`/api/classes/${classId}/clock`, { action: 'pause' }, { token: rina.token });
    const before = await clockOf(rina.token);
    const jumpsBefore = await events('clock.changed');
    const answers = await Promise.all(
      [rina, budi].map((who) => api.post(`/api/classes/${classId}/clock`, { action: 'jump', minutes: 24 * 60, expectedVersion: before.version }, { token: who.token })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'CLOCK_CHANGED' });
    const after = await clockOf(budi.token);
    expect(Date.parse(after.simNow) - Date.parse(before.simNow)).toBe(DAY_MS);
    expect(after.version).toBe(before.version + 1);
    expect(await events('clock.changed')).toBe(jumpsBefore + 1);

    // The refused console reads the clock again and jumps on the new version: a second, deliberate day.
    const again = await api.post(`/api/classes/${classId}/clock`, { action: 'jump', minutes: 24 * 60, expectedVersion: after.version }, { token: budi.token });
    expect(again.status).toBe(200);
    expect(Date.parse(again.body.simNow) - Date.parse(before.simNow)).toBe(2 * DAY_MS);
  });

  it('answers both when both resume or set the same speed at once, changing the clock once', async () => {
    const before = await clockOf(rina.token);
    const changedBefore = await events('clock.changed');
    const resumed = await Promise.all(
      [rina, budi].map((who) => api.post(`/api/classes/${classId}/clock`, { action: 'resume', expectedVersion: before.version }, { token: who.token })),
    );
    expect(resumed.map((a) => a.status)).toEqual([200, 200]);
    expect(resumed.every((a) => a.body.paused === false)).toBe(true);
    const fast = await Promise.all(
      [rina, budi].map((who) => api.post(`/api/classes/${classId}/clock`, { action: 'speed', speed: 60, expectedVersion: before.version + 1 }, { token: who.token })),
    );
    expect(fast.map((a) => a.status)).toEqual([200, 200]);
    expect(await events('clock.changed')).toBe(changedBefore + 2);
    await api.post(`/api/classes/${classId}/clock`, { action: 'pause' }, { token: rina.token });
  });

  it('starts one scenario run when both tap "Jalankan skenario" with the same derived key', async () => {
    const key = `scn-unpaid_order-${randomUUID()}`;
    const body = { participantId: sriyati.participantId };
    const answers = await Promise.all([rina, budi].map((who) => post(who.token, `/api/classes/${classId}/scenarios/unpaid_order/runs`, body, key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers[0]!.body.map((r: any) => r.id)).toEqual(answers[1]!.body.map((r: any) => r.id));
    const runs = (await api.get(`/api/classes/${classId}/scenario-runs`, { token: budi.token })).body as any[];
    expect(runs.filter((r) => r.scenarioId === 'unpaid_order')).toHaveLength(1);
    expect(await events('scenario.started')).toBe(1);
  }, 60_000);

  it('closes joining once when both tap "Tutup pendaftaran"', async () => {
    const answers = await Promise.all([rina, budi].map((who) => api.patch(`/api/classes/${classId}`, { status: 'closed' }, { token: who.token })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.every((a) => a.body.status === 'closed')).toBe(true);
    const [row] = (await booted.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM activity WHERE class_id = $1 AND type = 'class.updated' AND payload->>'status' = 'closed'`,
      [classId],
    )) as { n: number }[];
    expect(row!.n).toBe(1);
  });

  it('places one demo order for one tap key, and two for two deliberate taps', async () => {
    const ordersBefore = await events('order.placed');
    const body = { participantId: sriyati.participantId };
    const key = randomUUID();
    const same = await Promise.all([rina, budi].map((who) => post(who.token, `/api/classes/${classId}/demo-orders`, body, key)));
    expect(same.map((a) => a.status)).toEqual([201, 201]);
    expect(same[0]!.body.results[0].orderId).toBe(same[1]!.body.results[0].orderId);
    expect(await events('order.placed')).toBe(ordersBefore + 1);
    expect(await events('demo_orders.requested')).toBe(1);

    const two = await Promise.all([rina, budi].map((who) => post(who.token, `/api/classes/${classId}/demo-orders`, body, randomUUID())));
    expect(two.map((a) => a.status)).toEqual([201, 201]);
    expect(two[0]!.body.results[0].orderId).not.toBe(two[1]!.body.results[0].orderId);
    expect(await events('order.placed')).toBe(ordersBefore + 3);
  }, 60_000);
});
