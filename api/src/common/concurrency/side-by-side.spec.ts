import type { EntityManager } from 'typeorm';
import { sideBySide } from './side-by-side.js';

/** How many reads ran at once, at most, and the answers in the order asked. */
async function run(manager: EntityManager): Promise<{ most: number; answers: [number, string, boolean] }> {
  let running = 0;
  let most = 0;
  const read =
    <T>(value: T) =>
    async (): Promise<T> => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return value;
    };
  const answers = await sideBySide<[number, string, boolean]>(manager, [read(1), read('two'), read(true)]);
  return { most, answers };
}

describe('sideBySide', () => {
  it.each([
    ['the pool (no query runner)', {} as EntityManager, 3],
    ['a transaction (its one connection)', { queryRunner: {} } as unknown as EntityManager, 1],
  ])('on %s runs at most %i reads at once and answers in order', async (_name, manager, expected) => {
    const { most, answers } = await run(manager);
    expect(most).toBe(expected);
    expect(answers).toEqual([1, 'two', true]);
  });
});
