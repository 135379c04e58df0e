// The API tests start their embedded PostgreSQL from the built API (global-setup.mjs). `npm test` at the root has
// just built it, so building again here would only cost time: dist/ is rebuilt (`npm run build`) only when it is
// missing or older than what it is built from. One build per run, and `npm test -w api` alone is never stale.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const api = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(api, 'dist');
const SPEC = /\.(int-)?spec\.ts$/;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Why dist/ must be built, or undefined when every output is newer than every input. */
export function staleReason() {
  if (!fs.existsSync(path.join(dist, 'main.js'))) return 'dist/main.js is missing';
  const oldestOutput = Math.min(...files(dist).map((file) => fs.statSync(file).mtimeMs));
  const inputs = [
    ...files(path.join(api, 'src')).filter((file) => !SPEC.test(file)),
    ...['tsconfig.json', 'tsconfig.build.json', 'package.json', '../tsconfig.json'].map((file) => path.join(api, file)),
  ];
  const newer = inputs.find((file) => fs.statSync(file).mtimeMs > oldestOutput);
  return newer ? `${path.relative(api, newer)} changed after the last build` : undefined;
}

export function ensureBuilt() {
  const reason = staleReason();
  if (!reason) return;
  process.stdout.write(`Building the API (${reason})\n`);
  // Without NODE_OPTIONS: whatever the test runner was started with is not tsc's business.
  execFileSync('npm', ['run', 'build'], { cwd: api, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
}
