import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreSessions, saveSessions, SESSIONS_FILE } from './sessions-across-restart.js';

const TWO_MINUTES = 120_000;

/** A stand-in for socket.io's in-memory adapter state, behind `server.of('/')`. */
function serverWith(sessions: [string, { disconnectedAt: number }][] = [], packets: { id: string; emittedAt: number; rooms: string[] }[] = []) {
  const adapter = {
    maxDisconnectionDuration: TWO_MINUTES,
    sessions: new Map(sessions.map(([pid, s]) => [pid, { sid: `sid-${pid}`, pid, rooms: ['class:a', `sid-${pid}`], data: { principal: { id: pid } }, ...s }])),
    packets: packets.map((p) => ({ id: p.id, emittedAt: p.emittedAt, data: ['event', { type: 't' }, p.id], opts: { rooms: new Set(p.rooms), except: new Set<string>(), flags: {} } })),
  };
  return { server: { of: () => ({ adapter }) } as unknown as Server, adapter };
}

describe('socket sessions across a restart', () => {
  const dirs: string[] = [];
  const dir = () => {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-sessions-'));
    dirs.push(made);
    return made;
  };
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('keeps what has not expired, reads it back once, before what the new process broadcasts', () => {
    const dataDir = dir();
    const now = 1_000_000_000;
    const old = serverWith(
      [['fresh', { disconnectedAt: now - 1000 }], ['expired', { disconnectedAt: now - TWO_MINUTES - 1 }]],
      [{ id: 'p-old', emittedAt: now - TWO_MINUTES - 5 }, { id: 'p1', emittedAt: now - 500, rooms: ['class:a'] }].map((p) => ({ rooms: [], ...p })),
    );
    expect(saveSessions(old.server, dataDir, now)).toBe(1);
    expect((fs.statSync(path.join(dataDir, SESSIONS_FILE)).mode & 0o777).toString(8)).toBe('600');

    const next = serverWith([], [{ id: 'p2', emittedAt: now + 9000, rooms: ['class:a'] }]);
    expect(restoreSessions(next.server, dataDir, now + 10_000)).toBe(1);
    expect([...next.adapter.sessions.keys()]).toEqual(['fresh']);
    expect(next.adapter.sessions.get('fresh')).toMatchObject({ rooms: ['class:a', 'sid-fresh'], disconnectedAt: now - 1000 });
    expect(next.adapter.packets.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(next.adapter.packets[0]!.opts.rooms).toEqual(new Set(['class:a']));
    expect(fs.existsSync(path.join(dataDir, SESSIONS_FILE))).toBe(false);
    expect(restoreSessions(serverWith().server, dataDir, now)).toBeNull();
  });

  it('restores nothing that expired while the app was down', () => {
    const dataDir = dir();
    const now = 2_000_000_000;
    saveSessions(serverWith([['a', { disconnectedAt: now }]], [{ id: 'p1', emittedAt: now, rooms: [] }]).server, dataDir, now);
    const late = serverWith();
    expect(restoreSessions(late.server, dataDir, now + TWO_MINUTES + 1)).toBe(0);
    expect(late.adapter.sessions.size).toBe(0);
    expect(late.adapter.packets).toEqual([]);
  });

  it('does nothing with an adapter that keeps no sessions (Redis)', () => {
    const dataDir = dir();
    const redisLike = { of: () => ({ adapter: {} }) } as unknown as Server;
    expect(saveSessions(redisLike, dataDir)).toBeNull();
    expect(fs.existsSync(path.join(dataDir, SESSIONS_FILE))).toBe(false);
  });
});
