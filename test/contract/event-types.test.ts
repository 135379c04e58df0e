// The client reads event payloads through the API's own event map (api/src/common/events/event-map.ts). This proves
// the link holds: with a payload field renamed in a copy of the map, the client's code that reads the field no longer
// typechecks; with the map unchanged, the same copy does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientCopy, clientCopy, edited } from '../support/client-copy.js';
import { REPO_ROOT } from '../support/paths.js';

const MAP = 'api/src/common/events/event-map.ts';
/** The client files that read payloads, and what they import. */
const ENTRIES = ['src/shared/realtime/class-event.ts', 'src/features/orders/order-events.ts', 'src/features/facilitator-console/mission-grid.ts'];

let copy: ClientCopy;

describe('event payload types shared with the client', () => {
  const original = readFileSync(path.join(REPO_ROOT, MAP), 'utf8');

  beforeAll(() => {
    copy = clientCopy('event-types', MAP, ENTRIES);
  });
  afterAll(() => copy.remove());

  it('typechecks the client against the map as it is', async () => {
    expect(await copy.typeErrors(original)).toBeNull();
  }, 300_000);

  it('fails the client typecheck when an order event field is renamed (orderId → orderRef)', async () => {
    const errors = await copy.typeErrors(edited(original, /(type OrderEventBase = \{\s*)orderId:/, '$1orderRef:'));
    expect(errors).toMatch(/order-events\.ts.*error TS/);
  }, 300_000);

  it('fails the client typecheck when a mission progress field is renamed (participantId → traineeId)', async () => {
    const errors = await copy.typeErrors(edited(original, /('mission\.progress': \{\s*)participantId:/, '$1traineeId:'));
    expect(errors).toMatch(/mission-grid\.ts.*error TS/);
  }, 300_000);
});
