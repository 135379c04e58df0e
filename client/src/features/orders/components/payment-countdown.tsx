import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { IconClock } from '../../../shared/ui/icons';
import type { OrderPayment } from '../api/order-types';
import { countdownParts, remainingMs } from '../countdown';

/**
 * "Bayar dalam 23:59:58": real time left at the class clock's speed (from the API, corrected for the phone's clock),
 * and the deadline in the class's simulated time. A paused clock stops the countdown.
 */
export function PaymentCountdown({ payment }: { payment: OrderPayment }) {
  const { t } = useTranslation();
  const [loadedAt] = useState(() => ({ phone: Date.now(), server: payment.realNow }));
  const [now, setNow] = useState(() => Date.now());
  const expiresAtReal = payment.expiresAtReal;

  useEffect(() => {
    if (!expiresAtReal) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAtReal]);

  // A reload brings a new realNow: measure the phone's clock against it again.
  const server = payment.realNow === loadedAt.server ? loadedAt : { phone: now, server: payment.realNow };
  const left = expiresAtReal ? remainingMs(expiresAtReal, server.server, server.phone, now) : undefined;
  const parts = left === undefined ? undefined : countdownParts(left);

  return (
    <div className="countdown" data-testid="payment-countdown">
      <p className="countdown__label">
        <IconClock />
        <span>{t('orders.pay.payWithin')}</span>
      </p>
      {parts ? (
        <p className="countdown__time" role="timer" aria-live="off" data-testid="countdown-time">
          {parts.days > 0 && <span>{t('orders.pay.days', { count: parts.days })} </span>}
          <span>{parts.clock}</span>
        </p>
      ) : (
        <p className="countdown__paused">{t('orders.pay.clockPaused')}</p>
      )}
      {payment.expiresAt && <p className="countdown__deadline">{t('orders.pay.deadline', { time: formatWibDateTime(payment.expiresAt) })}</p>}
    </div>
  );
}
