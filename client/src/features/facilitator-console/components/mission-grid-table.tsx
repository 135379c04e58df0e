import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconClose } from '../../../shared/ui/icons';
import type { GridMissionView, GridTraineeView } from '../api/get-mission-grid';
import { MissionIcon } from '../../../shared/ui/mission-icon';
import { shortNames } from '../mission-grid';

/**
 * "18/30 sudah membuka toko": one counter per enabled mission. On the console it is also the legend of the grid's
 * header, which shows the missions' icons only.
 */
export function MissionCounters({ missions, size = 'normal' }: { missions: GridMissionView[]; size?: 'normal' | 'hall' }) {
  const { t } = useTranslation();
  return (
    <ul className={`mission-counters mission-counters--${size}`} aria-label={t('console.live.countersLabel')} data-testid="mission-counters">
      {missions.map((mission) => (
        <li key={mission.id} className="mission-counter" data-testid="mission-counter" data-mission={mission.id}>
          <MissionIcon id={mission.id} className="mission-counter__icon" />
          {size === 'hall' ? (
            <>
              <span className="mission-counter__number">
                {mission.doneCount}/{mission.total}
              </span>
              <span className="mission-counter__name">{t(`missions.short.${mission.id}`)}</span>
            </>
          ) : (
            <span className="mission-counter__text">{t(`missions.counter.${mission.id}`, { done: mission.doneCount, total: mission.total })}</span>
          )}
          {mission.failedCount > 0 && <span className="mission-counter__failed">{t('console.live.failedCount', { count: mission.failedCount })}</span>}
        </li>
      ))}
    </ul>
  );
}

interface GridProps {
  missions: GridMissionView[];
  trainees: GridTraineeView[];
  selected: string | undefined;
  onSelect: (participantId: string) => void;
}

/**
 * Trainees × missions, filling in live: a tick when done, a cross when failed (the fraud drill), empty while open.
 * Projector density: one short line per trainee ("Sriyati W."), the missions' icons in the header (the counters are
 * the legend), the header and the names column sticky, so that 30 trainees fit a 1366×768 screen.
 */
export function MissionGridTable({ missions, trainees, selected, onSelect }: GridProps) {
  const { t } = useTranslation();
  if (trainees.length === 0) return <p className="note">{t('console.live.noTrainees')}</p>;
  const short = shortNames(trainees.map((row) => row.name));
  return (
    <div className="mission-grid-scroll">
      <table className="mission-grid" data-testid="mission-grid" data-rows={trainees.length} style={{ '--grid-rows': trainees.length } as CSSProperties}>
        <thead>
          <tr>
            <th scope="col" className="mission-grid__name-head">
              {t('console.live.trainee')}
            </th>
            {missions.map((mission) => (
              <th
                key={mission.id}
                scope="col"
                className="mission-grid__mission-head"
                data-testid="mission-column"
                data-mission={mission.id}
                title={t(`missions.title.${mission.id}`)}
              >
                <MissionIcon id={mission.id} />
                <span className="visually-hidden">{t(`missions.short.${mission.id}`)}</span>
              </th>
            ))}
            <th scope="col" className="mission-grid__done-head" data-testid="done-column">
              {t('console.live.doneColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {trainees.map((row) => (
            <tr key={row.participantId} data-testid="grid-row" data-name={row.name} aria-selected={selected === row.participantId}>
              <th scope="row">
                <button
                  type="button"
                  className="mission-grid__trainee"
                  onClick={() => onSelect(row.participantId)}
                  aria-label={t('console.live.openTrainee', { name: row.name })}
                  title={row.shopName ? `${row.name} · ${row.shopName}` : row.name}
                >
                  <span className="mission-grid__trainee-name">{short.get(row.name) ?? row.name}</span>
                </button>
              </th>
              {missions.map((mission) => {
                const state = row.missions.find((cell) => cell.id === mission.id)?.state ?? 'todo';
                return (
                  <td
                    key={mission.id}
                    className={`mission-grid__cell mission-grid__cell--${state}`}
                    data-mission={mission.id}
                    data-state={state}
                    aria-label={t('console.live.cellLabel', { mission: t(`missions.short.${mission.id}`), state: t(`missions.state.${state}`) })}
                  >
                    {state === 'done' ? <IconCheck /> : state === 'failed' ? <IconClose /> : <span className="mission-grid__open" aria-hidden="true" />}
                  </td>
                );
              })}
              <td className="mission-grid__done">
                {row.doneCount}/{missions.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
