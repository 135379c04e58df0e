import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiState } from '../../../shared/api/use-api';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { SavedDataNote } from '../../../shared/ui/saved-data-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { OrderFacts } from './order-facts';
import { StateBadge, type Viewer } from './state-badge';
import { StatusTimeline } from './status-timeline';

interface OrderScreenProps {
  order: ApiState<OrderDetail>;
  viewer: Viewer;
  back: { to: string; label: string };
  live: string;
  /** What this side can do now (pay, cancel, refuse), under the header. */
  actions?: (order: OrderDetail) => ReactNode;
  /** The parcel (resi and live tracking), given by the app's route that composes the shipping feature. */
  parcel?: (order: OrderDetail) => ReactNode;
}

/** An order's page: invoice, status, the side's actions, the timeline and the parcel's facts. */
export function OrderScreen({ order, viewer, back, live, actions, parcel }: OrderScreenProps) {
  const { t } = useTranslation();
  const detail = order.data;
  return (
    <div className="page order-page" data-testid="order-page" data-live={live}>
      <Link className="button button--ghost button--small back-link" to={back.to}>
        <IconLabel icon={IconArrowLeft}>{back.label}</IconLabel>
      </Link>
      <ErrorNote error={order.error} />
      <SavedDataNote savedAt={order.savedAt} />
      {order.loading && (
        <p className="page-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {detail && (
        <>
          <header className="order-page__head">
            <h1 className="order-page__title">{t('orders.detail.title')}</h1>
            <StateBadge state={detail.state} viewer={viewer} />
            <p className="order-page__invoice" data-testid="invoice-number">
              {detail.invoiceNumber}
            </p>
            <p className="hint">{t('orders.detail.placedAt', { time: formatWibDateTime(detail.placedAt) })}</p>
          </header>
          {actions?.(detail)}
          {parcel?.(detail)}
          {detail.state === 'CANCELLED' && (
            <p className="note" data-testid="cancelled-note">
              <span>
                <strong>{detail.cancelReason ? t(`order.cancelReason.${detail.cancelReason}`) : t('order.state.CANCELLED')}</strong>
                {detail.cancelNote && <> — “{detail.cancelNote}”</>}
              </span>
            </p>
          )}
          <section className="card order-section" aria-labelledby="timeline-title">
            <h2 className="order-section__title" id="timeline-title">
              {t('orders.timeline.title')}
            </h2>
            <StatusTimeline order={detail} />
          </section>
          <OrderFacts order={detail} />
        </>
      )}
    </div>
  );
}
