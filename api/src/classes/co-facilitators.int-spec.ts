import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createFacilitator, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { eventually, type Member, member, postProduct } from '../../test/orders-fixtures.js';
import { RealtimeGateway } from '../realtime/realtime.gateway.js';

const DAY_MS = 24 * 3600 * 1000;

function openSocket(baseUrl: string, token: string): Promise<Socket> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Two facilitators in one class (issue 13): the owner adds a co-facilitator by email, both run the console, and the
 * same action tapped by both at once (Promise.all) takes effect once. What "at once" means, per action:
 * - the clock: two changes made on the same clock version; the second is refused with 409 CLOCK_CHANGED;
 * - a scenario: the same derived key (same scenario, same target, same runs seen): one run;
 * - "tutup pendaftaran": the second close finds the class closed and changes nothing;
 * - a demo order: the same tap key is one order; two deliberate taps (two keys) are two orders;
 * - a scenario started by both with their own keys (two views of the runs): a trainee has one active run, so one
 *   start wins and the other is refused with 409 SCENARIO_ALREADY_RUNNING.
 * The owner also removes a co-facilitator: his access and his sockets in the class's rooms end at once.
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

  it('starts one drill when both start a scenario for the same trainee at once, each with her own key', async () => {
    // Two consoles that saw different runs derive different keys: both requests are new to the API. A trainee has one
    // active run at a time (the database's partial unique index): one start wins, the other is refused and starts nothing.
    const active = async () =>
      ((await booted.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM scenario_run WHERE class_id = $1 AND target_participant_id = $2 AND status IN ('waiting', 'running')`,
        [classId, sriyati.participantId],
      )) as { n: number }[])[0]!.n;
    const startedBefore = await events('scenario.started');
    const runsBefore = ((await api.get(`/api/classes/${classId}/scenario-runs`, { token: rina.token })).body as any[]).length;
    const path = `/api/classes/${classId}/scenarios/fake_transfer_proof/runs`;
    const answers = await Promise.all([
      post(rina.token, path, { participantId: sriyati.participantId }, `scn-rina-${randomUUID()}`),
      post(budi.token, path, { all: true }, `scn-budi-${randomUUID()}`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ statusCode: 409, code: 'SCENARIO_ALREADY_RUNNING' });
    const started = answers.find((a) => a.status === 201)!.body as any[];
    expect(started).toHaveLength(1);
    // The clock is paused: the drill waits on it (its buyer writes again after 30 class minutes), still active.
    expect(started[0]).toMatchObject({ scenarioId: 'fake_transfer_proof', participantId: sriyati.participantId, status: 'waiting' });
    expect(((await api.get(`/api/classes/${classId}/scenario-runs`, { token: budi.token })).body as any[]).length).toBe(runsBefore + 1);
    expect(await events('scenario.started')).toBe(startedBefore + 1);
    expect(await active()).toBe(1);

    // While it waits, another start for her is refused too; once it has ended, a new drill starts.
    const meanwhile = await post(budi.token, `/api/classes/${classId}/scenarios/unpaid_order/runs`, { participantId: sriyati.participantId }, randomUUID());
    expect(meanwhile).toMatchObject({ status: 409, body: { code: 'SCENARIO_ALREADY_RUNNING' } });
    expect(await events('scenario.started')).toBe(startedBefore + 1);
    // The class clock goes on and past the half hour: the drill's buyer writes again and the run ends.
    expect((await api.post(`/api/classes/${classId}/clock`, { action: 'resume' }, { token: rina.token })).status).toBe(200);
    expect((await api.post(`/api/classes/${classId}/clock`, { action: 'jump', minutes: 60 }, { token: rina.token })).status).toBe(200);
    await eventually('the waiting drill ending', async () => ((await active()) === 0 ? true : undefined), 30_000);
    await api.post(`/api/classes/${classId}/clock`, { action: 'pause' }, { token: rina.token });
    const after = await post(budi.token, `/api/classes/${classId}/scenarios/unpaid_order/runs`, { participantId: sriyati.participantId }, randomUUID());
    expect(after.status).toBe(201);
    expect(await events('scenario.started')).toBe(startedBefore + 2);
  }, 90_000);

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
  it('lets the owner remove a co-facilitator: his access to the class and his sockets in its rooms end at once', async () => {
    const team = (await api.get(`/api/classes/${classId}`, { token: rina.token })).body.team as { id: string; name: string }[];
    expect(team.map((m) => m.name)).toEqual(['Budi', 'Rina']);
    const budiId = team.find((m) => m.name === 'Budi')!.id;
    const rinaId = team.find((m) => m.name === 'Rina')!.id;
    // Budi's console is live: his socket watches the class.
    const socket = await openSocket(booted.baseUrl, budi.token);
    try {
      expect(await socket.emitWithAck('class:watch', { classId })).toEqual({ ok: true });
      const told = new Promise<{ type: string; payload: unknown }>((resolve) =>
        socket.on('event', (event: { type: string; payload: unknown }) => {
          if (event.type === 'class.facilitator_removed') resolve(event);
        }),
      );
      const inRooms = async () =>
        (await booted.app.get(RealtimeGateway).server.in(`facilitators:${classId}`).fetchSockets()).some((s) => s.id === socket.id);
      expect(await inRooms()).toBe(true);

      // Only the owner removes; the owner cannot be removed; an id that is not one is a client mistake.
      const refused = await api.delete(`/api/classes/${classId}/facilitators/${rinaId}`, { token: budi.token });
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'CLASS_OWNER_ONLY' });
      const owner = await api.delete(`/api/classes/${classId}/facilitators/${rinaId}`, { token: rina.token });
      expect(owner.body).toMatchObject({ statusCode: 409, code: 'CLASS_OWNER_NOT_REMOVABLE' });
      expect((await api.delete(`/api/classes/${classId}/facilitators/not-an-id`, { token: rina.token })).status).toBe(400);

      const removed = await api.delete(`/api/classes/${classId}/facilitators/${budiId}`, { token: rina.token });
      expect(removed.status).toBe(200);
      expect(removed.body).toEqual(['Rina']);
      // He is told on his own socket, and from now on the class is not his: no console, not in his list.
      expect((await told).payload).toMatchObject({ facilitatorId: budiId, name: 'Budi' });
      expect((await api.get(`/api/classes/${classId}/clock`, { token: budi.token })).status).toBe(404);
      expect((await api.post(`/api/classes/${classId}/clock`, { action: 'pause' }, { token: budi.token })).status).toBe(404);
      expect(((await api.get('/api/classes', { token: budi.token })).body as any[]).some((c) => c.id === classId)).toBe(false);
      // His socket has left the class's rooms, and watching it again is asked anew, and refused.
      await eventually('his socket leaving the class rooms', async () => ((await inRooms()) ? undefined : true), 10_000);
      expect(await socket.emitWithAck('class:watch', { classId })).toEqual({ ok: false, code: 'CLASS_NOT_FOUND' });

      // Removing him again changes nothing and tells no one again.
      expect((await api.delete(`/api/classes/${classId}/facilitators/${budiId}`, { token: rina.token })).body).toEqual(['Rina']);
      expect(await events('class.facilitator_removed')).toBe(1);
    } finally {
      socket.close();
    }
  });
});
