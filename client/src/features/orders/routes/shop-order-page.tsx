import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { IconPaymentCheck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { OrderScreen } from '../components/order-screen';
import { RefuseForm } from '../components/refuse-form';
import { UnpaidWarning } from '../components/unpaid-warning';
import { useLiveOrder } from '../hooks/use-live-order';
import '../orders.css';

/** /toko/pesanan/:orderId: the seller's view: the buyer's address (to ship to), items, courier; refuse with a reason. */
export function ShopOrderPage() {
  const orderId = useParams().orderId ?? '';
  return <ParticipantOnly traineeOnly>{(session) => <SellerOrder key={orderId} orderId={orderId} session={session} />}</ParticipantOnly>;
}

function SellerOrder({ orderId, session }: { orderId: string; session: ParticipantSession }) {
  const { t } = useTranslation();
  const { order, live } = useLiveOrder(orderId, session);
  return (
    <OrderScreen
      order={order}
      viewer="seller"
      live={live}
      back={{ to: appPaths.shopOrders, label: t('orders.seller.back') }}
      actions={(detail) => <SellerActions order={detail} onChanged={(changed) => order.setData(() => changed)} />}
    />
  );
}

function SellerActions({ order, onChanged }: { order: OrderDetail; onChanged: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const canRefuse = order.state === 'AWAITING_PAYMENT' || order.state === 'PAID';
  return (
    <div className="order-actions">
      {order.state === 'AWAITING_PAYMENT' && <UnpaidWarning detailed />}
      {order.state === 'PAID' && (
        <p className="note note--ok" data-testid="ready-to-ship">
          <IconPaymentCheck className="note__icon" />
          <span>
            <strong>{t('orders.seller.paid')}</strong>{' '}
            {order.shipByAt ? t('orders.seller.shipBy', { time: formatWibDateTime(order.shipByAt) }) : null} {t('orders.seller.shippingNext')}
          </span>
        </p>
      )}
      {canRefuse && <RefuseForm order={order} onRefused={onChanged} />}
    </div>
  );
}
