import { describe, expect, it } from 'vitest';
import type { GridTraineeView, MissionGridView } from './api/get-mission-grid';
import {
  addJoinedTrainee,
  addProgressTrainee,
  applyProgress,
  averageDone,
  behindTrainees,
  idleDuration,
  idleLongest,
  isMissionProgress,
  missionCounters,
  shortName,
  shortNames,
  touchTrainee,
} from './mission-grid';

function trainee(name: string, cells: Record<string, 'done' | 'todo' | 'failed'>, lastActivityAt: string | null, joinedAt = '2026-11-28T02:00:00.000Z'): GridTraineeView {
  const missions = Object.entries(cells).map(([id, state]) => ({ id, state })) as GridTraineeView['missions'];
  return {
    participantId: `p-${name}`,
    name,
    shopId: `s-${name}`,
    shopName: `Toko ${name}`,
    missions,
    doneCount: missions.filter((m) => m.state === 'done').length,
    lastActivityAt,
    lastSeenAt: null,
    joinedAt,
    idleSeconds: 0,
  };
}

const gridOf = (trainees: GridTraineeView[]): MissionGridView => {
  const missions = [{ id: 'product_with_photo' }, { id: 'fraud_drill' }] as const;
  return { generatedAt: '2026-11-28T02:10:00.000Z', missions: missionCounters(missions, trainees), trainees, idleLongest: [] };
};

describe('missionCounters', () => {
  it('counts who has done and who has failed each mission, out of everyone', () => {
    const grid = gridOf([
      trainee('Sriyati', { product_with_photo: 'done', fraud_drill: 'failed' }, null),
      trainee('Wati', { product_with_photo: 'done', fraud_drill: 'done' }, null),
      trainee('Sumi', { product_with_photo: 'todo', fraud_drill: 'todo' }, null),
    ]);
    expect(grid.missions).toEqual([
      { id: 'product_with_photo', doneCount: 2, failedCount: 0, total: 3 },
      { id: 'fraud_drill', doneCount: 1, failedCount: 1, total: 3 },
    ]);
  });
});

describe('applyProgress', () => {
  const grid = gridOf([trainee('Sriyati', { product_with_photo: 'todo', fraud_drill: 'todo' }, null), trainee('Wati', { product_with_photo: 'todo', fraud_drill: 'todo' }, null)]);

  it('fills in the trainee’s cells and the counters', () => {
    const { grid: next, unknown } = applyProgress(grid, {
      participantId: 'p-Sriyati',
      shopId: null,
      name: 'Sriyati',
      missions: [
        { id: 'product_with_photo', state: 'done' },
        { id: 'fraud_drill', state: 'failed' },
      ],
      completed: ['product_with_photo'],
      failed: ['fraud_drill'],
      doneCount: 1,
      total: 2,
    });
    expect(unknown).toBe(false);
    expect(next.trainees[0]!.missions).toEqual([
      { id: 'product_with_photo', state: 'done' },
      { id: 'fraud_drill', state: 'failed' },
    ]);
    expect(next.trainees[0]!.doneCount).toBe(1);
    expect(next.trainees[1]).toBe(grid.trainees[1]);
    expect(next.missions.map((m) => [m.id, m.doneCount, m.failedCount])).toEqual([
      ['product_with_photo', 1, 0],
      ['fraud_drill', 0, 1],
    ]);
  });

  it('keeps a cell the event does not mention (a mission switched off since)', () => {
    const { grid: next } = applyProgress(grid, { participantId: 'p-Wati', shopId: null, name: 'Wati', missions: [{ id: 'fraud_drill', state: 'done' }], completed: [], failed: [], doneCount: 1, total: 1 });
    expect(next.trainees[1]!.missions).toEqual([
      { id: 'product_with_photo', state: 'todo' },
      { id: 'fraud_drill', state: 'done' },
    ]);
  });

  it('says so for a trainee the grid does not know yet, and changes nothing', () => {
    const result = applyProgress(grid, { participantId: 'p-new', shopId: null, name: 'Baru', missions: [], completed: [], failed: [], doneCount: 0, total: 2 });
    expect(result).toEqual({ grid, unknown: true });
  });
});

describe('isMissionProgress', () => {
  it.each([
    [{ participantId: 'p', missions: [{ id: 'shop_setup', state: 'done' }], completed: [] }, true],
    [{ participantId: 'p', missions: [{ id: 'shop_setup', state: 'maybe' }], completed: [] }, false],
    [{ missions: [], completed: [] }, false],
    [{ participantId: 'p', missions: 'x', completed: [] }, false],
  ])('%j → %s', (payload, expected) => {
    expect(isMissionProgress(payload)).toBe(expected);
  });
});

