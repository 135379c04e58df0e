import { useTranslation } from 'react-i18next';
import { formatWibDate, formatWibTime } from '../format/wib-date';
import { IconClock } from '../ui/icons';

interface SimClockViewProps {
  simNowMs: number | undefined;
  speed: number | undefined;
  paused: boolean | undefined;
  /** 'large' for the projector. */
  size?: 'normal' | 'large';
}

/** "Waktu simulasi · 28 Nov 2026 · 22.00 WIB · 60× lebih cepat". */
export function SimClockView({ simNowMs, speed, paused, size = 'normal' }: SimClockViewProps) {
  const { t } = useTranslation();
  const ready = simNowMs !== undefined;

  return (
    <section className={`sim-clock sim-clock--${size}`} data-testid="sim-clock" aria-label={t('clock.label')}>
      <p className="sim-clock__label">
        <IconClock />
        <span>{t('clock.label')}</span>
      </p>
      {ready ? (
        <>
          <p className="sim-clock__time" data-testid="sim-clock-time">
            {formatWibTime(new Date(simNowMs))}
          </p>
          <p className="sim-clock__date">{formatWibDate(new Date(simNowMs))}</p>
          <p className="sim-clock__speed">
            {paused ? t('clock.paused') : speed === 1 ? t('clock.realSpeed') : t('clock.speed', { speed })}
          </p>
        </>
      ) : (
        <p className="sim-clock__date">{t('app.loading')}</p>
      )}
    </section>
  );
}
