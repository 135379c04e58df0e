import fs from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.plEmbeddedTestDatabase;
  if (!embedded) return;
  await embedded.server.stop();
  fs.rmSync(embedded.folder, { recursive: true, force: true });
}
