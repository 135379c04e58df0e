// A connection that PostgreSQL ends just as it opens: "ready" and "terminating connection" (57P01) in one read.
// In a child process each, since without a listener the error ends the process (it did end a test worker, the health
// spec's, when its database was dropped under a connecting pool).
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const API = path.resolve(import.meta.dirname, '../..');

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** Answers the start-up with AuthenticationOk, ReadyForQuery and a FATAL 57P01, in one write, then hangs up. */
async function terminatingServer(): Promise<net.Server> {
  const authenticationOk = message('R', Buffer.from([0, 0, 0, 0]));
  const ready = message('Z', Buffer.from('I'));
  const fields = [['S', 'FATAL'], ['V', 'FATAL'], ['C', '57P01'], ['M', 'terminating connection due to administrator command']];
  const terminating = message('E', Buffer.concat([...fields.map(([key, value]) => Buffer.from(`${key}${value}\0`)), Buffer.from([0])]));
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(Buffer.concat([authenticationOk, ready, terminating])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Borrows a connection from a pool as TypeORM does (its listener comes a moment later), then queries it. */
function borrowAndQuery(port: number, withHook: boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `
    import pg from 'pg';
    ${withHook ? "import { LISTEN_FOR_CONNECTION_ERRORS } from './dist/database/connection-errors.js';" : ''}
    const pool = new pg.Pool({ host: '127.0.0.1', port: ${port}, user: 'x', database: 'x', ${withHook ? '...LISTEN_FOR_CONNECTION_ERRORS' : ''} });
    pool.on('error', () => undefined);
    const client = await pool.connect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.on('error', () => undefined);
    const answer = await client.query('SELECT 1').then(() => 'answered', (error) => error.message);
    client.release(true);
    await pool.end();
    console.log('QUERY: ' + answer);
  `;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: API, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('a connection ended by the server as it opens', () => {
  let server: net.Server;
  beforeAll(async () => {
    server = await terminatingServer();
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = () => (server.address() as net.AddressInfo).port;

  it('ends the process when nothing listens on the connection (what the hook prevents)', async () => {
    const run = await borrowAndQuery(port(), false);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('terminating connection due to administrator command');
  });

  it('with LISTEN_FOR_CONNECTION_ERRORS the app lives, and the borrower learns on its next query (an outage)', async () => {
    const run = await borrowAndQuery(port(), true);
    expect(run.stderr).not.toContain('terminating connection');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('QUERY: Client has encountered a connection error and is not queryable');
  });
});
