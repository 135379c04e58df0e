import { describe, expect, it } from 'vitest';
import { missionBars } from './report-chart';
import { moveInList } from './list-order';

describe('missionBars', () => {
  it('draws each mission as a share of the trainees, one row apart', () => {
    const chart = missionBars(
      [
        { id: 'shop_setup', doneCount: 30, total: 30 },
        { id: 'product_with_photo', doneCount: 18, total: 30 },
        { id: 'withdrawal', doneCount: 0, total: 30 },
      ],
      300,
      20,
    );
    expect(chart.height).toBe(60);
    expect(chart.bars.map((bar) => [bar.y, bar.length, bar.percent])).toEqual([
      [0, 300, 100],
      [20, 180, 60],
      [40, 0, 0],
    ]);
  });

  it('draws nothing when nobody joined, rather than dividing by zero', () => {
    expect(missionBars([{ id: 'shop_setup', doneCount: 0, total: 0 }], 300).bars[0]).toMatchObject({ length: 0, percent: 0 });
  });
});

describe('moveInList', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)('moves item %i by %i', (index, by, expected) => {
    expect(moveInList(['a', 'b', 'c'], index, by)).toEqual(expected);
  });
});
