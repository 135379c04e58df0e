import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/http';
import { useSubmit } from '../../../shared/api/use-submit';
import type { ClockReading } from '../../../shared/clock/sim-clock';
import { SimClockView } from '../../../shared/clock/sim-clock-view';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClock, IconFastForward, IconPause, IconPlay } from '../../../shared/ui/icons';
import { changeClock, type ChangeClockRequest } from '../api/change-clock';

interface ClockControlsProps {
  classId: string;
  simNowMs: number | undefined;
  speed: number | undefined;
  paused: boolean | undefined;
  /** The clock version this console shows; every change carries it, so a change made meanwhile is never doubled. */
  version: number | undefined;
  onChanged: (reading: ClockReading) => void;
  /** Another facilitator changed the clock first (CLOCK_CHANGED): read it again. */
  onStale: () => void;
}

const SPEEDS = [1, 60, 600] as const;
const HOUR = 60;
const DAY = 24 * 60;

/** The class's simulation clock: its time and speed, and the buttons that run it. */
export function ClockControls({ classId, simNowMs, speed, paused, version, onChanged, onStale }: ClockControlsProps) {
  const { t } = useTranslation();
  const change = useSubmit(async (request: ChangeClockRequest) => {
    try {
      return await changeClock(classId, request);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CLOCK_CHANGED') onStale();
      throw error;
    }
  });

  // "At once" for the clock: two changes made on the same reading. The second is refused (CLOCK_CHANGED) and this
  // console reads the clock again, so "+1 hari" tapped on two laptops moves the class one day, not two.
  const send = async (request: ChangeClockRequest) => {
    const reading = await change.run(version === undefined ? request : { ...request, expectedVersion: version });
    if (reading) onChanged(reading);
  };


  return (
    <section className="card clock-controls" aria-labelledby="clock-controls-title" data-testid="clock-controls" data-version={version ?? ''}>
      <h2 id="clock-controls-title">{t('console.clock.title')}</h2>
      <SimClockView simNowMs={simNowMs} speed={speed} paused={paused} />
      <div className="button-row" role="group" aria-label={t('console.clock.speedGroup')}>
        {SPEEDS.map((option) => (
          <button
            key={option}
            type="button"
            className={`button button--small ${speed === option ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={speed === option}
            disabled={change.pending}
            onClick={() => void send({ action: 'speed', speed: option })}
          >
            <IconLabel icon={IconFastForward}>{t('console.clock.speedOption', { speed: option })}</IconLabel>
          </button>
        ))}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={change.pending || paused === true}
          onClick={() => void send({ action: 'pause' })}
        >
          <IconLabel icon={IconPause}>{t('console.clock.pause')}</IconLabel>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={change.pending || paused === false}
          onClick={() => void send({ action: 'resume' })}
        >
          <IconLabel icon={IconPlay}>{t('console.clock.resume')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary button--small" disabled={change.pending} onClick={() => void send({ action: 'jump', minutes: HOUR })}>
          <IconLabel icon={IconClock}>{t('console.clock.plusHour')}</IconLabel>
        </button>
        <button type="button" className="button button--secondary button--small" disabled={change.pending} onClick={() => void send({ action: 'jump', minutes: DAY })}>
          <IconLabel icon={IconClock}>{t('console.clock.plusDay')}</IconLabel>
        </button>
      </div>
      <div data-testid="clock-error" data-code={change.error?.code ?? ''}>
        <ErrorNote error={change.error} />
      </div>
    </section>
  );
}
