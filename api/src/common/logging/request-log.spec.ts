import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { requestLog, requestLogLevel, requestLogMessage, type RequestOutcome } from './request-log.js';

describe('the request log’s level and message (request-log.ts)', () => {
  it.each([
    ['/api/orders', 200, 'info'],
    ['/api/orders', 304, 'info'],
    ['/api/orders', 404, 'warn'],
    ['/api/orders', 429, 'warn'],
    ['/assets/index.js', 404, 'warn'],
    ['/api/orders', 500, 'error'],
    ['/api/orders', 503, 'error'],
    ['/assets/index.js', 200, 'debug'],
    ['/', 200, 'debug'],
  ] as const)('%s answered %i: %s', (url, statusCode, level) => {
    expect(requestLogLevel({ url, statusCode })).toBe(level);
  });

  const outcome = (fields: Partial<RequestOutcome>): RequestOutcome => ({ url: '/api/x', statusCode: 200, answered: true, aborted: false, ...fields });
  it.each([
    [outcome({}), 'request completed'],
    [outcome({ statusCode: 404 }), 'request completed'],
    [outcome({ answered: false }), 'request aborted'],
    [outcome({ aborted: true }), 'request aborted'],
    [outcome({ statusCode: 500 }), 'request errored'],
    [outcome({ statusCode: 502, answered: false }), 'request errored'],
  ])('%o: %s', (fields, message) => {
    expect(requestLogMessage(fields)).toBe(message);
  });
});

describe('one line per request on a real server (request-log.ts)', () => {
  let server: http.Server;
  let port: number;
  let lines: Record<string, unknown>[];
  let level: pino.LevelWithSilent;
  let hanging: () => void;

  beforeEach(async () => {
    lines = [];
    level = 'info';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    const log = requestLog(logger);
    server = http.createServer((request, response) => {
      logger.level = level;
      log(request, response, () => {
        if (request.url === '/api/hang') return hanging(); // answered never: the client gives up
        response.statusCode = request.url === '/api/broken' ? 500 : request.url === '/api/missing' ? 404 : 200;
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path, headers }, (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode!));
      }).on('error', reject);
    });
  const until = async (count: number) => {
    for (let waited = 0; lines.length < count; waited += 10) {
      if (waited > 10_000) throw new Error(`${lines.length} lines, expected ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('writes the request, the answer and its time, numbered, and never a header', async () => {
    await get('/api/orders?page=2', { authorization: 'Bearer secret-token' });
    await get('/api/orders');
    await until(2);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/orders?page=2' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0]!.responseTime).toBe('number');
    expect((lines[1]!.req as { id: number }).id).toBe((lines[0]!.req as { id: number }).id + 1);
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });

  it('warns of a client’s mistake and reports a server error', async () => {
    await get('/api/missing');
    await get('/api/broken');
    await until(2);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'request completed', res: { statusCode: 404 } });
    expect(lines[1]).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 500 }, err: { message: 'failed with status code 500' } });
  });

  it('writes nothing below the level, and still the errors', async () => {
    level = 'warn';
    await get('/api/orders');
    await get('/assets/app.js');
    await get('/api/broken');
    await until(1);
    await get('/api/missing');
    await until(2);
    expect(lines.map((line) => (line.res as { statusCode: number }).statusCode)).toEqual([500, 404]);
  });

  it('says a request was aborted when the client went before the answer', async () => {
    const arrived = new Promise<void>((resolve) => (hanging = resolve));
    const request = http.get({ host: '127.0.0.1', port, path: '/api/hang' });
    request.on('error', () => undefined);
    await arrived;
    request.destroy();
    await until(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request aborted', req: { url: '/api/hang' } });
  });
});
