import zlib from 'node:zlib';
import { RecentlyCompressed } from './compress-answers.js';

describe('RecentlyCompressed: the same answer is compressed once', () => {
  const market = (title: string) => JSON.stringify({ items: Array.from({ length: 12 }, (_, n) => ({ n, title, price: 25_000 + n })) });

  it('gives the bytes made for this text again, and new bytes for another text or coding', () => {
    const recent = new RecentlyCompressed(4);
    const first = recent.bytes(market('Gula Aren'), 'gzip');
    expect(recent.bytes(market('Gula Aren'), 'gzip')).toBe(first);
    expect(zlib.gunzipSync(first).toString('utf8')).toBe(market('Gula Aren'));

    const changed = recent.bytes(market('Keripik Pisang'), 'gzip');
    expect(changed).not.toBe(first);
    expect(zlib.gunzipSync(changed).toString('utf8')).toBe(market('Keripik Pisang'));
    const brotli = recent.bytes(market('Gula Aren'), 'br');
    expect(zlib.brotliDecompressSync(brotli).toString('utf8')).toBe(market('Gula Aren'));
  });

  it('keeps only the most recently used few', () => {
    const recent = new RecentlyCompressed(2);
    const a = recent.bytes(market('a'), 'gzip');
    recent.bytes(market('b'), 'gzip');
    expect(recent.bytes(market('a'), 'gzip')).toBe(a); // a is now the most recent
    recent.bytes(market('c'), 'gzip'); // b goes
    expect(recent.bytes(market('a'), 'gzip')).toBe(a);
    const b = recent.bytes(market('b'), 'gzip');
    recent.bytes(market('c'), 'gzip');
    recent.bytes(market('d'), 'gzip');
    expect(recent.bytes(market('b'), 'gzip')).not.toBe(b);
  });
});
