import fs from 'node:fs';
import { dropTemplate } from './global-setup.mjs';

export default async function globalTeardown() {
  const template = globalThis.plTestTemplateDatabase;
  const embedded = globalThis.plEmbeddedTestDatabase;
  globalThis.plTestTemplateDatabase = undefined;
  globalThis.plEmbeddedTestDatabase = undefined;
  try {
    if (template) await dropTemplate(process.env.PL_TEST_ADMIN_DATABASE_URL, template);
  } finally {
    if (embedded) {
      await embedded.server.stop();
      fs.rmSync(embedded.folder, { recursive: true, force: true });
    }
  }
}
