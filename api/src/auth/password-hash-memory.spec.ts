import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// What a hash leaves behind in a fresh process (the built module, as the app runs it): glibc's malloc decides
// whether scrypt's work area and the buffers after it go back to the system, and that is process-wide state, so it is
// measured in a child of its own. See password-hash.ts for why the parameters matter.
const built = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/auth/password-hash.js')).href;

const child = `
import { readFileSync } from 'node:fs';
const { hashPassword, verifyPassword } = await import(${JSON.stringify(built)});
const anonMb = () => Number(/RssAnon:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const before = anonMb();
for (let round = 0; round < 2; round++) {
  const hashes = await Promise.all([1, 2, 3, 4].map((n) => hashPassword('pin-' + n)));
  if (!(await verifyPassword(hashes[0], 'pin-1'))) throw new Error('no verify');
}
// Buffers of a few MiB, as a photo upload and its decoding make, allocated and dropped.
let kept = [];
for (let i = 0; i < 20; i++) kept.push(Buffer.alloc(4 << 20, 1));
kept = [];
globalThis.gc();
await new Promise((resolve) => setTimeout(resolve, 200));
console.log(JSON.stringify({ grownMb: Math.round(anonMb() - before) }));
`;

describe('password hashing and memory', () => {
  it.runIf(process.platform === 'linux')('gives the memory of its hashes, and of the buffers after them, back to the system', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child], { encoding: 'utf8', timeout: 60_000 });
    const { grownMb } = JSON.parse(out.trim().split('\n').pop()!) as { grownMb: number };
    // N=2^14, r=8 grew it by ~145 MB here (four 16 MiB work areas kept, then the 80 MiB of buffers); this setting by ~5.
    expect(grownMb).toBeLessThan(40);
  });
});
