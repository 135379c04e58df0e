// Issue 15, defect 5: one socket sending 20,000 `room:join` (one query each, no throttle) took a storefront call
// from 8 ms to 5.5 s. Client→server events are throttled per connection, a flooder is disconnected, and room
// decisions are answered from memory once made.
import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { RoomAccess } from './room-access.js';

type Ack = { ok: boolean; code?: string };

function open(baseUrl: string, token: string): Promise<Socket> {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

describe('realtime under a flood of client events', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let facilitator: { token: string };
  let klass: { id: string; joinCode: string };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    facilitator = await createFacilitator(api, admin, 'Banjir');
    klass = await createClass(api, facilitator.token, 'Kelas Banjir');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted.close();
  });

  it('throttles and disconnects a socket sending 20,000 room:join; the storefront and a normal client stay fine', async () => {
    const attacker = await joinClass(api, klass.joinCode, 'Penyerbu');
    const shopper = await joinClass(api, klass.joinCode, 'Pembeli Biasa');
    const roomAccess = booted.app.get(RoomAccess);
    const decisions = vi.spyOn(roomAccess, 'mayJoin');

    // Baseline: the storefront answers quickly before the flood.
    for (let i = 0; i < 3; i++) await api.get(`/api/classes/${klass.id}/products`, { token: shopper.token });

    const flooder = await open(booted.baseUrl, attacker.token);
    sockets.push(flooder);
    const disconnected = new Promise<string>((resolve) => flooder.once('disconnect', (reason) => resolve(reason)));
    const acks: Ack[] = [];
    const errors: Ack[] = [];
    flooder.on('error', (payload: Ack) => errors.push(payload));
    const FLOOD = 20_000;
    const allAcked = new Promise<void>((resolve) => {
      for (let i = 0; i < FLOOD; i++) {
        // A different (unknown) order each time: without a throttle, every one is a database query.
        flooder.emit('room:join', { room: `order:${randomUUID()}` }, (ack: Ack) => {
          acks.push(ack);
          if (acks.length === FLOOD) resolve();
        });
      }
    });
    // Without a throttle the flood takes minutes: give it 30 s and report what happened by then.
    const floodOver = Promise.race([
      allAcked.then(() => 'all acked'),
      disconnected,
      new Promise<string>((resolve) => setTimeout(() => resolve('still flooding after 30 s'), 30_000)),
    ]);

    // A storefront call every 50 ms while the flood lasts (at least 20 of them).
    const latencies: number[] = [];
    const statuses: number[] = [];
    let over = false;
    void floodOver.then(() => (over = true));
    while (!over || latencies.length < 20) {
      const started = performance.now();
      const res = await api.get(`/api/classes/${klass.id}/products`, { token: shopper.token });
      latencies.push(performance.now() - started);
      statuses.push(res.status);
      await new Promise((r) => setTimeout(r, 50));
      if (latencies.length > 2000) break;
    }
    const outcome = await floodOver;
    console.log(
      `flood: ${outcome}; ${acks.length} acks, ${decisions.mock.calls.length} room decisions; storefront p95 ${Math.round(p95(latencies))} ms, max ${Math.round(Math.max(...latencies))} ms over ${latencies.length} calls (statuses ${[...new Set(statuses)].join(', ')})`,
    );

    // The flooder was told it was throttled and then cut off; almost none of its joins reached the database.
    expect(outcome).toBe('io server disconnect');
    expect(acks.some((ack) => ack.code === 'RATE_LIMITED') || errors.some((e) => e.code === 'RATE_LIMITED')).toBe(true);
    expect(decisions.mock.calls.length).toBeLessThan(200);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(p95(latencies)).toBeLessThan(500);

    // A normal client of the same class keeps working: it joins, is answered, and watching still works for a facilitator.
    const normal = await open(booted.baseUrl, shopper.token);
    sockets.push(normal);
    const room = `order:${randomUUID()}`;
    expect(await normal.emitWithAck('room:join', { room })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
    const projector = await open(booted.baseUrl, facilitator.token);
    sockets.push(projector);
    for (let i = 0; i < 10; i++) expect(await projector.emitWithAck('class:watch', { classId: klass.id })).toEqual({ ok: true });
    decisions.mockRestore();
    flooder.close();
  }, 90_000);

  it('answers a join to a room already decided from memory, without asking again', async () => {
    const trainee = await joinClass(api, klass.joinCode, 'Ulang');
    const socket = await open(booted.baseUrl, trainee.token);
    sockets.push(socket);
    const roomAccess = booted.app.get(RoomAccess);
    const decisions = vi.spyOn(roomAccess, 'mayJoin');
    const room = `order:${randomUUID()}`;
    for (let i = 0; i < 10; i++) {
      expect(await socket.emitWithAck('room:join', { room })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
    }
    expect(decisions).toHaveBeenCalledTimes(1);
    decisions.mockRestore();
  });

  it('tells a socket over its burst RATE_LIMITED, and lets it go on after the bucket refills', async () => {
    const trainee = await joinClass(api, klass.joinCode, 'Cepat');
    const socket = await open(booted.baseUrl, trainee.token);
    sockets.push(socket);
    const room = `order:${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 30 }, () => socket.emitWithAck('room:join', { room }) as Promise<Ack>));
    expect(answers.filter((a) => a.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
    expect(answers.filter((a) => a.code === 'ROOM_NOT_ALLOWED').length).toBeGreaterThanOrEqual(20);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await socket.emitWithAck('room:join', { room })).toEqual({ ok: false, code: 'ROOM_NOT_ALLOWED' });
    expect(socket.connected).toBe(true);
  });
});
