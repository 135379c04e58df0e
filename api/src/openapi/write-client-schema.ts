// Regenerates client/src/shared/api/schema.d.ts from the API's OpenAPI document, so the client's
// API types are never written by hand. `--check` exits 1 when the committed file is stale.
// Run through `npm run gen:api` (which builds the API first).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import { parseEnv } from '../config/env.js';
import { buildOpenApiDocument } from './openapi.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLIENT_SCHEMA_FILE = path.resolve(here, '../../../client/src/shared/api/schema.d.ts');

export async function renderClientSchema(): Promise<string> {
  const env = parseEnv({ DATABASE_URL: 'postgres://openapi@localhost/none', LOG_LEVEL: 'silent' }, { cwd: here, clientDistDir: here });
  // Preview mode registers routes and metadata without creating providers, so no database is needed.
  const app = await NestFactory.create(AppModule.forRoot({ ...env, databaseUrl: env.databaseUrl! }), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { exportType: true });
  return (
    '// Generated from the API\'s OpenAPI document by `npm run gen:api`. Do not edit by hand.\n' +
    astToString(ast)
  );
}

async function main() {
  const check = process.argv.includes('--check');
  const expected = await renderClientSchema();
  const current = fs.existsSync(CLIENT_SCHEMA_FILE) ? fs.readFileSync(CLIENT_SCHEMA_FILE, 'utf8') : '';
  if (check) {
    if (current !== expected) {
      console.error(`${path.relative(process.cwd(), CLIENT_SCHEMA_FILE)} is stale: run \`npm run gen:api\` and commit it.`);
      process.exit(1);
    }
    console.log('client API types are up to date');
    return;
  }
  fs.mkdirSync(path.dirname(CLIENT_SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(CLIENT_SCHEMA_FILE, expected);
  console.log(`wrote ${path.relative(process.cwd(), CLIENT_SCHEMA_FILE)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
