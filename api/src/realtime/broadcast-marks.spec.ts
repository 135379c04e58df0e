import { BroadcastMarks } from './broadcast-marks.js';

describe('BroadcastMarks: what a read that began at a mark may have missed', () => {
  const rooms = ['class:a', 'participant:p', 'shop:s'];

  it.each([
    ['nothing broadcast since the mark', (m: BroadcastMarks) => m.current(), false],
    ['a broadcast to another class after the mark', (m: BroadcastMarks) => [m.current(), m.sent(['class:b', 'shop:t'])][0], false],
    ['a broadcast to her shop after the mark', (m: BroadcastMarks) => [m.current(), m.sent(['shop:s'])][0], true],
    ['a broadcast to her class before the mark only', (m: BroadcastMarks) => (m.sent(['class:a']), m.current()), false],
    ['a mark of an earlier run (a restart)', () => 'aaaaaaaaaaaa.0', true],
    ['a mark from the future', (m: BroadcastMarks) => `${m.run}.5`, true],
    ['no mark', () => undefined, true],
    ['not a mark', () => 'select 1', true],
  ])('%s', (_name, markOf, missed) => {
    const marks = new BroadcastMarks(true);
    marks.sent(['class:x']);
    const mark = markOf(marks);
    expect(marks.missedSince(mark, rooms)).toBe(missed);
  });

  it('says "missed" on several nodes (another node broadcasts unseen here)', () => {
    const marks = new BroadcastMarks(false);
    expect(marks.missedSince(marks.current(), rooms)).toBe(true);
  });

  it('forgets rooms past its limit, and then calls older marks missed', () => {
    const marks = new BroadcastMarks(true);
    const old = marks.current();
    for (let i = 0; i < 50_001; i++) marks.sent([`order:${i}`]);
    expect(marks.missedSince(old, ['class:a'])).toBe(true);
    expect(marks.missedSince(marks.current(), ['class:a'])).toBe(false);
  });
});
