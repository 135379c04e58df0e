// `npm run restore -- <archive.tar.gz | -> [--force]`: loads a backup into an EMPTY instance (database and photos),
// then runs this version's newer migrations. A database that holds data is refused unless --force, which replaces
// everything in it. The app must be stopped. (`--` keeps npm from taking --force for itself.)
import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from './backup.js';
import { loadEnv, openTarget, runCommand } from './backup-target.js';

const USAGE = 'usage: npm run restore -- <archive.tar.gz | -> [--force]\n';

function parseArgs(argv: string[]): { archive: string; force: boolean } {
  let archive: string | undefined;
  let force = false;
  for (const arg of argv) {
    if (arg === '--force') force = true;
    else if ((arg === '-' || !arg.startsWith('-')) && archive === undefined) archive = arg;
    else {
      process.stderr.write(`unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!archive) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  return { archive, force };
}

void runCommand('restore', async (log) => {
  const { archive, force } = parseArgs(process.argv.slice(2));
  const file = archive === '-' ? undefined : path.resolve(process.env.INIT_CWD ?? process.cwd(), archive);
  if (file && !fs.existsSync(file)) {
    process.stderr.write(`restore: no such file ${file}\n`);
    process.exit(2);
  }
  const env = loadEnv();
  const target = await openTarget(env, 'restore', log);
  const started = Date.now();
  try {
    log(`restore of ${file ?? 'stdin'} into ${target.description} and ${target.mediaDir}`);
    const report = await restoreBackup({
      databaseUrl: target.databaseUrl,
      mediaDir: target.mediaDir,
      input: file ? fs.createReadStream(file) : process.stdin,
      force,
      log,
    });
    log(
      `restored ${report.rows} rows and ${report.mediaFiles} media files in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (report.upgradedWith.length ? `, then upgraded from ${report.manifest.lastMigration}` : ''),
    );
  } finally {
    await target.close();
  }
});
