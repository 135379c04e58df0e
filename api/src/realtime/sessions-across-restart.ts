import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'socket.io';

/**
 * socket.io's connection state recovery across a restart of a single node.
 *
 * On one node (no REDIS_URL) socket.io keeps what recovery needs in memory: each disconnected socket's session (its
 * rooms) and the packets broadcast in the last two minutes. A restart lost both, so every phone that came back loaded
 * all its pages again (issue 18: 3,000 phones at once, 15,000 reads). Now a clean stop (SIGTERM, SIGINT) writes them
 * to one file in DATA_DIR after the sockets have closed and the last request has answered, and the next start reads
 * them back before it listens: a phone that reconnects within the two minutes gets its rooms and the events it missed
 * (including those of the stop and the start) replayed, as after a Wi-Fi drop, and reads nothing again.
 * A crash writes nothing: the phones resync as before. With Redis the streams adapter keeps them there instead.
 */

/** The file, in DATA_DIR. Only this app reads it; it holds session ids, so it is written for the owner only. */
export const SESSIONS_FILE = 'socket-sessions.json';

interface PersistedPacket {
  id: string;
  emittedAt: number;
  data: unknown[];
  opts: { rooms: Set<string>; except: Set<string>; flags?: Record<string, unknown> };
}
interface Session {
  sid: string;
  pid: string;
  rooms: string[];
  data: unknown;
  disconnectedAt: number;
}
/** The in-memory adapter's state (socket.io-adapter's SessionAwareAdapter; not in its typings). */
interface SessionStore {
  sessions: Map<string, Session>;
  packets: PersistedPacket[];
  maxDisconnectionDuration: number;
}
interface SavedFile {
  version: 1;
  savedAt: number;
  sessions: Session[];
  packets: { id: string; emittedAt: number; data: unknown[]; rooms: string[]; except: string[]; flags?: Record<string, unknown> }[];
}

function storeOf(server: Server): SessionStore | null {
  const adapter = server.of('/').adapter as unknown as Partial<SessionStore>;
  if (!(adapter.sessions instanceof Map) || !Array.isArray(adapter.packets) || typeof adapter.maxDisconnectionDuration !== 'number') return null;
  return adapter as SessionStore;
}

/** Writes the sessions and packets still recoverable; returns how many sessions, or null when there is no such store. */
export function saveSessions(server: Server, dataDir: string, now = Date.now()): number | null {
  const store = storeOf(server);
  if (!store) return null;
  const threshold = now - store.maxDisconnectionDuration;
  const saved: SavedFile = {
    version: 1,
    savedAt: now,
    sessions: [...store.sessions.values()].filter((session) => session.disconnectedAt >= threshold),
    packets: store.packets
      .filter((packet) => packet.emittedAt >= threshold)
      .map((packet) => ({ id: packet.id, emittedAt: packet.emittedAt, data: packet.data, rooms: [...packet.opts.rooms], except: [...packet.opts.except], flags: packet.opts.flags })),
  };
  const file = path.join(dataDir, SESSIONS_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(saved), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
  return saved.sessions.length;
}

/**
 * Reads back what the last clean stop wrote, once (the file is removed), keeping what has not expired; returns how
 * many sessions, or null when there was nothing to read.
 */
export function restoreSessions(server: Server, dataDir: string, now = Date.now()): number | null {
  const file = path.join(dataDir, SESSIONS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  fs.rmSync(file, { force: true });
  const store = storeOf(server);
  if (!store) return null;
  const saved = JSON.parse(text) as Partial<SavedFile>;
  if (saved.version !== 1 || !Array.isArray(saved.sessions) || !Array.isArray(saved.packets)) return null;
  const threshold = now - store.maxDisconnectionDuration;
  let restored = 0;
  for (const session of saved.sessions) {
    if (session.disconnectedAt < threshold || store.sessions.has(session.pid)) continue;
    store.sessions.set(session.pid, session);
    restored++;
  }
  // Before anything this process broadcasts: a replay walks the packets in order from the client's last one.
  const packets = saved.packets
    .filter((packet) => packet.emittedAt >= threshold)
    .map((packet) => ({ id: packet.id, emittedAt: packet.emittedAt, data: packet.data, opts: { rooms: new Set(packet.rooms), except: new Set(packet.except), flags: packet.flags } }));
  store.packets.unshift(...packets);
  return restored;
}
