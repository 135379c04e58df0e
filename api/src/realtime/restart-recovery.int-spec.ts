import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, apiClient, createClass, createFacilitator, joinClass, loginAs, TEST_ADMIN } from '../../test/api-client.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { SESSIONS_FILE } from './sessions-across-restart.js';

interface EventMessage {
  type: string;
  payload: Record<string, unknown>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A phone's socket that reconnects only when told to, so the test decides when it comes back. */
function phone(baseUrl: string, token: string): { socket: Socket; heard: EventMessage[] } {
  const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  const heard: EventMessage[] = [];
  socket.on('event', (event: EventMessage) => heard.push(event));
  return { socket, heard };
}

function connects(socket: Socket): Promise<{ recovered: boolean }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ recovered: socket.recovered }));
    socket.once('connect_error', reject);
  });
}

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// One node, stopped cleanly and started again on the same port and DATA_DIR (as `npm start` after Ctrl+C, or docker
// compose restarting the app): a phone that comes back within two minutes recovers its connection, with the events
// it missed meanwhile replayed, instead of loading all its pages again (issue 18, the restart with 3,000 phones).
describe('socket sessions across a restart of the app', () => {
  let database: TestDatabase;
  let dataDir: string;
  let port: number;
  let booted: BootedApp | undefined;
  const sockets: Socket[] = [];
  const boot = () => bootApp({ database, port, env: { ...ADMIN_ENV, DATA_DIR: dataDir } });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-restart-sockets-'));
    port = await freePort();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await booted?.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('recovers every phone that comes back after a clean restart, and replays what was broadcast meanwhile', async () => {
    booted = await boot();
    const api = apiClient(booted.baseUrl);
    const admin = await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password);
    const facilitator = await createFacilitator(api, admin, 'Rina');
    const kelas = await createClass(api, facilitator.token, 'Kelas Mulai Ulang');
    // A co-facilitator who does nothing and watches no class: her phone hears nothing but the connection's first
    // packet. (Not a trainee: her checklist's first announcement may come late, after she has connected.)
    const idle = await createFacilitator(api, admin, 'Sari');

    // The projector has heard an event of the class; Sari's phone has heard no event since it connected.
    const projector = phone(booted.baseUrl, facilitator.token);
    const quiet = phone(booted.baseUrl, idle.token);
    sockets.push(projector.socket, quiet.socket);
    projector.socket.connect();
    quiet.socket.connect();
    expect((await connects(projector.socket)).recovered).toBe(false);
    await connects(quiet.socket);
    expect(await projector.socket.emitWithAck('class:watch', { classId: kelas.id })).toEqual({ ok: true });
    const before = await joinClass(api, kelas.joinCode, 'Sebelum Mulai Ulang');
    await until('the projector hears the join', () => projector.heard.some((e) => e.payload.participantId === before.participantId));

    const dropped = Promise.all([projector.socket, quiet.socket].map((s) => new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)))));
    await booted.close();
    booted = undefined;
    expect(await dropped).toEqual(['transport close', 'transport close']);
    expect(fs.existsSync(path.join(dataDir, SESSIONS_FILE))).toBe(true);

    booted = await boot();
    expect(fs.existsSync(path.join(dataDir, SESSIONS_FILE))).toBe(false); // read once
    // While the phones are still away, the new process broadcasts a join.
    const meanwhile = await joinClass(apiClient(booted.baseUrl), kelas.joinCode, 'Saat Mulai Ulang');
    const back = [connects(projector.socket), connects(quiet.socket)];
    projector.socket.connect();
    quiet.socket.connect();
    expect(await Promise.all(back)).toEqual([{ recovered: true }, { recovered: true }]);
    await until('the projector hears the join it missed', () => projector.heard.some((e) => e.payload.participantId === meanwhile.participantId));
    // Heard once each: nothing from before the restart is replayed twice.
    expect(projector.heard.filter((e) => e.payload.participantId === before.participantId)).toHaveLength(1);
    expect(quiet.heard).toEqual([]);
  });

  it('recovers nobody when the stop left no sessions (a crash): the phones load their pages again, as before', async () => {
    const api = apiClient(booted!.baseUrl);
    const facilitator = await createFacilitator(api, await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password), 'Dewi');
    const projector = phone(booted!.baseUrl, facilitator.token);
    sockets.push(projector.socket);
    projector.socket.connect();
    await connects(projector.socket);
    await until('the first packet', () => projector.socket.connected);
    await booted!.close();
    booted = undefined;
    fs.rmSync(path.join(dataDir, SESSIONS_FILE)); // as if the process had been killed before it could write them
    booted = await boot();
    const back = connects(projector.socket);
    projector.socket.connect();
    expect(await back).toEqual({ recovered: false });
  });

  it('keeps broadcasting while the app stops: an event committed after the destroy hooks still reaches a phone', async () => {
    const api = apiClient(booted!.baseUrl);
    const facilitator = await createFacilitator(api, await loginAs(api, TEST_ADMIN.email, TEST_ADMIN.password), 'Wati');
    const kelas = await createClass(api, facilitator.token, 'Kelas Berhenti');
    const projector = phone(booted!.baseUrl, facilitator.token);
    sockets.push(projector.socket);
    projector.socket.connect();
    await connects(projector.socket);
    expect(await projector.socket.emitWithAck('class:watch', { classId: kelas.id })).toEqual({ ok: true });
    // The first step of Nest's shutdown; the HTTP server still answers until the servers close after it.
    await (booted!.app as unknown as { callDestroyHook(): Promise<void> }).callDestroyHook();
    const late = await joinClass(api, kelas.joinCode, 'Saat Berhenti');
    await until('the projector hears the join committed while stopping', () => projector.heard.some((e) => e.payload.participantId === late.participantId));
  });
});
