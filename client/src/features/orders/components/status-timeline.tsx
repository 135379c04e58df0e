import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import type { OrderDetail } from '../api/order-types';

/** Every step of the order so far, oldest first, on the class's clock, with what comes next greyed out. */
export function StatusTimeline({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const next = nextStep(order, t);
  return (
    <ol className="timeline" data-testid="status-timeline" aria-label={t('orders.timeline.title')}>
      {order.history.map((entry, index) => (
        <li className="timeline__step" key={`${entry.to}-${index}`} data-state={entry.to}>
          <span className="timeline__dot" aria-hidden="true" />
          <span className="timeline__text">
            <strong>{t(`orders.timeline.${entry.to}`)}</strong>
            {entry.to === 'CANCELLED' && order.cancelReason && <span>{t(`order.cancelReason.${order.cancelReason}`)}</span>}
            {entry.note && <span className="timeline__note">“{entry.note}”</span>}
            <span className="timeline__time">{formatWibDateTime(entry.at)}</span>
          </span>
        </li>
      ))}
      {next && (
        <li className="timeline__step timeline__step--next">
          <span className="timeline__dot" aria-hidden="true" />
          <span className="timeline__text">
            <strong>{next}</strong>
          </span>
        </li>
      )}
    </ol>
  );
}

function nextStep(order: OrderDetail, t: TFunction): string | undefined {
  switch (order.state) {
    case 'AWAITING_PAYMENT':
      return order.paymentDueAt ? t('orders.timeline.next.pay', { time: formatWibDateTime(order.paymentDueAt) }) : t('orders.timeline.next.payNow');
    case 'PAID':
      return order.shipByAt ? t('orders.timeline.next.ship', { time: formatWibDateTime(order.shipByAt) }) : t('orders.timeline.next.shipNow');
    case 'SHIPPED':
      return t('orders.timeline.next.deliver');
    case 'DELIVERED':
      return t('orders.timeline.next.complete');
    default:
      return undefined;
  }
}
