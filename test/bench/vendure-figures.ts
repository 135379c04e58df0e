// The Vendure anchor's figures as `npm run bench:compare` reads them from the last line run.sh prints.

export interface VendureFigures {
  c16: number;
  c64: number;
  p99At16: number;
  p99At64: number;
  products: number;
  productsLight: number;
  pgbench: number;
  rss: number;
  errors: number;
  /** CPU ms per checkout at 16 shoppers, from run.sh's checkout-16.json (server + worker, and PostgreSQL). */
  appCpuMs: number;
  pgCpuMs: number;
}

export function parseVendure(line: string): VendureFigures | undefined {
  const get = (key: string) => {
    const match = new RegExp(`(?:^| )${key.replace(/[/@]/g, (c) => `\\${c}`)}=([\\d.]+)`).exec(line);
    return match ? Number(match[1]) : NaN;
  };
  const figures = {
    c16: get('checkouts/s@16'),
    c64: get('@64'),
    p99At16: get('p99_ms@16'),
    p99At64: get('p99_ms@64'),
    products: get('products_qps'),
    productsLight: get('products_light_qps'),
    pgbench: get('pgbench_tps'),
    rss: get('rss_mb'),
    errors: get('errors'),
    appCpuMs: NaN,
    pgCpuMs: NaN,
  };
  return Number.isFinite(figures.c16) ? figures : undefined;
}

/** The load phases of a round that answered no request at all (Vendure's listing after its 64-shopper checkouts, in
 * two sittings on 8 Dec 2026: its server used no CPU, so it was stuck, not slow). A rate of 0 is not a measurement:
 * it is left out of the medians (NaN) and named among the problems, so a ratio never divides by it. */
export function leaveOutUnanswered(figures: VendureFigures): string[] {
  const phases = { c16: 'checkout@16', c64: 'checkout@64', products: 'listing@64', productsLight: 'light read@64' } as const;
  const unanswered: string[] = [];
  for (const [key, name] of Object.entries(phases) as [keyof typeof phases, string][]) {
    if (figures[key] === 0) {
      figures[key] = NaN;
      unanswered.push(name);
    }
  }
  return unanswered;
}
