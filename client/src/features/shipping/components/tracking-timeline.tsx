import { useTranslation } from 'react-i18next';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import type { TrackingStep } from '../api/shipping-api';

/**
 * The parcel's journey, newest first (as courier apps show it): each step in words with its city, on the class clock;
 * the delivered step says who received it ("Diterima oleh: YBS").
 */
export function TrackingTimeline({ steps }: { steps: readonly TrackingStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p className="hint">{t('tracking.none')}</p>;
  const newestFirst = [...steps].reverse();
  return (
    <ol className="tracking" data-testid="tracking-timeline" aria-label={t('tracking.title')}>
      {newestFirst.map((step, index) => (
        <li className={index === 0 ? 'tracking__step tracking__step--latest' : 'tracking__step'} key={step.step} data-step={step.step}>
          <span className="tracking__dot" aria-hidden="true" />
          <span className="tracking__text">
            <strong>{t(`tracking.step.${step.step}`, { city: step.city ?? '' })}</strong>
            {step.receiver && <span data-testid="tracking-receiver">{t('tracking.receivedBy', { receiver: step.receiver })}</span>}
            <span className="tracking__time">{formatWibDateTime(step.at)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
