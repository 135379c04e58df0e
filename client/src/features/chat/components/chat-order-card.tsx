import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { IconAlert, IconPaymentCheck, IconReceipt } from '../../../shared/ui/icons';
import type { ChatOrderCard as OrderCard } from '../api/chat-types';

type Viewer = 'buyer' | 'seller' | 'facilitator';

/**
 * An order in chat, with the SYSTEM's payment status (read from the order, followed live): a "bukti transfer"
 * picture beside it changes nothing, and the seller is told plainly not to ship an unpaid order.
 */
export function ChatOrderCard({ order, viewer }: { order: OrderCard; viewer: Viewer }) {
  const { t } = useTranslation();
  const label = viewer === 'buyer' ? t(`orders.buyerState.${order.state}`) : t(`order.state.${order.state}`);
  const link = viewer === 'seller' ? linkTo.shopOrder(order.id) : viewer === 'buyer' ? linkTo.order(order.id) : undefined;
  const body = (
    <>
      <span className="chat-card__eyebrow">
        <IconReceipt /> {t('chat.card.order')}
      </span>
      <span className="chat-card__title">{order.invoiceNumber}</span>
      {order.firstItemTitle && <span className="chat-card__line">{order.firstItemTitle}</span>}
      <span className="chat-card__line">{formatRupiah(order.total)}</span>
      <span className={`chat-card__status chat-card__status--${order.paid ? 'paid' : 'unpaid'}`} data-testid="chat-order-status" data-state={order.state}>
        {order.paid ? <IconPaymentCheck /> : <IconAlert />}
        <span>
          {t('chat.card.systemStatus')} <strong>{label}</strong>
        </span>
      </span>
      {viewer === 'seller' && order.state === 'AWAITING_PAYMENT' && <span className="chat-card__warning">{t('chat.card.unpaidWarning')}</span>}
    </>
  );
  return link ? (
    <Link className="chat-card chat-card--order" to={link} data-testid="chat-order-card">
      {body}
    </Link>
  ) : (
    <div className="chat-card chat-card--order" data-testid="chat-order-card">
      {body}
    </div>
  );
}
