// `npm run backup [-- --out <file.tar.gz> | --out -]`: one archive of the database and the photos.
// Default file: pasar-latihan-<UTC time>.tar.gz in the folder npm was run from. `--out -` writes to stdout
// (`docker compose exec -T app node api/dist/backup/backup-cli.js --out - > backup.tar.gz`).
import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from './backup.js';
import { appVersion, loadEnv, openTarget, runCommand } from './backup-target.js';

function parseArgs(argv: string[]): { out: string | undefined } {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') out = argv[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (!arg.startsWith('-') && out === undefined) out = arg;
    else {
      process.stderr.write(`unknown argument ${arg}\nusage: npm run backup [-- --out <file.tar.gz> | --out -]\n`);
      process.exit(2);
    }
  }
  return { out };
}

void runCommand('backup', async (log) => {
  const { out } = parseArgs(process.argv.slice(2));
  const env = loadEnv();
  // npm runs scripts from the repository root; a relative --out means the folder the user typed the command in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
  const file = out === '-' ? undefined : path.resolve(cwd, out ?? `pasar-latihan-${stamp}.tar.gz`);
  const target = await openTarget(env, 'backup', log);
  const started = Date.now();
  try {
    log(`backup of ${target.description} and ${target.mediaDir}`);
    if (!file) {
      await writeBackup({ databaseUrl: target.databaseUrl, mediaDir: target.mediaDir, out: process.stdout, appVersion: appVersion(), log });
      return;
    }
    // Written aside and renamed: an interrupted backup never leaves a file that looks complete.
    const partial = `${file}.partial`;
    try {
      await writeBackup({ databaseUrl: target.databaseUrl, mediaDir: target.mediaDir, out: fs.createWriteStream(partial), appVersion: appVersion(), log });
      fs.renameSync(partial, file);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    log(`wrote ${file} (${fs.statSync(file).size} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await target.close();
  }
});
