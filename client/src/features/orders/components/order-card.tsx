import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { IconBox, IconPaymentCheck, IconPerson, IconStore } from '../../../shared/ui/icons';
import type { OrderSummary } from '../api/order-types';
import { StateBadge, type Viewer } from './state-badge';
import { UnpaidWarning } from './unpaid-warning';

interface OrderCardProps {
  order: OrderSummary;
  viewer: Exclude<Viewer, 'facilitator'>;
  to: string;
  /** Just paid while the page was open: highlighted, with "Baru dibayar". */
  fresh?: boolean;
  /** What can be done right from the card (the seller's "Kirim" sheet). */
  action?: ReactNode;
}

/** One order in a list: who, what, how much, its status, and for the seller the "jangan kirim dulu" warning. */
export function OrderCard({ order, viewer, to, fresh = false, action }: OrderCardProps) {
  const { t } = useTranslation();
  const other = viewer === 'seller' ? order.buyer.name : order.shop.name;
  return (
    <li className={fresh ? 'order-card order-card--fresh' : 'order-card'} data-testid="order-card" data-order-id={order.id} data-state={order.state}>
      <Link className="order-card__link" to={to}>
        <span className="order-card__top">
          <span className="order-card__party">
            {viewer === 'seller' ? <IconPerson /> : <IconStore />}
            <span>{other}</span>
          </span>
          <StateBadge state={order.state} viewer={viewer} />
        </span>
        <span className="order-card__item">
          <span className="order-card__photo">{order.firstItem?.photo ? <img src={order.firstItem.photo.thumb} alt="" width="56" height="56" loading="lazy" /> : <IconBox />}</span>
          <span className="order-card__what">
            <span className="order-card__title">{order.firstItem?.title ?? order.invoiceNumber}</span>
            <span className="order-card__meta">{t('orders.card.items', { count: order.itemCount })}</span>
            {order.resi && (
              <span className="order-card__meta" data-testid="order-card-resi">
                {t('orders.card.resi', { courier: order.courierName, resi: order.resi })}
              </span>
            )}
          </span>
        </span>
        <span className="order-card__bottom">
          <span className="order-card__invoice">
            {order.invoiceNumber} · {formatWibDateTime(order.placedAt)}
          </span>
          <span className="order-card__total">
            {t('orders.card.total')} <strong>{formatRupiah(order.total)}</strong>
          </span>
        </span>
      </Link>
      {fresh && order.state === 'PAID' && (
        <p className="order-card__fresh" data-testid="fresh-paid">
          <IconPaymentCheck />
          <span>{t('orders.seller.justPaid')}</span>
        </p>
      )}
      {viewer === 'seller' && order.state === 'AWAITING_PAYMENT' && <UnpaidWarning />}
      {action && <div className="order-card__action">{action}</div>}
    </li>
  );
}
