import { describe, expect, it } from 'vitest';
import { leaveOutUnanswered, parseVendure } from './vendure-figures.js';

// The last lines run.sh printed in the sitting of 8 Dec 2026, 02:48 UTC: round 1, and round 2 as it would have read
// with the listing that answered nothing.
const ROUND_1 =
  'vendure checkouts/s@16=6.13 @64=6.93 p99_ms@16=6090.04 p99_ms@64=11601.81 products_qps=12.83 products_p99_ms=4972.14 products_light_qps=189.63 pgbench_tps=2205 rss_mb=327 errors=0 nproc=2 run_s=247';
const STUCK_LISTING = ROUND_1.replace('products_qps=12.83', 'products_qps=0');

describe('the Vendure anchor’s line, as bench:compare reads it (vendure-figures.ts)', () => {
  it('reads every figure', () => {
    expect(parseVendure(ROUND_1)).toMatchObject({
      c16: 6.13,
      c64: 6.93,
      p99At16: 6090.04,
      p99At64: 11601.81,
      products: 12.83,
      productsLight: 189.63,
      pgbench: 2205,
      rss: 327,
      errors: 0,
    });
  });

  it('is no line without its checkouts at 16', () => {
    expect(parseVendure('run.sh: vendure did not start')).toBeUndefined();
  });

  it.each([
    ['a round where every phase answered', ROUND_1, [], 12.83],
    ['a listing that answered no request', STUCK_LISTING, ['listing@64'], NaN],
    ['checkouts at 64 that answered none', ROUND_1.replace('@64=6.93', '@64=0'), ['checkout@64'], 12.83],
  ])('%s: named, and left out of the medians', (_case, line, unanswered, products) => {
    const figures = parseVendure(line)!;
    expect(leaveOutUnanswered(figures)).toEqual(unanswered);
    expect(figures.products).toBe(products);
    if (unanswered.includes('checkout@64')) expect(figures.c64).toBeNaN();
    else expect(figures.c64).toBe(6.93);
  });
});
