import fs from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type AppProcess, freePort, makeDataDir, postmasterPid, startApp, waitForExit } from '../support/app-process.js';

// The laptop path: no DATABASE_URL, so the app runs its own PostgreSQL under DATA_DIR.
describe('embedded PostgreSQL across restarts and crashes', () => {
  const dataDir = makeDataDir('pl-restart-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  // Every app a case starts is stopped after it, also when an assertion failed before the case's own stop.
  const started: AppProcess[] = [];
  const start = async (options: Parameters<typeof startApp>[0]) => {
    const app = await startApp(options);
    started.push(app);
    return app;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((app) => app.stop()));
  });

  const embeddedUrl = (port: number) => `postgres://pasar:pasar-latihan-local@127.0.0.1:${port}/pasar_latihan`;

  async function query<T extends pg.QueryResultRow>(port: number, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: embeddedUrl(port) });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('keeps the data across a clean restart, and stops its database on SIGTERM', async () => {
    const pgPort = await freePort();
    const first = await start({ dataDir, embeddedPgPort: pgPort });
    await query(pgPort, `INSERT INTO activity (type, payload) VALUES ('test.marker', '{"n": 1}')`);
    const naptime = await query<{ autovacuum_naptime: string }>(pgPort, 'SHOW autovacuum_naptime');
    const pid = postmasterPid(dataDir);
    expect(pid).toBeGreaterThan(0);

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(await waitForExit(pid!)).toBe(true);
    expect(first.output()).toContain('shutting down');
    // Statistics follow a workshop's tables as they fill (embedded-postgres.ts).
    expect(naptime).toEqual([{ autovacuum_naptime: '5s' }]);

    const second = await start({ dataDir, embeddedPgPort: pgPort });
    const rows = await query<{ type: string }>(pgPort, `SELECT type FROM activity WHERE type = 'test.marker'`);
    expect(rows).toHaveLength(1);
    expect(second.output()).not.toContain('initialising a new PostgreSQL cluster');
    expect(await second.stop('SIGINT')).toBe(0);
  });

  it('starts again after a crash (kill -9) left its PostgreSQL running', async () => {
    const pgPort = await freePort();
    const crashed = await start({ dataDir, embeddedPgPort: pgPort });
    const orphan = postmasterPid(dataDir)!;
    await crashed.stop('SIGKILL');
    // The orphaned postmaster still holds the folder and the port.
    expect(() => process.kill(orphan, 0)).not.toThrow();

    const restarted = await start({ dataDir, embeddedPgPort: pgPort });
    const health = await fetch(`${restarted.url}/api/health`);
    expect(health.status).toBe(200);
    const rows = await query<{ count: string }>(pgPort, `SELECT count(*) FROM activity WHERE type = 'test.marker'`);
    expect(rows[0]!.count).toBe('1');
    expect(await restarted.stop()).toBe(0);
  });

  it('brings its PostgreSQL back by itself after the postmaster is killed (kill -9), then stops it on SIGTERM', async () => {
    const pgPort = await freePort();
    const app = await start({ dataDir, embeddedPgPort: pgPort });
    const killed = postmasterPid(dataDir)!;
    process.kill(killed, 'SIGKILL');
    expect(await waitForExit(killed)).toBe(true);

    const deadline = Date.now() + 60_000;
    while ((await fetch(`${app.url}/api/health`).catch(() => undefined))?.status !== 200) {
      if (Date.now() > deadline) throw new Error(`no health 200 within 60 s after the postmaster died:\n${app.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(app.child.exitCode).toBeNull();
    const restarted = postmasterPid(dataDir)!;
    expect(restarted).not.toBe(killed);
    expect(app.output()).toContain('embedded PostgreSQL restarted');
    const rows = await query<{ count: string }>(pgPort, `SELECT count(*) FROM activity WHERE type = 'test.marker'`);
    expect(rows[0]!.count).toBe('1');

    expect(await app.stop('SIGTERM')).toBe(0);
    expect(await waitForExit(restarted)).toBe(true);
  });
});
