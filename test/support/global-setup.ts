// Once per `vitest run` of the test workspace: a folder for the first-start template that the apps of this run share
// (app-process.ts, firstStartDataDir), removed at the end. It stays empty unless a test starts a first-start app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIRST_START_TEMPLATE } from './app-process.js';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-first-start-'));
  // The `postgres` OS user runs the template's cluster when the tests run as root, so it must reach the folder.
  fs.chmodSync(root, 0o755);
  process.env[FIRST_START_TEMPLATE] = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
