// The client reads event payloads through the API's own event map (api/src/common/events/event-map.ts). This proves
// the link holds: with a payload field renamed in a copy of the map, the client's code that reads the field no longer
// typechecks; with the map unchanged, the same copy does.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, REPO_ROOT } from '../support/paths.js';

const run = promisify(execFile);
const MAP = 'api/src/common/events/event-map.ts';
/** The client files that read payloads, and what they import. */
const ENTRIES = ['src/shared/realtime/class-event.ts', 'src/features/orders/order-events.ts', 'src/features/facilitator-console/mission-grid.ts'];
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

let copy: string;

/** Writes the map (as given) into the copy and typechecks the copied client entries; returns tsc's output or null. */
async function clientErrors(map: string): Promise<string | null> {
  writeFileSync(path.join(copy, MAP), map);
  try {
    await run(process.execPath, [TSC, '-p', path.join(copy, 'client/tsconfig.check.json')], { cwd: copy, timeout: 240_000 });
    return null;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}` || String(error);
  }
}

function renamed(map: string, from: RegExp, to: string): string {
  const changed = map.replace(from, to);
  expect(changed, `the map still has ${from.source}`).not.toBe(map);
  return changed;
}

describe('event payload types shared with the client', () => {
  const original = readFileSync(path.join(REPO_ROOT, MAP), 'utf8');

  beforeAll(() => {
    copy = path.join(ARTIFACTS, `event-types-${process.pid}`);
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(path.join(copy, path.dirname(MAP)), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'client/src'), path.join(copy, 'client/src'), { recursive: true });
    writeFileSync(
      path.join(copy, 'client/tsconfig.check.json'),
      JSON.stringify({ extends: path.join(REPO_ROOT, 'client/tsconfig.json'), compilerOptions: { noEmit: true }, include: [], files: ENTRIES }),
    );
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('typechecks the client against the map as it is', async () => {
    expect(await clientErrors(original)).toBeNull();
  }, 300_000);

  it('fails the client typecheck when an order event field is renamed (orderId → orderRef)', async () => {
    const errors = await clientErrors(renamed(original, /(type OrderEventBase = \{\s*)orderId:/, '$1orderRef:'));
    expect(errors).toMatch(/order-events\.ts.*error TS/);
  }, 300_000);

  it('fails the client typecheck when a mission progress field is renamed (participantId → traineeId)', async () => {
    const errors = await clientErrors(renamed(original, /('mission\.progress': \{\s*)participantId:/, '$1traineeId:'));
    expect(errors).toMatch(/mission-grid\.ts.*error TS/);
  }, 300_000);
});