describe('idle longest', () => {
  const now = Date.parse('2026-11-28T03:00:00.000Z');
  const trainees = [
    trainee('Sriyati', {}, '2026-11-28T02:58:00.000Z'),
    trainee('Wati', {}, null, '2026-11-28T02:10:00.000Z'),
    trainee('Sumi', {}, '2026-11-28T02:30:00.000Z'),
  ];

  it('puts who has been idle longest first, counting from joining for someone who has done nothing', () => {
    expect(idleLongest(trainees, now).map((row) => [row.name, row.idleSeconds])).toEqual([
      ['Wati', 3000],
      ['Sumi', 1800],
      ['Sriyati', 120],
    ]);
  });

  it('keeps only the first few', () => {
    expect(idleLongest(trainees, now, 1).map((row) => row.name)).toEqual(['Wati']);
  });

  it('is no longer idle after acting', () => {
    const grid = touchTrainee(gridOf(trainees), 'p-Wati', '2026-11-28T02:59:30.000Z');
    expect(idleLongest(grid.trainees, now).map((row) => row.name)).toEqual(['Sumi', 'Sriyati', 'Wati']);
  });

  it('ignores an older action arriving late', () => {
    const grid = touchTrainee(gridOf(trainees), 'p-Sriyati', '2026-11-28T02:00:00.000Z');
    expect(grid.trainees[0]!.lastActivityAt).toBe('2026-11-28T02:58:00.000Z');
  });

  it.each([
    [40, { key: 'seconds', params: { count: 40 } }],
    [725, { key: 'minutes', params: { count: 12 } }],
    [3900, { key: 'hours', params: { count: 1, minutes: 5 } }],
  ])('%i seconds read as %j', (seconds, expected) => {
    expect(idleDuration(seconds)).toEqual(expected);
  });
});

describe('shortName', () => {
  it('keeps the first word and makes initials of the others, keeping a number apart', () => {
    expect(shortName('Sriyati')).toBe('Sriyati');
    expect(shortName('Sriyati Wulandari')).toBe('Sriyati W.');
    expect(shortName('Siti  Aminah binti Ahmad')).toBe('Siti A. B. A.');
    expect(shortName('Sri Rahayu (2)')).toBe('Sri R. (2)');
  });
});

describe("shortNames: a class's names told apart on the grid", () => {
  it.each([
    ['different initials stay initials', ['Siti Aminah', 'Siti Rahayu', 'Sri Lestari'], ['Siti A.', 'Siti R.', 'Sri L.']],
    ['the same initial: as many letters as it takes', ['Siti Aminah', 'Siti Anisa', 'Siti Rahayu'], ['Siti Am.', 'Siti An.', 'Siti R.']],
    ['every later word as long, one that short kept whole', ['Nur Al Fatimah', 'Nur Ani Fitri'], ['Nur Al Fa.', 'Nur An. Fi.']],
    ['told apart only at the end: the whole name', ['Sri Rahayu', 'Sri Rahayuni'], ['Sri Rahayu', 'Sri Rahayun.']],
    ['a numbered namesake keeps its number', ['Sri Rahayu', 'Sri Rahayu (2)'], ['Sri R.', 'Sri R. (2)']],
    ['one word, and a name given twice', ['Sriyati', 'Sriyati'], ['Sriyati', 'Sriyati']],
  ])('%s', (_case, names, expected) => {
    const short = shortNames(names);
    expect(names.map((name) => short.get(name))).toEqual(expected);
  });
});

describe('behindTrainees', () => {
  it('keeps those below the class average of missions done', () => {
    const rows = [
      trainee('Sriyati', { product_with_photo: 'done', fraud_drill: 'done' }, null),
      trainee('Wati', { product_with_photo: 'done', fraud_drill: 'todo' }, null),
      trainee('Siti', { product_with_photo: 'todo', fraud_drill: 'todo' }, null),
    ];
    expect(averageDone(rows)).toBe(1);
    expect(behindTrainees(rows).map((row) => row.name)).toEqual(['Siti']);
    expect(behindTrainees([])).toEqual([]);
  });
});

describe('addJoinedTrainee and addProgressTrainee', () => {
  it('adds a joined trainee at once with every mission open, once, and never a buyer', () => {
    const grid = gridOf([trainee('Sriyati', { product_with_photo: 'done', fraud_drill: 'todo' }, null)]);
    const joined = { participantId: 'p-Wati', name: 'Wati', role: 'trainee', shopId: 's-Wati', joinedAt: '2026-11-28T02:11:00.000Z' };
    const next = addJoinedTrainee(grid, joined);
    expect(next.trainees.map((row) => row.name)).toEqual(['Sriyati', 'Wati']);
    expect(next.trainees[1]!.missions.every((cell) => cell.state === 'todo')).toBe(true);
    expect(next.missions[0]).toMatchObject({ doneCount: 1, total: 2 });
    expect(addJoinedTrainee(next, joined)).toBe(next);
    expect(addJoinedTrainee(grid, { ...joined, participantId: 'p-buyer', role: 'buyer', shopId: null })).toBe(grid);
  });

  it("adds a trainee the grid does not know from her mission.progress, with her cells", () => {
    const grid = gridOf([]);
    const next = addProgressTrainee(
      grid,
      { participantId: 'p-Wati', shopId: 's-Wati', name: 'Wati', missions: [{ id: 'product_with_photo', state: 'done' }], completed: ['product_with_photo'], failed: [], doneCount: 1, total: 2 },
      '2026-11-28T02:12:00.000Z',
    );
    expect(next.trainees).toHaveLength(1);
    expect(next.trainees[0]!.missions.find((cell) => cell.id === 'product_with_photo')!.state).toBe('done');
    expect(next.missions[0]).toMatchObject({ doneCount: 1, total: 1 });
  });
});
