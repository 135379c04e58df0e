import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconPaymentCheck } from '../../../shared/ui/icons';
import { cancelOrder } from '../api/cancel-order';
import type { OrderDetail } from '../api/order-types';
import { IconBan } from '../components/order-icons';
import { OrderScreen } from '../components/order-screen';
import { ReceivedPanel } from '../components/received-panel';
import { ReviewForms } from '../components/review-forms';
import { useLiveOrder } from '../hooks/use-live-order';
import '../orders.css';

/** The parcel's section (resi, live tracking): the shipping feature's, composed by the app's route. */
export type ParcelSlot = (order: OrderDetail) => ReactNode;

/**
 * /pesanan/:orderId: the buyer's order, with its timeline; pay or cancel while it waits for payment; "Pesanan
 * Diterima" once delivered; reviews once completed.
 */
export function OrderPage({ parcel }: { parcel?: ParcelSlot }) {
  const orderId = useParams().orderId ?? '';
  return <ParticipantOnly>{(session) => <BuyerOrder key={orderId} orderId={orderId} session={session} parcel={parcel} />}</ParticipantOnly>;
}

function BuyerOrder({ orderId, session, parcel }: { orderId: string; session: ParticipantSession; parcel?: ParcelSlot }) {
  const { t } = useTranslation();
  const { order, live } = useLiveOrder(orderId, session);
  return (
    <OrderScreen
      order={order}
      viewer="buyer"
      live={live}
      back={{ to: appPaths.myOrders, label: t('orders.mine.back') }}
      actions={(detail) => <BuyerActions order={detail} onChanged={(changed) => order.setData(() => changed)} />}
      parcel={parcel}
    />
  );
}

function BuyerActions({ order, onChanged }: { order: OrderDetail; onChanged: (order: OrderDetail) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const cancel = useSubmit(cancelOrder);

  if (order.state === 'PAID') {
    return (
      <p className="note note--ok" data-testid="paid-note">
        <IconPaymentCheck className="note__icon" />
        <span>{t('orders.detail.paidBuyer')}</span>
      </p>
    );
  }
  if (order.state === 'DELIVERED') return <ReceivedPanel order={order} onChanged={onChanged} />;
  if (order.state === 'COMPLETED') return <ReviewForms order={order} />;
  if (order.state !== 'AWAITING_PAYMENT') return null;

  const onConfirm = async () => {
    const cancelled = await cancel.run(order.id);
    if (cancelled) {
      setConfirming(false);
      onChanged(cancelled);
    }
  };

  return (
    <div className="order-actions">
      <p className="note" data-testid="awaiting-note">
        <span>{t('orders.detail.awaitingBuyer')}</span>
      </p>
      <Link className="button button--primary" to={linkTo.orderPayment(order.id)}>
        <IconLabel icon={IconPaymentCheck}>{t('orders.detail.payNow')}</IconLabel>
      </Link>
      {confirming ? (
        <ConfirmPanel
          title={t('orders.detail.cancelQuestion')}
          confirmLabel={t('orders.detail.cancelConfirm')}
          confirmIcon={IconBan}
          tone="danger"
          pending={cancel.pending}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('orders.detail.cancelExplain')}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          <IconLabel icon={IconBan}>{t('orders.detail.cancel')}</IconLabel>
        </button>
      )}
      <ErrorNote error={cancel.error} />
    </div>
  );
}
