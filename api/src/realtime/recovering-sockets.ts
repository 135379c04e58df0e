import type { Namespace, Socket } from 'socket.io';

/**
 * A phone that reconnects after a drop (or a restart) and recovers its session must not miss what is broadcast to
 * its rooms while it is being let in.
 *
 * socket.io recovers a connection in three steps: the adapter's `restoreSession` takes the packets missed so far
 * (a snapshot), the new socket joins the session's rooms, and, once the middlewares have run, the namespace adds the
 * socket to its sockets. Our middleware checks the token again (a database lookup), so between the snapshot and the
 * last step there can be tens of milliseconds, seconds when 3,000 phones come back at once. A broadcast in that
 * window is in no snapshot, and the adapter skips a room member the namespace does not hold yet: the phone never gets
 * it, and since it recovered, its page does not load again. The restart bench (3,000 phones, 100 payments settled as
 * they came back) lost one `order.paid` that way; a phone on a weak signal that drops and comes back meets the same
 * window.
 *
 * So, for each session being restored, everything the adapter applies to its rooms from the snapshot on is kept, and
 * done to the socket the moment the namespace adds it (on `connection`, before any other listener): the packets in
 * the order they were broadcast, after the snapshot's, before anything later. That holds for room changes and
 * disconnections too (a `socketsLeave`, a logout's `disconnectSockets`). With the Redis streams adapter the snapshot is
 * read from Redis while broadcasts go on, so a packet may come twice; a page takes an event twice as it takes it once.
 *
 * A session whose socket is never added (its token was refused, its connection closed first) is forgotten after
 * {@link KEPT_FOR_MS}: socket.io closes a connection that has not joined the namespace by then anyway.
 *
 * The snapshot's packets wait too. socket.io writes them to the connection as it builds the socket, before the
 * middlewares run: a phone whose token was revoked while it was away (moved to another phone, removed from the class)
 * would receive what its rooms heard meanwhile, and only then be refused. Here the adapter hands socket.io a session
 * with no missed packets, and they are sent on `connection`, first, so only a phone let in gets them, in the same order
 * as before. The client takes them as live events after its `connect` rather than before it, which the pages handle
 * alike. A logout keeps no session to recover: its sockets are disconnected with a reason socket.io does not recover
 * from.
 */
export const KEPT_FOR_MS = 45_000;

/** What the adapter was asked to do: to whom (`rooms`, none meaning everyone, minus `except`), and the doing. */
interface Applied {
  opts: { rooms: Set<string>; except?: Set<string> };
  callback: (socket: Socket) => void;
}

interface Restoring {
  startedAt: number;
  /** Known once the session is read: its socket's id and rooms, and the snapshot of what it missed. */
  sid?: string;
  rooms?: string[];
  missed: unknown[][];
  kept: Applied[];
}

/**
 * Pure: whether a broadcast to `opts` reaches a socket whose rooms are `rooms` (the socket's own id among them), as
 * the adapter decides it for a socket it holds.
 */
export function reaches(opts: Applied['opts'], rooms: readonly string[]): boolean {
  const included = opts.rooms.size === 0 || rooms.some((room) => opts.rooms.has(room));
  const excluded = opts.except !== undefined && rooms.some((room) => opts.except!.has(room));
  return included && !excluded;
}

interface RestoredSession {
  sid: string;
  rooms: string[];
  /** Each an event packet's data: the event's name, its arguments and its offset. */
  missedPackets: unknown[][];
}

interface RecoveringAdapter {
  restoreSession(pid: string, offset: string): Promise<RestoredSession | null> | null;
  apply(opts: Applied['opts'], callback: Applied['callback']): void;
}

/** Installs the keeping on a namespace's adapter; call again after the adapter is replaced. */
export function keepBroadcastsForRecoveringSockets(nsp: Namespace, now: () => number = Date.now): void {
  const adapter = nsp.adapter as unknown as RecoveringAdapter;
  const restoring = new Set<Restoring>();
  const bySid = new Map<string, Restoring>();
  const forget = (entry: Restoring) => {
    restoring.delete(entry);
    if (entry.sid !== undefined && bySid.get(entry.sid) === entry) bySid.delete(entry.sid);
  };

  const restoreSession = adapter.restoreSession.bind(adapter);
  adapter.restoreSession = async (pid, offset) => {
    const entry: Restoring = { startedAt: now(), missed: [], kept: [] };
    restoring.add(entry);
    let session: Awaited<ReturnType<RecoveringAdapter['restoreSession']>>;
    try {
      session = await restoreSession(pid, offset);
    } catch (error) {
      forget(entry);
      throw error;
    }
    if (!session) {
      forget(entry);
      return session;
    }
    entry.sid = session.sid;
    entry.rooms = session.rooms;
    entry.missed = session.missedPackets;
    entry.kept = entry.kept.filter(({ opts }) => reaches(opts, session.rooms));
    bySid.set(session.sid, entry);
    return { ...session, missedPackets: [] };
  };

  const apply = adapter.apply.bind(adapter);
  adapter.apply = (opts, callback) => {
    apply(opts, callback);
    if (restoring.size === 0) return;
    const at = now();
    for (const entry of restoring) {
      if (at - entry.startedAt > KEPT_FOR_MS) forget(entry);
      else if (entry.rooms === undefined) entry.kept.push({ opts, callback });
      else if (!nsp.sockets.has(entry.sid!) && reaches(opts, entry.rooms)) entry.kept.push({ opts, callback });
    }
  };

  // Registered before the gateway's own listener: the namespace adds the socket and emits this in one synchronous
  // step, so nothing is broadcast between the last kept packet and the first live one.
  nsp.on('connection', (socket: Socket) => {
    const entry = bySid.get(socket.id);
    if (!entry) return;
    forget(entry);
    const send = socket.emit.bind(socket) as (...data: unknown[]) => boolean;
    for (const data of entry.missed) send(...data);
    for (const { callback } of entry.kept) callback(socket);
  });
}
