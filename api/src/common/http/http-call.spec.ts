import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCallError, httpCall } from './http-call.js';

/** A real server on a free loopback port; `handle` answers each request. Counts the connections it accepted. */
async function server(handle: http.RequestListener) {
  const connections: import('node:net').Socket[] = [];
  const srv = http.createServer(handle);
  srv.on('connection', (socket) => connections.push(socket));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return {
    url,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => resolve(text));
  });
}

describe('httpCall', () => {
  let open: Awaited<ReturnType<typeof server>> | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  it('sends the method, headers and body, and answers with the status and the whole body', async () => {
    const seen: { method?: string; type?: string; length?: string; body?: string } = {};
    open = await server(async (request, response) => {
      seen.method = request.method;
      seen.type = request.headers['content-type'];
      seen.length = request.headers['content-length'];
      seen.body = await readBody(request);
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"status_code":"201","nama":"Toko Bu Sari"}');
    });
    const body = JSON.stringify({ order_id: 'INV-1', catatan: 'tolong dibungkus rapi' });
    const answer = await httpCall(`${open.url}/v2/charge`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, timeoutMs: 5000 });
    expect(answer).toEqual({ status: 201, text: '{"status_code":"201","nama":"Toko Bu Sari"}' });
    expect(seen).toEqual({ method: 'POST', type: 'application/json', length: String(Buffer.byteLength(body)), body });
  });

  it('answers a 4xx or 5xx as an answer, not a failure', async () => {
    open = await server((_request, response) => response.writeHead(503).end('sibuk'));
    await expect(httpCall(`${open.url}/x`, { method: 'GET', timeoutMs: 5000 })).resolves.toEqual({ status: 503, text: 'sibuk' });
  });

  it('keeps the connection for the next call', async () => {
    open = await server((_request, response) => response.end('ok'));
    for (let i = 0; i < 3; i++) await httpCall(`${open.url}/x`, { method: 'GET', timeoutMs: 5000 });
    expect(open.connections).toHaveLength(1);
  });

  it('gives up after the timeout and closes the connection', async () => {
    let closed = false;
    open = await server((request) => request.socket.on('close', () => (closed = true)));
    const started = Date.now();
    await expect(httpCall(`${open.url}/x`, { method: 'GET', timeoutMs: 200 })).rejects.toThrow(new HttpCallError('no answer within 200 ms'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('fails when the connection closes before the whole answer came', async () => {
    open = await server((request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('half');
      setImmediate(() => request.socket.destroy());
    });
    // Long before the timeout: the broken connection itself is the failure.
    const failure = await httpCall(`${open.url}/x`, { method: 'GET', timeoutMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpCallError);
    expect((failure as Error).message).not.toMatch(/no answer within/);
  });

  it('refuses an answer over 1 MiB', async () => {
    open = await server((_request, response) => response.end(Buffer.alloc(1024 * 1024 + 1, 'a')));
    await expect(httpCall(`${open.url}/x`, { method: 'GET', timeoutMs: 5000 })).rejects.toThrow(/larger than/);
  });

  it('fails when nothing listens', async () => {
    open = await server((_request, response) => response.end());
    const url = open.url;
    await open.close();
    open = undefined;
    await expect(httpCall(`${url}/x`, { method: 'GET', timeoutMs: 5000 })).rejects.toThrow(/ECONNREFUSED/);
  });

  it.each([
    ['not a URL', 'gateway', /not a URL/],
    ['another scheme', 'ftp://gateway/x', /not an http\(s\) URL/],
  ])('refuses %s before sending anything', async (_case, url, message) => {
    await expect(httpCall(url, { method: 'GET', timeoutMs: 5000 })).rejects.toThrow(message);
  });
});
