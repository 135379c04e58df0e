import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

// No Docker engine runs here, so the compose file is validated, not run.
const hasCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
if (!hasCompose) {
  const message = 'docker-compose is not installed: compose validation SKIPPED (apt-get install -y docker-compose)';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

function compose(...args: string[]) {
  return spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

function multinode(...args: string[]) {
  return spawnSync('docker-compose', ['-f', 'docker-compose.yml', '-f', 'docker-compose.multinode.yml', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

describe.skipIf(!hasCompose)('docker-compose.yml', () => {
  it('is valid (docker-compose config -q)', () => {
    const result = compose('config', '-q');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('has the database and the app, with named volumes', () => {
    expect(compose('config', '--services').stdout.trim().split('\n').sort()).toEqual(['app', 'postgres']);
    expect(compose('config', '--volumes').stdout.trim().split('\n').sort()).toEqual(['app-data', 'postgres-data']);
  });

  it('starts the app only on a healthy database, with DATABASE_URL and a media volume, on port 3000', () => {
    const config = compose('config').stdout;
    expect(config).toMatch(/depends_on:\s+postgres:\s+condition: service_healthy/);
    expect(config).toMatch(/DATABASE_URL: postgres:\/\/\S+@postgres:5432\/\S+/);
    expect(config).toMatch(/pg_isready/);
    expect(config).toMatch(/published: 3000|- 3000:3000|- "?3000:3000"?/);
    expect(config).toMatch(/- app-data:\/app\/data/);
  });

  it('adds Redis, a second node and nginx for several nodes (docker-compose.multinode.yml)', () => {
    const valid = multinode('config', '-q');
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(multinode('config', '--services').stdout.trim().split('\n').sort()).toEqual(['app', 'app2', 'nginx', 'postgres', 'redis']);
    const config = multinode('config').stdout;
    // Both nodes share broadcasts through Redis and trust only the proxy's network for client addresses.
    expect(config.match(/REDIS_URL: redis:\/\/redis:6379/g)).toHaveLength(2);
    expect(config).toMatch(/nginx\.conf:\/etc\/nginx\/conf\.d\/default\.conf/);
  });
});
