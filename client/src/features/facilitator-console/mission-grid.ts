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
