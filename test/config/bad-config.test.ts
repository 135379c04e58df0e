import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { API_MAIN, REPO_ROOT } from '../support/paths.js';

function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('configuration is validated at boot', () => {
  it.each([
    ['PORT', { PORT: 'tiga-ribu' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/pasar' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'berisik' }],
  ])('a bad %s stops the app with a message that names it', (variable, env) => {
    const result = boot(env);
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`- ${variable}:`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
