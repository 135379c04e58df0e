// `npm run test:docker`: both compose files on a real Docker engine. Each proof is printed as "PROOF: …".
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcess } from '../support/app-process.js';
import { until } from '../support/e2e.js';
import { placeOrder, postPalmSugar, WORKSHOP_CLASS, type PlacedOrder } from '../support/workshop.js';
import { REPO_ROOT } from '../support/paths.js';
import { buildKitCommand, composeCommand, ensureEngine, must, run, type Engine } from './engine.js';

const IMAGE = 'pasar-latihan:latest';
const NODE_IMAGE = process.env.NODE_IMAGE ?? 'node:22-bookworm-slim';
const proof = (text: string) => console.log(`\x1b[1;32mPROOF:\x1b[0m ${text}`);
const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

/** The README's compose backup and restore commands (section "Docker Compose"), argument for argument. */
const BACKUP_IN_APP = ['exec', '-T', 'app', 'node', 'api/dist/backup/backup-cli.js', '--out', '-'];
const RESTORE_BESIDE_APP = ['run', '--rm', '-T', '--no-deps', 'app', 'node', 'api/dist/backup/restore-cli.js', '-'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '0.0.0.0', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** This host's LAN address, as a phone or a browser on another machine reaches it (not a Docker bridge). */
function hostAddress(): string {
  const found = Object.entries(os.networkInterfaces())
    .filter(([name]) => !/^(docker|br-|veth|virbr|lo)/.test(name))
    .flatMap(([, nets]) => nets ?? [])
    .find((net) => net.family === 'IPv4' && !net.internal);
  if (!found) throw new Error('this host has no non-loopback IPv4 address to reach the published port at');
  return found.address;
}

async function json<T>(url: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<{ status: number; body: T }> {
  const request = () =>
    fetch(url, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  // A GET that meets a kept-alive connection closed just then (see photoSha256) is tried once more; a POST is not.
  const res = await request().catch((error: unknown) => {
    if ((init.method ?? 'GET') !== 'GET') throw error;
    return request();
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/**
 * The photo's bytes, hashed. A request on a kept-alive connection that the server (or docker-proxy) closes just
 * then fails with "other side closed" on a busy machine: a GET is tried again on a new connection.
 */
async function photoSha256(url: string): Promise<string> {
  const { status, hash } = await until(
    `GET ${url}`,
    () =>
      fetch(url).then(
        async (res) => ({ status: res.status, hash: sha256(await res.arrayBuffer()) }),
        (error: unknown) => ({ status: 0, hash: String(error instanceof Error ? (error.cause ?? error) : error) }),
      ),
    (read) => read.status !== 0,
    60_000,
  );
  expect(status, url).toBe(200);
  return hash;
}

class Stack {
  private readonly compose = composeCommand();
  constructor(
    readonly project: string,
    readonly files: string[],
    readonly env: Record<string, string>,
  ) {}

  private argv(args: string[]): string[] {
    return [...this.compose.args, '-p', this.project, ...this.files.flatMap((f) => ['-f', f]), ...args];
  }

  run(...args: string[]) {
    return must(this.compose.command, this.argv(args), { cwd: REPO_ROOT, env: this.env });
  }

  tryRun(...args: string[]) {
    return run(this.compose.command, this.argv(args), { cwd: REPO_ROOT, env: this.env });
  }

  /** `docker compose <args> > file`, as a shell redirect does it: the command's stdout (binary) goes to a host file. */
  toFile(file: string, ...args: string[]): { status: number | null; stderr: string } {
    const fd = fs.openSync(file, 'w');
    try {
      const result = run(this.compose.command, this.argv(args), { cwd: REPO_ROOT, env: this.env, stdio: ['ignore', fd, 'pipe'] });
      return { status: result.status, stderr: result.stderr ?? '' };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** `docker compose <args> < file`: a host file is the command's stdin. */
  fromFile(file: string, ...args: string[]): { status: number | null; output: string } {
    const fd = fs.openSync(file, 'r');
    try {
      const result = run(this.compose.command, this.argv(args), { cwd: REPO_ROOT, env: this.env, stdio: [fd, 'pipe', 'pipe'] });
      return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Waits for the container's healthcheck. Under load a check may time out a few times in a row, so Docker flags
   * a slow but working app `unhealthy` for a moment: only a container unhealthy for a minute on end fails here.
   */
  async healthy(service: string, timeoutMs = 240_000): Promise<void> {
    const id = this.run('ps', '-q', service).trim();
    expect(id, `${service} has a container`).not.toBe('');
    let unhealthySince: number | undefined;
    await until(
      `${service} healthy`,
      async () => must('docker', ['inspect', '--format', '{{.State.Health.Status}}', id]).trim(),
      (status) => {
        unhealthySince = status === 'unhealthy' ? (unhealthySince ?? Date.now()) : undefined;
        if (unhealthySince !== undefined && Date.now() - unhealthySince > 60_000) {
          throw new Error(`${service} has been unhealthy for a minute:\n${this.tryRun('logs', '--tail', '80', service).stdout}`);
        }
        return status === 'healthy';
      },
      timeoutMs,
    );
  }

  psql(sql: string): string {
    return this.run('exec', '-T', 'postgres', 'psql', '-U', 'pasar', '-d', 'pasar_latihan', '-Atc', sql).trim();
  }

  /** The first-start admin password, as `docker compose logs app` shows it. */
  adminFromLogs(service = 'app'): { email: string; password: string } {
    const logs = this.run('logs', '--no-color', service);
    const email = /email:\s+(\S+)/.exec(logs)?.[1];
    const password = /password:\s+(\S+)/.exec(logs)?.[1];
    if (!email || !password) throw new Error(`no first-start admin in the logs of ${service}:\n${logs.slice(-3000)}`);
    return { email, password };
  }

  down(volumes = false) {
    this.tryRun('down', '--remove-orphans', ...(volumes ? ['-v'] : []));
  }

  volumes(): string[] {
    return must('docker', ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${this.project}`]).trim().split('\n').filter(Boolean);
  }
}

let engine: Engine | undefined;

const noEngineReason = (() => {
  if (process.env.SKIP_DOCKER_TEST === '1') return 'SKIP_DOCKER_TEST=1';
  return undefined;
})();

describe.skipIf(Boolean(noEngineReason))('Docker Compose on a real engine', () => {
  let skipped: string | undefined;

  beforeAll(async () => {
    engine = await ensureEngine();
    if (!engine.available) {
      skipped = engine.why;
      console.warn(`\n\x1b[1;31m*** test:docker SKIPPED: ${engine.why} ***\x1b[0m\n`);
      return;
    }
    const t0 = Date.now();
    // Stand-ins for images that cannot be pulled (the script says so loudly, and keeps what exists).
    must('bash', [path.join(REPO_ROOT, 'test/docker/standins.sh'), NODE_IMAGE.split(':')[1]!.split('-')[0]!], {
      env: { STANDINS_TRY_PULL: process.env.STANDINS_TRY_PULL ?? '1' },
      timeoutMs: 1_800_000,
    });
    console.log(`[docker] base images ready in ${Math.round((Date.now() - t0) / 1000)} s`);
    const t1 = Date.now();
    const build = buildKitCommand();
    const ca = process.env.NODE_EXTRA_CA_CERTS;
    must(
      build.command,
      [...build.args, '-f', 'docker/Dockerfile', '--build-arg', `NODE_IMAGE=${NODE_IMAGE}`, ...(ca ? ['--secret', `id=npm_ca,src=${ca}`] : []), '-t', IMAGE, '.'],
      { cwd: REPO_ROOT, env: { DOCKER_BUILDKIT: '1' }, timeoutMs: 1_800_000 },
    );
    console.log(`[docker] image ${IMAGE} built in ${Math.round((Date.now() - t1) / 1000)} s`);
  });

  afterAll(async () => {
    await engine?.stop();
  });

  it('the image: non-root, a healthcheck, no compiler, no npm CA in any layer', () => {
    if (skipped) return;
    const inspect = JSON.parse(must('docker', ['image', 'inspect', IMAGE]))[0];
    expect(inspect.Config.User).toBe('node');
    expect(inspect.Config.Healthcheck.Test.join(' ')).toMatch(/api\/health/);
    const inside = must('docker', ['run', '--rm', '--entrypoint', 'sh', IMAGE, '-c', 'id -u; node --version; for c in gcc g++ make python3; do command -v $c || true; done; ls /run/secrets 2>/dev/null | wc -l; touch /app/data/w && echo writable']);
    const [uid, nodeVersion, ...rest] = inside.trim().split('\n');
    expect(uid).not.toBe('0');
    expect(nodeVersion).toMatch(/^v(22|24)\./);
    expect(rest).toEqual(['0', 'writable']);
    const history = must('docker', ['history', '--no-trunc', '--format', '{{.CreatedBy}}', IMAGE]);
    expect(history).not.toMatch(/BEGIN CERTIFICATE|NODE_EXTRA_CA_CERTS=\/etc/);
    proof(`image ${IMAGE}: user node (uid ${uid}), Node ${nodeVersion}, healthcheck on /api/health, no gcc/g++/make/python3, /app/data writable, no CA in its history`);
  });

  it('single node (docker-compose.yml): healthy; the join URL is the address the browser used; a trainee posts a product with a photo; down/up keeps class, photo and ledger; down -v removes them; the compose backup restores them into an empty stack', async () => {
    if (skipped) return;
    const port = await freePort();
    const stack = new Stack('pasar-dockertest-single', ['docker-compose.yml'], { PASAR_PORT: String(port), NODE_IMAGE, POSTGRES_PASSWORD: 'uji-docker-rahasia' });
    let archiveDir: string | undefined;
    stack.down(true);
    try {
      stack.run('up', '-d', '--no-build');
      await stack.healthy('postgres');
      await stack.healthy('app');
      const host = hostAddress();
      const base = `http://${host}:${port}`;
      proof(`single node: postgres and app healthy; app answers at ${base}`);
      // The compose file's setting reaches the server (a stand-in image that dropped the command's flags would not).
      expect(stack.psql('SHOW autovacuum_naptime')).toBe('5s');
      proof('postgres runs with the compose file\'s autovacuum_naptime=5s (a new class\'s tables get statistics within seconds)');

      const admin = stack.adminFromLogs();
      proof(`the first-start admin password is in \`docker compose logs app\` (${admin.email})`);
      const login = await json<{ token: string }>(`${base}/api/auth/login`, { method: 'POST', body: admin });
      expect(login.status).toBe(200);
      const token = login.body.token;
      const created = await json<{ id: string; joinCode: string }>(`${base}/api/classes`, { method: 'POST', body: WORKSHOP_CLASS, token });
      expect(created.status).toBe(201);
      const classId = created.body.id;

      const atLan = await json<{ joinUrl: string; joinUrlSure: boolean }>(`${base}/api/classes/${classId}`, { token });
      expect(atLan.body.joinUrl).toBe(`${base}/gabung/${created.body.joinCode}`);
      expect(atLan.body.joinUrlSure).toBe(true);
      proof(`a browser that reached the app at ${base} gets the join URL ${atLan.body.joinUrl}`);
      const atLocalhost = await json<{ joinUrl: string; joinUrlSure: boolean; joinBaseChoices: string[] }>(`http://127.0.0.1:${port}/api/classes/${classId}`, { token });
      expect(atLocalhost.body.joinUrl).not.toMatch(/\/\/172\.|\/\/10\.|\/\/192\.168\./);
      expect(atLocalhost.body.joinUrlSure).toBe(false);
      expect(atLocalhost.body.joinBaseChoices).toEqual([]);
      proof(`opened as 127.0.0.1 the container never offers its bridge address: ${atLocalhost.body.joinUrl}, marked not sure (the projector asks)`);

      const app: AppProcess = { url: base } as AppProcess;
      const trainee = await json<{ token: string; shop: { id: string } }>(`${base}/api/join`, {
        method: 'POST',
        body: { code: created.body.joinCode, displayName: 'Bu Siti Docker' },
      });
      expect(trainee.status).toBe(201);
      const product = (await postPalmSugar(app, trainee.body.token)) as { id: string; photos?: { urls: { full: string } }[] };
      const detail = await json<{ photos: { urls: { full: string } }[] }>(`${base}/api/products/${product.id}`, { token: trainee.body.token });
      const photoUrl = `${base}${(product.photos ?? detail.body.photos)[0]!.urls.full}`;
      const photo = await fetch(photoUrl);
      expect(photo.status).toBe(200);
      proof(`a trainee joined and posted a product with a photo (${photoUrl}, ${photo.headers.get('content-type')})`);

      const buyer = await json<{ token: string }>(`${base}/api/join`, { method: 'POST', body: { code: created.body.joinCode, displayName: 'Bu Rahma', role: 'buyer' } });
      const order: PlacedOrder = await placeOrder(app, buyer.body.token, { productId: product.id, shopId: trainee.body.shop.id });
      await json(`${base}/api/simulator/payer/pay`, { method: 'POST', body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total } });
      await until('PAID', async () => (await json<{ state: string }>(`${base}/api/orders/${order.id}`, { token: buyer.body.token })).body.state, (s) => s === 'PAID', 60_000);
      const ledger = () => stack.psql(`SELECT count(*) || ' ' || COALESCE(sum(amount), 0) FROM journal_line`);
      const ledgerBefore = ledger();
      expect(ledgerBefore).toMatch(/^[1-9]\d* 0$/);
      proof(`an order was paid: the ledger has ${ledgerBefore.split(' ')[0]} journal lines summing to 0`);

      stack.run('down');
      stack.run('up', '-d', '--no-build');
      await stack.healthy('app');
      expect((await json(`${base}/api/classes/${classId}`, { token })).status).toBe(200);
      expect((await fetch(photoUrl)).status).toBe(200);
      expect(ledger()).toBe(ledgerBefore);
      proof('after `down` and `up`: the class, the photo and the ledger are all still there');

      // The README's compose backup, on the running stack: the archive lands on the host through stdout.
      const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
      expect(readme).toContain(`docker compose ${BACKUP_IN_APP.join(' ')} > pasar-latihan.tar.gz`);
      expect(readme).toContain(`docker compose ${RESTORE_BESIDE_APP.join(' ')} < pasar-latihan.tar.gz`);
      const ledgerRows = () => stack.psql(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM journal_line t`);
      const orderState = async () => (await json<{ state: string }>(`${base}/api/orders/${order.id}`, { token: buyer.body.token })).body.state;
      const photoHash = await photoSha256(photoUrl);
      const [ledgerMd5, stateAtBackup] = [ledgerRows(), await orderState()];
      archiveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pasar-compose-backup-'));
      const archive = path.join(archiveDir, 'pasar-latihan.tar.gz');
      const t0 = Date.now();
      const backup = stack.toFile(archive, ...BACKUP_IN_APP);
      expect(backup.status, backup.stderr).toBe(0);
      const backupSeconds = ((Date.now() - t0) / 1000).toFixed(1);
      const entries = must('tar', ['tzf', archive]).trim().split('\n');
      expect(entries[0]).toBe('pasar-latihan-backup.json');
      expect(entries).toEqual(expect.arrayContaining(['db/training_class.jsonl', 'db/orders.jsonl', 'db/journal_line.jsonl']));
      const manifest = JSON.parse(must('tar', ['xzOf', archive, 'pasar-latihan-backup.json'])) as { postgresVersion: string; media: { files: number } };
      const mediaEntries = entries.filter((entry) => entry.startsWith('media/'));
      expect(mediaEntries.length).toBe(manifest.media.files);
      expect(mediaEntries.length).toBeGreaterThan(0);
      expect(ledgerRows()).toBe(ledgerMd5);
      proof(
        `\`docker compose ${BACKUP_IN_APP.join(' ')} > pasar-latihan.tar.gz\` on the running stack: ${fs.statSync(archive).size} bytes in ${backupSeconds} s, ` +
          `${entries.length} entries (manifest first, ${entries.filter((e) => e.startsWith('db/')).length} tables, ${mediaEntries.length} media files), ` +
          `read from PostgreSQL ${manifest.postgresVersion} over the app's connection`,
      );

      stack.run('down', '-v');
      expect(stack.volumes()).toEqual([]);
      stack.run('up', '-d', '--no-build');
      await stack.healthy('app');
      expect((await json(`${base}/api/classes/${classId}`, { token })).status).toBe(401);
      expect((await fetch(photoUrl)).status).toBe(404);
      expect(stack.psql(`SELECT count(*) FROM training_class WHERE id = '${classId}'`)).toBe('0');
      proof('after `down -v` and `up`: the old session, class, photo and ledger are gone (a fresh first start)');

      // Restoring into a stack whose app runs is refused before anything is touched.
      const refused = stack.fromFile(archive, 'exec', '-T', 'app', 'node', 'api/dist/backup/restore-cli.js', '-');
      expect(refused.status, refused.output).toBe(3);
      expect(refused.output).toMatch(/restore refused: APP_RUNNING/);
      expect(stack.psql(`SELECT count(*) FROM training_class WHERE id = '${classId}'`)).toBe('0');
      proof(`a restore into the running stack is refused (exit 3, ${/APP_RUNNING[^\n]*/.exec(refused.output)![0].slice(0, 80)}…)`);

      // The README's compose restore: an empty stack (`down -v`), its database alone, the restore beside it, then the app.
      stack.run('down', '-v');
      expect(stack.volumes()).toEqual([]);
      stack.run('up', '-d', '--no-build', 'postgres');
      await stack.healthy('postgres');
      const t1 = Date.now();
      const restore = stack.fromFile(archive, ...RESTORE_BESIDE_APP);
      expect(restore.status, restore.output).toBe(0);
      const restoreSeconds = ((Date.now() - t1) / 1000).toFixed(1);
      const restored = /restored (\d+) rows and (\d+) media files/.exec(restore.output);
      expect(restored, restore.output).not.toBeNull();
      expect(Number(restored![2])).toBe(mediaEntries.length);
      stack.run('up', '-d', '--no-build');
      await stack.healthy('app');
      expect((await json(`${base}/api/classes/${classId}`, { token })).status).toBe(200);
      expect((await json(`${base}/api/auth/login`, { method: 'POST', body: admin })).status).toBe(200);
      expect(await photoSha256(photoUrl)).toBe(photoHash);
      expect(ledger()).toBe(ledgerBefore);
      expect(ledgerRows()).toBe(ledgerMd5);
      expect(await orderState()).toBe(stateAtBackup);
      expect(stack.run('logs', '--no-color', 'app')).not.toMatch(/First start/);
      proof(
        `after \`down -v\`, \`up -d postgres\`, \`docker compose ${RESTORE_BESIDE_APP.join(' ')} < pasar-latihan.tar.gz\` ` +
          `(${restored![1]} rows, ${restored![2]} media files, ${restoreSeconds} s) and \`up -d\`: the class answers to the admin's old session and the first-start password signs in again, ` +
          `the photo is back byte for byte (sha256 ${photoHash.slice(0, 12)}…), the ledger's ${ledgerBefore.split(' ')[0]} lines are identical ` +
          `(md5 ${ledgerMd5.slice(0, 12)}…, sum 0), the order is ${stateAtBackup} again, and no new first-start admin was made`,
      );
    } finally {
      stack.down(true);
      if (archiveDir) fs.rmSync(archiveDir, { recursive: true, force: true });
    }
  });

  it('several nodes (with docker-compose.multinode.yml): all healthy behind nginx; a seller on node 2 hears a payment settled on node 1', async () => {
    if (skipped) return;
    const [port1, port2, nginxPort] = [await freePort(), await freePort(), await freePort()];
    const stack = new Stack('pasar-dockertest-multi', ['docker-compose.yml', 'docker-compose.multinode.yml'], {
      PASAR_PORT: String(port1),
      PASAR_PORT2: String(port2),
      PASAR_NGINX_PORT: String(nginxPort),
      NODE_IMAGE,
    });
    stack.down(true);
    let socket: Socket | undefined;
    try {
      stack.run('up', '-d', '--no-build');
      for (const service of ['postgres', 'redis', 'app', 'app2']) await stack.healthy(service);
      const host = hostAddress();
      const viaNginx = `http://${host}:${nginxPort}`;
      await until('nginx answers', async () => (await fetch(`${viaNginx}/api/health`).catch(() => undefined))?.status, (s) => s === 200, 60_000);
      proof(`multi-node: postgres, redis, app and app2 healthy; nginx answers at ${viaNginx}`);

      const node1 = `http://${host}:${port1}`;
      const node2 = `http://${host}:${port2}`;
      const admin = stack.adminFromLogs('app');
      const token = (await json<{ token: string }>(`${viaNginx}/api/auth/login`, { method: 'POST', body: admin })).body.token;
      const created = (await json<{ id: string; joinCode: string }>(`${viaNginx}/api/classes`, { method: 'POST', body: WORKSHOP_CLASS, token })).body;
      const detail = await json<{ joinUrl: string }>(`${viaNginx}/api/classes/${created.id}`, { token });
      expect(detail.body.joinUrl).toBe(`${viaNginx}/gabung/${created.joinCode}`);
      proof(`behind nginx the join URL keeps the address and port the browser used: ${detail.body.joinUrl}`);

      const seller = (await json<{ token: string; shop: { id: string } }>(`${node2}/api/join`, { method: 'POST', body: { code: created.joinCode, displayName: 'Bu Sri' } })).body;
      const product = await postPalmSugar({ url: node2 } as AppProcess, seller.token);
      socket = io(node2, { auth: { token: seller.token }, transports: ['websocket'], forceNew: true });
      await new Promise<void>((resolve, reject) => {
        socket!.once('connect', () => resolve());
        socket!.once('connect_error', reject);
      });
      const heard = new Promise<{ type: string; payload: Record<string, unknown> }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the seller on node 2 heard no order.paid within 60 s')), 60_000);
        socket!.on('event', (event: { type: string; payload: Record<string, unknown> }) => {
          if (event.type === 'order.paid') {
            clearTimeout(timer);
            resolve(event);
          }
        });
      });
      const buyer = (await json<{ token: string }>(`${node1}/api/join`, { method: 'POST', body: { code: created.joinCode, displayName: 'Bu Rahma', role: 'buyer' } })).body;
      const order = await placeOrder({ url: node1 } as AppProcess, buyer.token, { productId: product.id, shopId: seller.shop.id });
      const paid = await json(`${node1}/api/simulator/payer/pay`, { method: 'POST', body: { channel: 'bca_va', number: order.payment.instructions.vaNumber, amount: order.total } });
      expect(paid.status).toBeLessThan(300);
      const event = await heard;
      expect(event.payload).toEqual(expect.objectContaining({ orderId: order.id }));
      proof(`a seller connected to node 2 heard order.paid for ${order.invoiceNumber}, paid and settled through node 1 (Redis carries it)`);
    } finally {
      socket?.close();
      stack.down(true);
    }
  });
});
