import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { KEEP_ALIVE_MS, keepConnectionsOpen } from './keep-alive.js';

/** A phone's browser: one connection, kept between requests, as Chromium keeps a used one. */
function phone(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path = '/') =>
    new Promise<{ body: string; reused: boolean }>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, agent }, (answer) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () => resolve({ body, reused: request.reusedSocket }));
      });
      request.on('error', reject);
    });
  return { get, agent };
}

describe('a phone’s connection between taps (keep-alive.ts)', () => {
  let server: http.Server;
  let port: number;
  let release: (() => void) | undefined;

  beforeEach(async () => {
    server = http.createServer((request, response) => {
      // /slow answers when the test says so: a request still in flight while the server closes.
      if (request.url === '/slow') release = () => response.end('late');
      else response.end('ok');
    });
    keepConnectionsOpen(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });

  it('keeps it open longer than a page is read, unlike Node’s 5 s', () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(KEEP_ALIVE_MS).toBeGreaterThanOrEqual(60_000);
    // Node refuses a request whose headers take longer than this, from the request's first byte, not from the idle time.
    expect(server.headersTimeout).toBe(60_000);
  });

  it('closes at once when nothing is in flight, though a phone holds a connection open', async () => {
    const { get, agent } = phone(port);
    expect(await get()).toEqual({ body: 'ok', reused: false });
    expect(await get()).toEqual({ body: 'ok', reused: true });
    let closed = false;
    server.close(() => (closed = true));
    // Well before the connection's keep-alive would run out (75 s).
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 10_000 });
    agent.destroy();
  });

  it('lets a request in flight finish as it closes, then closes its connection instead of keeping it', async () => {
    const { get, agent } = phone(port);
    await get();
    const inFlight = get('/slow');
    await vi.waitFor(() => expect(release).toBeDefined());
    let closed = false;
    server.close(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false); // its request is still being answered
    release!();
    expect(await inFlight).toEqual({ body: 'late', reused: true });
    // Node's own close would leave the connection open until its keep-alive ran out: a 75 s stop.
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 10_000 });
    agent.destroy();
  });
});
