// Pure: the console's trainees × missions grid kept live between reloads. `mission.progress` carries a trainee's
// new cells; the counters ("18/30 sudah posting produk") and "who has been idle longest" are derived from the rows.
import type { EventPayload } from '../../shared/realtime/class-event';
import type { GridMissionView, GridTraineeView, MissionGridView, MissionId, MissionState } from './api/get-mission-grid';

const STATES: readonly MissionState[] = ['done', 'todo', 'failed'];

/** Payload of `mission.progress`, with the mission ids as the generated schema names them. */
export type MissionProgressPayload = EventPayload<'mission.progress'> & {
  missions: { id: MissionId; state: MissionState }[];
  completed: MissionId[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isMissionProgress(payload: Record<string, unknown>): payload is Record<string, unknown> & MissionProgressPayload {
  return (
    typeof payload.participantId === 'string' &&
    Array.isArray(payload.missions) &&
    payload.missions.every((cell) => isRecord(cell) && typeof cell.id === 'string' && STATES.includes(cell.state as MissionState)) &&
    Array.isArray(payload.completed)
  );
}

/** Counters per mission, recomputed from the rows (the API's numbers are only right until the next event). */
export function missionCounters(missions: readonly { id: MissionId }[], trainees: readonly GridTraineeView[]): GridMissionView[] {
  return missions.map(({ id }) => ({
    id,
    doneCount: trainees.filter((row) => row.missions.some((cell) => cell.id === id && cell.state === 'done')).length,
    failedCount: trainees.filter((row) => row.missions.some((cell) => cell.id === id && cell.state === 'failed')).length,
    total: trainees.length,
  }));
}

/**
 * A trainee's new cells from `mission.progress`. A trainee the grid does not know yet (joined since the last load)
 * is left to the reload that `participant.joined` triggers; `unknown: true` says so.
 */
export function applyProgress(grid: MissionGridView, progress: MissionProgressPayload): { grid: MissionGridView; unknown: boolean } {
  const index = grid.trainees.findIndex((row) => row.participantId === progress.participantId);
  if (index < 0) return { grid, unknown: true };
  const byId = new Map(progress.missions.map((cell) => [cell.id, cell.state]));
  const row = grid.trainees[index]!;
  const missions = grid.missions.map(({ id }) => ({ id, state: byId.get(id) ?? row.missions.find((cell) => cell.id === id)?.state ?? 'todo' }));
  const updated: GridTraineeView = { ...row, missions, doneCount: missions.filter((cell) => cell.state === 'done').length };
  const trainees = grid.trainees.map((r, i) => (i === index ? updated : r));
  return { grid: { ...grid, trainees, missions: missionCounters(grid.missions, trainees) }, unknown: false };
}

/** The trainee did something just now (an event they are the actor of): they are no longer idle. */
export function touchTrainee(grid: MissionGridView, participantId: string, atIso: string): MissionGridView {
  if (!grid.trainees.some((row) => row.participantId === participantId)) return grid;
  return {
    ...grid,
    trainees: grid.trainees.map((row) =>
      row.participantId === participantId && (!row.lastActivityAt || row.lastActivityAt < atIso) ? { ...row, lastActivityAt: atIso } : row,
    ),
  };
}

export interface IdleTrainee {
  participantId: string;
  name: string;
  idleSeconds: number;
}

/** Idle longest first: seconds since the last action (or since joining, for someone who has done nothing). */
export function idleLongest(trainees: readonly GridTraineeView[], nowMs: number, limit = 5): IdleTrainee[] {
  return trainees
    .map((row) => {
      const since = Date.parse(row.lastActivityAt ?? row.joinedAt);
      return { participantId: row.participantId, name: row.name, idleSeconds: Math.max(0, Math.floor((nowMs - since) / 1000)) };
    })
    .sort((a, b) => b.idleSeconds - a.idleSeconds || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** "12 mnt", "1 jam 5 mnt", "40 dtk": the i18n key under console.idle and its numbers. */
export function idleDuration(seconds: number): { key: 'seconds' | 'minutes' | 'hours'; params: { count: number; minutes?: number } } {
  if (seconds < 60) return { key: 'seconds', params: { count: seconds } };
  if (seconds < 3600) return { key: 'minutes', params: { count: Math.floor(seconds / 60) } };
  return { key: 'hours', params: { count: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) } };
}

/**
 * "Sriyati Wulandari" → "Sriyati W.": the first word whole and the others as initials, so that a name fits one
 * narrow column on the projector (the full name stays in the row's title and label). A numbered name keeps its
 * number ("Sri (2)" stays apart from "Sri"). `letters`: how much of each later word is kept (a word that short or
 * shorter is kept whole).
 */
export function shortName(name: string, letters = 1): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return name.trim();
  const [first, ...rest] = words;
  const number = /^\(\d+\)$/.test(rest[rest.length - 1] ?? '') ? rest.pop() : undefined;
  const initials = rest.map((word) => `${word.charAt(0).toLocaleUpperCase('id')}${word.slice(1, letters)}${word.length > letters ? '.' : ''}`).join(' ');
  return [first, initials, number].filter(Boolean).join(' ');
}

/**
 * The grid's short name of each of a class's names, told apart: "Siti Aminah" and "Siti Anisa" are not both
 * "Siti A." (a class of 30 often has two Sitis or two Sris), so names whose short forms meet keep more of their later
 * words, the same number of letters of each, as many as it takes ("Siti Am.", "Siti An."), the whole name at most.
 */
export function shortNames(names: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const name of new Set(names)) groups.set(shortName(name), [...(groups.get(shortName(name)) ?? []), name]);
  for (const [short, group] of groups) {
    if (group.length === 1) {
      result.set(group[0]!, short);
      continue;
    }
    const longest = Math.max(...group.map((name) => name.length));
    for (let letters = 2; ; letters++) {
      const forms = group.map((name) => shortName(name, letters));
      // Told apart by their letters, not by a dot alone ("Sri Rahayu" against "Sri Rahayu.").
      if (new Set(forms.map((form) => form.replaceAll('.', ''))).size === group.length || letters >= longest) {
        group.forEach((name, at) => result.set(name, forms[at]!));
        break;
      }
    }
  }
  return result;
}

/** The class average of missions done, one decimal (0 without trainees). */
export function averageDone(trainees: readonly GridTraineeView[]): number {
  if (trainees.length === 0) return 0;
  return Math.round((trainees.reduce((sum, row) => sum + row.doneCount, 0) / trainees.length) * 10) / 10;
}

/** "Tampilkan yang tertinggal": the trainees with fewer missions done than the class average. */
export function behindTrainees(trainees: readonly GridTraineeView[]): GridTraineeView[] {
  const average = averageDone(trainees);
  return trainees.filter((row) => row.doneCount < average);
}

/**
 * A trainee who just joined (`participant.joined`), shown at once with every mission open: the grid does not wait
 * for a reload. A buyer (no shop) gets no row; a row the grid has already is left as it is.
 */
export function addJoinedTrainee(
  grid: MissionGridView,
  joined: { participantId: string; name: string; role?: string; shopId?: string | null; joinedAt: string },
): MissionGridView {
  if (joined.role !== undefined && joined.role !== 'trainee') return grid;
  if (!joined.shopId || grid.trainees.some((row) => row.participantId === joined.participantId)) return grid;
  const row: GridTraineeView = {
    participantId: joined.participantId,
    name: joined.name,
    shopId: joined.shopId,
    shopName: '',
    missions: grid.missions.map(({ id }) => ({ id, state: 'todo' as MissionState })),
    doneCount: 0,
    lastActivityAt: null,
    lastSeenAt: null,
    joinedAt: joined.joinedAt,
    idleSeconds: 0,
  };
  const trainees = [...grid.trainees, row];
  return { ...grid, trainees, missions: missionCounters(grid.missions, trainees) };
}

/** A trainee the grid does not know yet, from their `mission.progress` (it carries the name and the cells). */
export function addProgressTrainee(grid: MissionGridView, progress: MissionProgressPayload, atIso: string): MissionGridView {
  if (!progress.name || !progress.shopId || grid.trainees.some((row) => row.participantId === progress.participantId)) return grid;
  const withRow = addJoinedTrainee(grid, { participantId: progress.participantId, name: progress.name, shopId: progress.shopId, joinedAt: atIso });
  return applyProgress(withRow, progress).grid;
}
