import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

// The client's API types are generated from the API's OpenAPI document (`npm run gen:api`).
describe('generated client API types', () => {
  it('match the current API (run `npm run gen:api` when this fails)', async () => {
    const generator = path.join(REPO_ROOT, 'api/dist/openapi/write-client-schema.js');
    const { renderClientSchema, CLIENT_SCHEMA_FILE } = (await import(generator)) as {
      renderClientSchema: () => Promise<string>;
      CLIENT_SCHEMA_FILE: string;
    };
    expect(CLIENT_SCHEMA_FILE).toBe(path.join(REPO_ROOT, 'client/src/shared/api/schema.d.ts'));
    const committed = fs.readFileSync(CLIENT_SCHEMA_FILE, 'utf8');
    const fresh = await renderClientSchema();
    expect(fresh).toContain('"/api/health"');
    expect(committed === fresh, 'client/src/shared/api/schema.d.ts is stale: run `npm run gen:api`').toBe(true);
  });
});
