// socket.io-client stand-in for component tests (see setup.ts): no network; the test plays the server.
type Listener = (...args: unknown[]) => void;

export class FakeSocket {
  static instances: FakeSocket[] = [];

  connected = false;
  recovered = false;
  active = true;
  readonly emitted: { event: string; args: unknown[] }[] = [];
  /** How the fake server answers `class:watch`. */
  watchAck: unknown = { ok: true };
  /** How the fake server answers `room:join`. */
  roomAck: unknown = { ok: true };
  /** How the fake server answers `sync:since` (by default it cannot say: the page loads again). */
  syncAck: unknown = { ok: true, missed: true };
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(readonly options: unknown) {
    FakeSocket.instances.push(this);
  }

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, ...args: unknown[]) {
    this.emitted.push({ event, args });
    const ack = args.at(-1);
    if (event === 'class:watch' && typeof ack === 'function') queueMicrotask(() => ack(this.watchAck));
    return this;
  }

  /** socket.io's promise-returning emit: `room:join` is answered with `roomAck`. */
  emitWithAck(event: string, ...args: unknown[]): Promise<unknown> {
    this.emitted.push({ event, args });
    return Promise.resolve(event === 'room:join' ? this.roomAck : event === 'sync:since' ? this.syncAck : { ok: true });
  }

  /** socket.io's `socket.timeout(ms).emitWithAck(…)`: the fake answers at once. */
  timeout(_ms: number) {
    return this;
  }

  /** Rooms the page asked to join, in order. */
  joinedRooms(): string[] {
    return this.emitted.filter((e) => e.event === 'room:join').map((e) => (e.args[0] as { room: string }).room);
  }

  connect() {
    return this;
  }

  disconnect() {
    this.connected = false;
    this.active = false;
    return this;
  }

  /** The server accepted the connection (`recovered`: it replayed what was missed). */
  serverConnect({ recovered = false } = {}) {
    this.connected = true;
    this.recovered = recovered;
    this.fire('connect');
  }

  serverDisconnect() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** The server sends an 'event' message. */
  serverEvent(event: unknown) {
    this.fire('event', event);
  }

  private fire(event: string, ...args: unknown[]) {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
}

export function lastSocket(): FakeSocket | undefined {
  return FakeSocket.instances.at(-1);
}
