import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { IconPaymentCheck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { OrderScreen } from '../components/order-screen';
import { RefuseForm } from '../components/refuse-form';
import { ShipCountdown } from '../components/ship-countdown';
import { ShipPanel } from '../components/ship-panel';
import { UnpaidWarning } from '../components/unpaid-warning';
import { useLiveOrder } from '../hooks/use-live-order';
import type { ParcelSlot } from './order-page';
import '../orders.css';

/**
 * /toko/pesanan/:orderId: the seller's view: the buyer's address (to ship to), items, courier; "Kirim sebelum …",
 * Atur Pengiriman → Cetak Label → Sudah diserahkan ke drop point; refuse with a reason.
 */
export function ShopOrderPage({ parcel }: { parcel?: ParcelSlot }) {
  const orderId = useParams().orderId ?? '';
  return <ParticipantOnly traineeOnly>{(session) => <SellerOrder key={orderId} orderId={orderId} session={session} parcel={parcel} />}</ParticipantOnly>;
}

function SellerOrder({ orderId, session, parcel }: { orderId: string; session: ParticipantSession; parcel?: ParcelSlot }) {
  const { t } = useTranslation();
  const { order, live } = useLiveOrder(orderId, session);
  return (
    <OrderScreen
      order={order}
      viewer="seller"
      live={live}
      back={{ to: appPaths.shopOrders, label: t('orders.seller.back') }}
      actions={(detail) => <SellerActions order={detail} session={session} onChanged={(changed) => order.setData(() => changed)} />}
      parcel={parcel}
    />
  );
}

function SellerActions({ order, session, onChanged }: { order: OrderDetail; session: ParticipantSession; onChanged: (order: OrderDetail) => void }) {
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
            {t('orders.seller.shipNow')}
          </span>
        </p>
      )}
      {order.state === 'PAID' && order.shipByAt && <ShipCountdown classId={session.classId} token={session.token} shipByAt={order.shipByAt} />}
      {(order.state === 'PAID' || order.state === 'AWAITING_PAYMENT') && <ShipPanel order={order} onChanged={onChanged} />}
      {canRefuse && <RefuseForm order={order} onRefused={onChanged} />}
    </div>
  );
}
