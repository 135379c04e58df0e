// The client's message map is a Record over the API's published error codes (ErrorCode in the OpenAPI document,
// from api/src/openapi/error-codes.ts). This proves a missing translation cannot ship: with one code's entry removed
// from a copy of client/src/shared/i18n/error-messages.ts the copy no longer typechecks, nor with an entry for a code
// the API does not have; with the file unchanged it does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientCopy, clientCopy, edited } from '../support/client-copy.js';
import { REPO_ROOT } from '../support/paths.js';

const MESSAGES = 'client/src/shared/i18n/error-messages.ts';
let copy: ClientCopy;

describe('error codes shared with the client', () => {
  const original = readFileSync(path.join(REPO_ROOT, MESSAGES), 'utf8');

  beforeAll(() => {
    copy = clientCopy('error-codes', MESSAGES, ['src/shared/i18n/error-messages.ts']);
  });
  afterAll(() => copy.remove());

  it('publishes the codes in the generated client types', () => {
    const schema = readFileSync(path.join(REPO_ROOT, 'client/src/shared/api/schema.d.ts'), 'utf8');
    expect(schema).toMatch(/code: components\["schemas"\]\["ErrorCode"\];/);
    expect(schema).toMatch(/ErrorCode: "[A-Z_]+"( \| "[A-Z_]+")+;/);
    expect(schema).toContain('"EMAIL_TAKEN"');
  });

  it('typechecks the message map as it is', async () => {
    expect(await copy.typeErrors(original)).toBeNull();
  }, 300_000);

  it('fails the typecheck when one code has no translation (EMAIL_TAKEN removed)', async () => {
    const errors = await copy.typeErrors(edited(original, /^\s*EMAIL_TAKEN: 'errors\.emailTaken',\n/m, ''));
    expect(errors).toMatch(/error-messages\.ts.*error TS\d+/);
    expect(errors).toContain('EMAIL_TAKEN');
  }, 300_000);

  it('fails the typecheck when the map names a code the API does not have', async () => {
    const errors = await copy.typeErrors(edited(original, /^(\s*)EMAIL_TAKEN: 'errors\.emailTaken',\n/m, "$&$1EMAIL_TAKEN_TWICE: 'errors.emailTaken',\n"));
    expect(errors).toMatch(/error-messages\.ts.*error TS\d+/);
    expect(errors).toContain('EMAIL_TAKEN_TWICE');
  }, 300_000);
});
