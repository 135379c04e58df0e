import type { EntityManager } from 'typeorm';

/**
 * Runs independent reads side by side on the pool, or one after the other on a transaction's single connection:
 * that connection runs one statement at a time anyway, and pg (deprecated now, removed in pg 9) refuses a second
 * query handed to a client that is still busy.
 */
export async function sideBySide<T extends readonly unknown[]>(
  manager: EntityManager,
  reads: readonly [...{ [K in keyof T]: () => Promise<T[K]> }],
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
