import { useTranslation } from 'react-i18next';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { useSimClock } from '../../../shared/clock/use-sim-clock';
import { isClockChanged } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { IconClock } from '../../../shared/ui/icons';
import { countdownParts } from '../countdown';

const CLOCK_EVENTS = ['clock.changed'] as const;

/**
 * "Kirim sebelum 30 Nov 2026 10.00 WIB" with the time left on the class clock (it runs 60× or 600× in class), which
 * follows the facilitator's speed changes and jumps as they happen.
 */
export function ShipCountdown({ classId, token, shipByAt }: { classId: string; token: string; shipByAt: string }) {
  const { t } = useTranslation();
  const clock = useSimClock(classId);
  useClassEvents({
    classId,
    token,
    types: CLOCK_EVENTS,
    onEvent: (event) => {
      if (isClockChanged(event.payload)) clock.apply(event.payload);
    },
    onResync: clock.reload,
  });
  const left = clock.simNowMs === undefined ? undefined : Date.parse(shipByAt) - clock.simNowMs;
  const parts = left === undefined ? undefined : countdownParts(left);
  return (
    <div className="countdown" data-testid="ship-countdown">
      <p className="countdown__label">
        <IconClock />
        <span>{t('shipping.shipBy', { time: formatWibDateTime(shipByAt) })}</span>
      </p>
      {parts && (
        <p className="countdown__time" role="timer" aria-live="off">
          {left !== undefined && left <= 0 ? (
            <span>{t('shipping.late')}</span>
          ) : (
            <>
              <span>{t('shipping.timeLeft')} </span>
              {parts.days > 0 && <span>{t('orders.pay.days', { count: parts.days })} </span>}
              <span>{parts.clock}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
