// The network between a trainee's phone and the laptop, for the measuring scripts: a TCP proxy in front of the app
// that counts every byte each way (HTTP headers and bodies, the socket's WebSocket frames) by request, counts the
// connections the phone opens, and, when given a round-trip time, delays the bytes as a mobile network does.
//
// Why a proxy: Chromium's network emulation (Network.emulateNetworkConditions) adds its latency to each request, not
// to each connection, so a phone that must open a new TCP connection pays nothing for it there. Here a new
// connection's first bytes wait one round trip (the TCP handshake: SYN out, SYN-ACK back) before they leave, and every
// byte then takes half a round trip each way. The kernel cannot do it here (no netem on this machine's kernel). A test
// can also lose everything the app sends for a while (`answersLost`), as a link that drops mid-request does, or all
// of each HTTP answer but its headers (`answersStallAfterHeaders`), as one that drops mid-answer does.
// Not modelled: loss, TCP's slow start (the answers here fit in its first window), the radio waking up.
import net from 'node:net';

export interface Tally {
  count: number;
  up: number;
  down: number;
}

interface Pending {
  at: number;
  chunk: Buffer | 'end';
}

/** Bytes one way, each sent at its time, in order; 'end' ends the other side once what came before it is sent. */
class DelayedPipe {
  private readonly queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastAt = 0;
  private ended = false;

  constructor(private readonly to: net.Socket) {}

  push(chunk: Buffer | 'end', at: number): void {
    if (this.ended) return;
    if (chunk === 'end') this.ended = true;
    // Never before what was pushed earlier: a TCP stream keeps its order.
    this.lastAt = Math.max(this.lastAt, at);
    this.queue.push({ at: this.lastAt, chunk });
    // A timer already set is for the head of the queue, which is due no later than this.
    if (!this.timer) this.pump();
  }

  private pump = (): void => {
    this.timer = undefined;
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.at <= now) {
      const { chunk } = this.queue.shift()!;
      if (this.to.destroyed) return;
      if (chunk === 'end') this.to.end();
      else this.to.write(chunk);
    }
    if (this.queue.length > 0 && !this.timer) this.timer = setTimeout(this.pump, this.queue[0]!.at - now);
  };
}

export class PhoneNetwork {
  /** What the bytes are counted under now; nothing is counted while undefined. */
  phase: string | undefined;
  readonly tallies = new Map<string, Map<string, Tally>>();
  /** While true, what the app sends never reaches the phone (the link dropped on the way back); her requests still go. */
  answersLost = false;
  /**
   * While true, each HTTP answer's status line and headers reach the phone and nothing after them (the link dropped
   * mid-answer): the body never comes, and the connection ends only when the app closes it (idle for 75 s). A
   * WebSocket's frames still pass.
   */
  answersStallAfterHeaders = false;
  /** TCP connections the phone opened, by phase. */
  readonly connections = new Map<string, number>();
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  /** @param rttMs the round trip added to every exchange, and once more to open each connection; 0 for none. */
  constructor(private readonly rttMs = 0) {}

  private tally(name: string): Tally {
    let phase = this.tallies.get(this.phase!);
    if (!phase) this.tallies.set(this.phase!, (phase = new Map()));
    let t = phase.get(name);
    if (!t) phase.set(name, (t = { count: 0, up: 0, down: 0 }));
    return t;
  }

  /** Listens on loopback in front of the app at `target`; returns the port the phone connects to. */
  async listen(target: number): Promise<number> {
    this.server = net.createServer((client) => {
      const acceptedAt = performance.now();
      if (this.phase) this.connections.set(this.phase, (this.connections.get(this.phase) ?? 0) + 1);
      const upstream = net.connect(target, '127.0.0.1');
      client.setNoDelay(true);
      upstream.setNoDelay(true);
      this.sockets.add(client).add(upstream);
      const half = this.rttMs / 2;
      // The handshake's round trip before the first byte can leave the phone.
      const open = acceptedAt + this.rttMs;
      const up = new DelayedPipe(upstream);
      const down = new DelayedPipe(client);
      let current = 'connection';
      let websocket = false;
      // Of the answer to the latest request: whether its headers have all passed, and the last bytes seen of them
      // (their blank line may be split between two chunks).
      let headersPassed = false;
      let headersTail = '';
      client.on('data', (chunk: Buffer) => {
        const line = websocket ? null : /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.1\r\n/.exec(chunk.subarray(0, 2048).toString('latin1'));
        if (line) {
          headersPassed = false;
          headersTail = '';
          websocket = /\r\nupgrade: websocket\r\n/i.test(chunk.toString('latin1'));
          current = websocket ? 'WebSocket (socket.io)' : `${line[1]} ${requestName(line[2]!)}`;
          if (this.phase) this.tally(current).count++;
        }
        if (this.phase) this.tally(current).up += chunk.length;
        up.push(chunk, Math.max(performance.now(), open) + half);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (this.answersLost) return;
        if (this.answersStallAfterHeaders && !websocket) {
          if (headersPassed) return;
          const seen = headersTail + chunk.toString('latin1');
          const end = seen.indexOf('\r\n\r\n');
          if (end === -1) headersTail = seen.slice(-3);
          else {
            headersPassed = true;
            chunk = chunk.subarray(0, end + 4 - headersTail.length);
          }
        }
        if (this.phase) this.tally(current).down += chunk.length;
        down.push(chunk, performance.now() + half);
      });
      // A side that ends or closes (the app closing an idle connection, the phone leaving) ends the other half a trip
      // later, once what was already on its way has arrived.
      const endUp = () => up.push('end', performance.now() + half);
      const endDown = () => down.push('end', performance.now() + half);
      client.on('end', endUp).on('close', endUp).on('error', endUp);
      upstream.on('end', endDown).on('close', endDown).on('error', endDown);
      client.on('close', () => this.sockets.delete(client));
      upstream.on('close', () => this.sockets.delete(upstream));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server!.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A request's path with ids and query values folded, so that like requests add up. */
export function requestName(url: string): string {
  return url
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/=[^&]*/g, '=…')
    .replace(/\/assets\/.*/, '/assets/…');
}
