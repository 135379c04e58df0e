import { EventEmitter } from 'node:events';
import type { Namespace, Socket } from 'socket.io';
import { KEPT_FOR_MS, keepBroadcastsForRecoveringSockets, reaches } from './recovering-sockets.js';

describe('reaches: a broadcast and a socket’s rooms, as the adapter decides', () => {
  const rooms = ['sid-1', 'class:a', 'shop:s'];
  it.each([
    ['to one of its rooms', { rooms: new Set(['shop:s']) }, true],
    ['to its own id', { rooms: new Set(['sid-1']) }, true],
    ['to rooms it is not in', { rooms: new Set(['class:b']) }, false],
    ['to everyone', { rooms: new Set<string>() }, true],
    ['to its room, except one of its rooms', { rooms: new Set(['class:a']), except: new Set(['shop:s']) }, false],
    ['to its room, except another room', { rooms: new Set(['class:a']), except: new Set(['shop:t']) }, true],
  ])('%s', (_name, opts, expected) => {
    expect(reaches(opts, rooms)).toBe(expected);
  });
});

interface FakeSession {
  sid: string;
  rooms: string[];
  missedPackets: unknown[][];
}

/** The adapter's part socket.io's namespace uses: a session restore, and apply to the sockets the namespace holds. */
function fakeNamespace() {
  const nsp = new EventEmitter() as EventEmitter & { sockets: Map<string, Socket>; adapter: unknown };
  nsp.sockets = new Map();
  /** The rooms of each socket, the namespace's or not yet (a recovered socket joins its rooms before it is added). */
  const roomsOf = new Map<string, string[]>();
  let finishRestore!: (session: FakeSession | null) => void;
  const adapter = {
    restoreSession: (_pid: string, _offset: string) => new Promise<FakeSession | null>((resolve) => (finishRestore = resolve)),
    apply: (opts: { rooms: Set<string> }, callback: (socket: Socket) => void) => {
      for (const socket of nsp.sockets.values()) if (reaches(opts, roomsOf.get(socket.id) ?? [socket.id])) callback(socket);
    },
  };
  nsp.adapter = adapter;
  const finish = (session: FakeSession | null) => {
    if (session) roomsOf.set(session.sid, session.rooms);
    finishRestore(session);
  };
  return { nsp, adapter, finishRestore: finish };
}

describe('keepBroadcastsForRecoveringSockets', () => {
  let clock = 0;
  const now = () => clock;
  let done: string[] = [];
  /** A socket whose emits (the snapshot's packets, sent once it is let in) are written down as done. */
  const socket = (id: string) => ({ id, emit: (name: string, payload: { n: string }) => done.push(`${name} ${payload.n} → ${id}`) }) as unknown as Socket;
  const missed = (n: string, offset: string) => ['event', { n }, offset];

  beforeEach(() => {
    clock = 1_000;
    done = [];
  });

  it('sends a recovering socket, once it is added, what it missed and then what reached its rooms while it was let in, in order', async () => {
    const { nsp, adapter, finishRestore } = fakeNamespace();
    keepBroadcastsForRecoveringSockets(nsp as unknown as Namespace, now);
    const restoring = adapter.restoreSession('pid', 'offset');
    adapter.apply({ rooms: new Set(['class:a']) }, (s) => done.push(`before the session was read → ${s.id}`));
    finishRestore({ sid: 'sid-1', rooms: ['sid-1', 'class:a'], missedPackets: [missed('first', 'o1'), missed('second', 'o2')] });
    // socket.io writes a session's missed packets as it builds the socket, before the token is checked: it gets none.
    expect(await restoring).toEqual({ sid: 'sid-1', rooms: ['sid-1', 'class:a'], missedPackets: [] });
    adapter.apply({ rooms: new Set(['class:b']) }, (s) => done.push(`another class → ${s.id}`));
    adapter.apply({ rooms: new Set(['sid-1']) }, (s) => done.push(`while its token is checked → ${s.id}`));
    expect(done).toEqual([]);

    nsp.sockets.set('sid-1', socket('sid-1'));
    nsp.emit('connection', socket('sid-1'));
    const letIn = ['event first → sid-1', 'event second → sid-1', 'before the session was read → sid-1', 'while its token is checked → sid-1'];
    expect(done).toEqual(letIn);

    // Added: it hears live, and nothing is done twice.
    adapter.apply({ rooms: new Set(['class:a']) }, (s) => done.push(`live → ${s.id}`));
    nsp.emit('connection', socket('sid-1'));
    expect(done).toEqual([...letIn, 'live → sid-1']);
  });

  it('keeps nothing for a session that could not be restored, or whose socket never came', async () => {
    const { nsp, adapter, finishRestore } = fakeNamespace();
    keepBroadcastsForRecoveringSockets(nsp as unknown as Namespace, now);
    const gone = adapter.restoreSession('expired', 'offset');
    finishRestore(null);
    expect(await gone).toBeNull();

    const refused = adapter.restoreSession('pid', 'offset');
    finishRestore({ sid: 'sid-2', rooms: ['sid-2', 'class:a'], missedPackets: [missed('while away', 'o1')] });
    expect((await refused)?.missedPackets).toEqual([]);
    clock += KEPT_FOR_MS + 1;
    adapter.apply({ rooms: new Set(['class:a']) }, (s) => done.push(`late → ${s.id}`));
    nsp.sockets.set('sid-2', socket('sid-2'));
    nsp.emit('connection', socket('sid-2'));
    expect(done).toEqual([]);
  });
});
