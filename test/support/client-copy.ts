// The contract tests' one way to prove that a change breaks the client's build: a copy of client/src in the artifacts
// folder, typechecked with one repository file replaced by an edited text.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { ARTIFACTS, REPO_ROOT } from './paths.js';

const run = promisify(execFile);
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

export interface ClientCopy {
  /** Writes `source` as the replaced file and typechecks the entries; tsc's output, or null when it passes. */
  typeErrors(source: string): Promise<string | null>;
  remove(): void;
}

/** `file`: the repository path that each check replaces; `entries`: the client files to typecheck (from client/). */
export function clientCopy(name: string, file: string, entries: string[]): ClientCopy {
  const copy = path.join(ARTIFACTS, `${name}-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(path.join(copy, path.dirname(file)), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'client/src'), path.join(copy, 'client/src'), { recursive: true });
  writeFileSync(
    path.join(copy, 'client/tsconfig.check.json'),
    JSON.stringify({ extends: path.join(REPO_ROOT, 'client/tsconfig.json'), compilerOptions: { noEmit: true }, include: [], files: entries }),
  );
  return {
    async typeErrors(source) {
      writeFileSync(path.join(copy, file), source);
      try {
        await run(process.execPath, [TSC, '-p', path.join(copy, 'client/tsconfig.check.json')], { cwd: copy, timeout: 240_000 });
        return null;
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        return `${stdout ?? ''}${stderr ?? ''}` || String(error);
      }
    },
    remove: () => rmSync(copy, { recursive: true, force: true }),
  };
}

/** `source` with `from` replaced; fails the test when `from` is not there (an edit that changes nothing proves nothing). */
export function edited(source: string, from: RegExp, to: string): string {
  const changed = source.replace(from, to);
  expect(changed, `the file still has ${from.source}`).not.toBe(source);
  return changed;
}
