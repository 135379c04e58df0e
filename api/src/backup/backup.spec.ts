import { PassThrough, Readable } from 'node:stream';
import { BackupError, checkArchiveMigrations } from './backup.js';
import { readTarGz, TarGzWriter } from './tar.js';

async function roundTrip(entries: { name: string; data: Buffer }[]): Promise<{ name: string; data: Buffer }[]> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new TarGzWriter(sink);
  for (const entry of entries) await writer.add(entry.name, entry.data);
  await writer.finish();
  const read: { name: string; data: Buffer }[] = [];
  for await (const entry of readTarGz(Readable.from([Buffer.concat(chunks)]))) read.push(entry);
  return read;
}

describe('the backup archive', () => {
  it('gives back every entry byte for byte, long paths and sizes on and off the 512-byte blocks included', async () => {
    const entries = [
      { name: 'pasar-latihan-backup.json', data: Buffer.from('{"format":"pasar-latihan-backup"}') },
      { name: 'db/empty.jsonl', data: Buffer.alloc(0) },
      { name: 'db/block.jsonl', data: Buffer.alloc(512, 7) },
      { name: `media/${'a'.repeat(70)}/${'f'.repeat(80)}-card.webp`, data: Buffer.from(Array.from({ length: 70_001 }, (_, i) => (i * 31) % 256)) },
    ];
    expect(await roundTrip(entries)).toEqual(entries);
  });

  it('refuses a file name it cannot store rather than cut it', async () => {
    await expect(roundTrip([{ name: `media/${'f'.repeat(120)}.webp`, data: Buffer.from('x') }])).rejects.toThrow(/too long/);
  });

  it('refuses a truncated archive', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new TarGzWriter(sink);
    await writer.add('db/a.jsonl', Buffer.alloc(4000, 1));
    await writer.finish();
    const whole = Buffer.concat(chunks);
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const cut = gzipSync(gunzipSync(whole).subarray(0, 2048));
    await expect((async () => {
      for await (const _entry of readTarGz(Readable.from([cut]))) void _entry;
    })()).rejects.toThrow(/ends early/);
  });
});

describe('which archives this version restores', () => {
  const code = ['Init1', 'Wallet2', 'Security3'];

  it.each([
    [['Init1', 'Wallet2', 'Security3'], 3],
    [['Init1', 'Wallet2'], 2],
  ])('loads an archive at %j after that many migrations, then upgrades', (archive, loadedAt) => {
    expect(checkArchiveMigrations(archive, code)).toBe(loadedAt);
  });

  it('refuses an archive with a migration this code does not know (made by a newer version)', () => {
    expect(() => checkArchiveMigrations(['Init1', 'Wallet2', 'Security3', 'Future4'], code)).toThrow(BackupError);
    expect(() => checkArchiveMigrations(['Init1', 'Wallet2', 'Security3', 'Future4'], code)).toThrow(/newer Pasar Latihan/);
  });

  it('refuses migrations in another order', () => {
    expect(() => checkArchiveMigrations(['Wallet2', 'Init1'], code)).toThrow(/order/);
  });
});
