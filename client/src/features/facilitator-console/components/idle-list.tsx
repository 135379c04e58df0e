import { useTranslation } from 'react-i18next';
import { IconClock } from '../../../shared/ui/icons';
import type { GridTraineeView } from '../api/get-mission-grid';
import { idleDuration, idleLongest } from '../mission-grid';

/** Who has been idle longest: the trainees a facilitator should walk over to. */
export function IdleList({ trainees, nowMs, onSelect }: { trainees: GridTraineeView[]; nowMs: number; onSelect: (participantId: string) => void }) {
  const { t } = useTranslation();
  const idle = idleLongest(trainees, nowMs);
  return (
    <section className="card idle-list" aria-labelledby="idle-title">
      <h2 id="idle-title" className="section-title">
        <IconClock />
        <span>{t('console.live.idleTitle')}</span>
      </h2>
      {idle.length === 0 ? (
        <p className="hint">{t('console.live.noTrainees')}</p>
      ) : (
        <ol className="idle-list__items" data-testid="idle-list">
          {idle.map((row) => {
            const duration = idleDuration(row.idleSeconds);
            return (
              <li key={row.participantId}>
                <button type="button" className="idle-list__item" onClick={() => onSelect(row.participantId)}>
                  <span className="idle-list__name">{row.name}</span>
                  <span className="idle-list__time">{t(`console.idle.${duration.key}`, duration.params)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
